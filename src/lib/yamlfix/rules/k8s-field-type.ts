import { defineRule, report } from '../report';

const rule = defineRule({
	id: 'k8s-field-type',
	target: 'kubernetes',
	severity: 'error',
	description: 'A field has the wrong type (e.g. containerPort: "80" as text, a list where a map is expected, an invalid quantity).',
	remediation: 'Use the type the API expects: numbers unquoted, strings quoted when they look like numbers or booleans.',
	check: (ctx) =>
		ctx
			.schemaIssues()
			.filter((i) => i.category === 'field-type')
			.map((i) => report(rule, ctx, i.doc, i.path, i.message, i.message_ko, { atKey: i.atKey }))
});
export default rule;
