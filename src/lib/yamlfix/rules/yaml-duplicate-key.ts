import { defineRule } from '../report';

export default defineRule({
	id: 'yaml-duplicate-key',
	target: 'any',
	severity: 'error',
	description: 'The same key appears twice in one mapping; one value would silently win.',
	remediation: 'Keep a single entry for the key and merge the values.',
	check: (ctx) => ctx.parseIssues.filter((d) => d.rule === 'yaml-duplicate-key')
});
