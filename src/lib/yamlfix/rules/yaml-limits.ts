import { defineRule } from '../report';

export default defineRule({
	id: 'yaml-limits',
	target: 'any',
	severity: 'error',
	description: 'The input is too large, too deeply nested or expands too many aliases to be checked safely.',
	remediation: 'Split the file, reduce nesting, or remove recursive anchors/aliases.',
	check: (ctx) => ctx.parseIssues.filter((d) => d.rule === 'yaml-limits')
});
