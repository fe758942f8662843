import { defineRule, report } from '../report';

const rule = defineRule({
	id: 'compose-schema',
	target: 'compose',
	severity: 'error',
	description: 'The file does not match the Compose specification (unknown field, wrong type).',
	remediation: 'Fix the field named in the message; see the compose-spec reference.',
	check: (ctx) =>
		ctx
			.schemaIssues()
			.filter((i) => i.category === 'compose')
			.map((i) => report(rule, ctx, i.doc, i.path, i.message, i.message_ko, { atKey: i.atKey }))
});
export default rule;
