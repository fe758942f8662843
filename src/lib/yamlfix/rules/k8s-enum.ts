import { defineRule, report } from '../report';

const rule = defineRule({
	id: 'k8s-enum',
	target: 'kubernetes',
	severity: 'error',
	description: 'A field only accepts fixed values (imagePullPolicy, restartPolicy, Service type, protocol, pathType, accessModes…).',
	remediation: 'Use one of the listed values, with the exact capitalisation.',
	check: (ctx) =>
		ctx
			.schemaIssues()
			.filter((i) => i.category === 'enum')
			.map((i) => report(rule, ctx, i.doc, i.path, i.message, i.message_ko, { atKey: i.atKey }))
});
export default rule;
