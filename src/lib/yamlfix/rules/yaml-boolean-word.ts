import { defineRule } from '../report';

export default defineRule({
	id: 'yaml-boolean-word',
	target: 'any',
	severity: 'warning',
	description: 'yes/no/on/off are booleans in YAML 1.1 but strings in YAML 1.2, so tools disagree on them.',
	remediation: 'Quote the word ("no") when you mean a string, or write true/false for a boolean.',
	check: (ctx) => ctx.parseIssues.filter((d) => d.rule === 'yaml-boolean-word')
});
