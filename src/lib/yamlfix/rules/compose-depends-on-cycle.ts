import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { dependsOn } from './compose-depends-on-unknown';

const rule = defineRule({
	id: 'compose-depends-on-cycle',
	target: 'compose',
	severity: 'error',
	description: 'Services that depend on each other in a circle can never start: docker compose refuses the file ("dependency cycle detected").',
	remediation: 'Remove one depends_on of the circle: one of the services has to be able to start first.',
	check(ctx) {
		if (!ctx.compose) return [];
		const services = composeServices(ctx);
		const deps = new Map(services.map(({ name, svc }) => [name, dependsOn(svc)]));
		const out: YamlDiagnostic[] = [];
		// Depth-first search with the path on a stack: an edge back to a service on the path closes a
		// cycle. Each service is searched once (done), so a big file stays linear.
		const done = new Set<string>();
		const onPath: string[] = [];
		const visit = (name: string): void => {
			onPath.push(name);
			for (const [dep, key] of deps.get(name) ?? []) {
				const at = onPath.indexOf(dep);
				if (at >= 0) {
					const cycle = [...onPath.slice(at), dep];
					out.push(report(rule, ctx, ctx.compose!.doc, ['services', name, 'depends_on', key],
						`dependency cycle: ${cycle.join(' → ')}`, `depends_on이 순환합니다: ${cycle.join(' → ')}`, { atKey: typeof key === 'string' }));
				} else if (deps.has(dep) && !done.has(dep)) visit(dep);
			}
			onPath.pop();
			done.add(name);
		};
		for (const { name } of services) if (!done.has(name)) visit(name);
		return out;
	}
});
export default rule;
