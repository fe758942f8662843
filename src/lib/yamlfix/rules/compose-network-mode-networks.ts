import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';

const rule = defineRule({
	id: 'compose-network-mode-networks',
	target: 'compose',
	severity: 'error',
	description: 'network_mode and networks cannot be used together in one service.',
	remediation: 'Keep network_mode (e.g. host) or networks:, not both.',
	check: (ctx) =>
		composeServices(ctx)
			.filter(({ svc }) => svc.network_mode !== undefined && svc.networks !== undefined)
			.map(({ name, path }) =>
				report(rule, ctx, ctx.compose!.doc, [...path, 'network_mode'], `service ${name}: network_mode cannot be combined with networks`, `서비스 ${name}: network_mode와 networks는 함께 쓸 수 없습니다`, { atKey: true })
			)
});
export default rule;
