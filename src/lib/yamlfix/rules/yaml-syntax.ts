import { defineRule } from '../report';

export default defineRule({
	id: 'yaml-syntax',
	target: 'any',
	severity: 'error',
	description: 'The text is not valid YAML (bad indentation, a missing space after a colon, an unclosed quote or bracket).',
	remediation: 'Fix the line shown: indent with spaces consistently, put a space after ":", close quotes and brackets.',
	check: (ctx) => ctx.parseIssues.filter((d) => d.rule === 'yaml-syntax')
});
