import { defineRule, report } from '../report';

const rule = defineRule({
	id: 'k8s-required-field',
	target: 'kubernetes',
	severity: 'error',
	description: 'A field the API server requires is missing (e.g. container name/image, Deployment selector, Service port).',
	remediation: 'Add the missing field at the place shown.',
	check: (ctx) =>
		ctx
			.schemaIssues()
			.filter((i) => i.category === 'required-field')
			.map((i) => report(rule, ctx, i.doc, i.path, i.message, i.message_ko, { atKey: i.atKey }))
});
export default rule;
