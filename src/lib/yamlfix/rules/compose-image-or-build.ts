import { composeServices } from '../compose-util';
import { defineRule, report } from '../report';

const rule = defineRule({
	id: 'compose-image-or-build',
	target: 'compose',
	severity: 'error',
	description: 'Every service needs an image to run or a build to make one.',
	remediation: 'Add image: name:tag, or build: with the directory of a Dockerfile.',
	check: (ctx) =>
		composeServices(ctx)
			.filter(({ svc }) => svc.image === undefined && svc.build === undefined && svc.extends === undefined && svc.provider === undefined)
			.map(({ name, path }) =>
				report(rule, ctx, ctx.compose!.doc, path, `service ${name} has neither image nor build`, `서비스 ${name}에 image도 build도 없습니다`, { atKey: true })
			)
});
export default rule;
