import { defineRule, report } from '../report';

const rule = defineRule({
	id: 'compose-version-obsolete',
	target: 'compose',
	severity: 'info',
	description: 'The top-level version: key is obsolete in the Compose specification; docker compose ignores it.',
	remediation: 'Remove the version: line.',
	check(ctx) {
		if (!ctx.compose || !('version' in ctx.compose.value)) return [];
		return [report(rule, ctx, ctx.compose.doc, ['version'], 'version: is obsolete and ignored by docker compose; you can remove it', 'version: 항목은 더 이상 쓰이지 않으며 docker compose가 무시합니다. 지워도 됩니다', { atKey: true })];
	}
});
export default rule;
