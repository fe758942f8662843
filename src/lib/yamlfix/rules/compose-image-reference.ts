import { composeServices } from '../compose-util';
import { literalImageProblem } from '../image-reference';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'compose-image-reference',
	target: 'compose',
	severity: 'error',
	description: 'An image must be a valid reference ([registry/]name[:tag][@digest], lower-case name): docker refuses others ("invalid reference format"), the kubelet reports InvalidImageName.',
	remediation: 'Write e.g. nginx:1.27, ghcr.io/org/app:v2 or redis@sha256:…, with the repository in lower case.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { name, svc, path } of composeServices(ctx)) {
			const why = literalImageProblem(svc.image);
			if (why) out.push(report(rule, ctx, ctx.compose!.doc, [...path, 'image'], `service ${name}: image "${String(svc.image)}" is invalid: ${why}`, `서비스 ${name}: 이미지 "${String(svc.image)}"${subjectParticle(String(String(svc.image)))} 올바르지 않습니다: ${why}`));
		}
		return out;
	}
});
export default rule;
