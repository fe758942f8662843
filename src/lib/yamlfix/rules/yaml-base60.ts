import { defineRule } from '../report';

export default defineRule({
	id: 'yaml-base60',
	target: 'any',
	severity: 'warning',
	description: 'An unquoted value like 22:22 is read as a base-60 number by YAML 1.1 parsers (e.g. old docker-compose).',
	remediation: 'Quote port mappings and times: "22:22".',
	check: (ctx) => ctx.parseIssues.filter((d) => d.rule === 'yaml-base60')
});
