import { literalImageProblem } from '../image-reference';
import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { podContainers } from '../util';
import { subjectParticle } from '../../i18n/particle';

const rule = defineRule({
	id: 'k8s-image-reference',
	target: 'kubernetes',
	severity: 'error',
	description: 'An image must be a valid reference ([registry/]name[:tag][@digest], lower-case name): docker refuses others ("invalid reference format"), the kubelet reports InvalidImageName.',
	remediation: 'Write e.g. nginx:1.27, ghcr.io/org/app:v2 or redis@sha256:…, with the repository in lower case.',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			const why = literalImageProblem(c.container.image);
			if (why) out.push(report(rule, ctx, obj.doc, [...c.path, 'image'], `image "${String(c.container.image)}" is invalid: ${why}`, `이미지 "${String(c.container.image)}"${subjectParticle(String(String(c.container.image)))} 올바르지 않습니다: ${why}`));
		}
		return out;
	}
});
export default rule;
