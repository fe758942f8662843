import { defineRule, report } from '../report';

const rule = defineRule({
	id: 'k8s-unknown-field',
	target: 'kubernetes',
	severity: 'error',
	description: 'A field that the Kubernetes API does not know for this kind (often a typo such as imagePulPolicy).',
	remediation: 'Fix the spelling or move the field to the right level; the message suggests the closest known field.',
	check: (ctx) =>
		ctx
			.schemaIssues()
			.filter((i) => i.category === 'unknown-field')
			.map((i) => report(rule, ctx, i.doc, i.path, i.message, i.message_ko, { atKey: i.atKey }))
});
export default rule;
