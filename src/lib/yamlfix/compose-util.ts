/**
 * Helpers for the compose rules.
 */
import type { RuleContext, YamlPath } from './types';
import { asObj, isObj, type Obj } from './util';

export interface ComposeService {
	name: string;
	svc: Obj;
	path: YamlPath;
}

export function composeServices(ctx: RuleContext): ComposeService[] {
	if (!ctx.compose) return [];
	return Object.entries(asObj(ctx.compose.value.services))
		.filter(([, v]) => isObj(v))
		.map(([name, svc]) => ({ name, svc: svc as Obj, path: ['services', name] }));
}

/** Names declared at the top level under `section` (volumes, networks, …); null when the section is absent. */
export function topLevelNames(ctx: RuleContext, section: string): Set<string> | null {
	const v = ctx.compose?.value[section];
	if (v === undefined) return null;
	return new Set(Object.keys(asObj(v)));
}
