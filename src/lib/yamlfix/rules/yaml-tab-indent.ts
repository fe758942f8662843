import { defineRule } from '../report';

export default defineRule({
	id: 'yaml-tab-indent',
	target: 'any',
	severity: 'error',
	description: 'A tab character is used for indentation; YAML only allows spaces.',
	remediation: 'Replace the tabs at the start of the line with spaces (2 per level is usual).',
	check: (ctx) => ctx.parseIssues.filter((d) => d.rule === 'yaml-tab-indent')
});
