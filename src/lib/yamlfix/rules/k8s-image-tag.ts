import { defineRule, report } from '../report';
import type { YamlDiagnostic } from '../types';
import { podContainers } from '../util';
import { subjectParticle } from '../../i18n/particle';

/** Whether an image reference has no tag/digest or uses :latest. */
export function untaggedOrLatest(image: string): 'none' | 'latest' | null {
	if (image.includes('@')) return null;
	const last = image.slice(image.lastIndexOf('/') + 1);
	const colon = last.lastIndexOf(':');
	if (colon < 0) return 'none';
	return last.slice(colon + 1) === 'latest' ? 'latest' : null;
}

const rule = defineRule({
	id: 'k8s-image-tag',
	target: 'kubernetes',
	severity: 'warning',
	description: 'An image without a tag or with :latest changes under you and makes rollbacks impossible.',
	remediation: 'Pin a version tag (nginx:1.27) or a digest (nginx@sha256:…).',
	check(ctx) {
		const out: YamlDiagnostic[] = [];
		for (const { obj, c } of podContainers(ctx.objects)) {
			const image = c.container.image;
			if (typeof image !== 'string' || !image || /[{$]/.test(image)) continue;
			const problem = untaggedOrLatest(image);
			if (!problem) continue;
			out.push(report(rule, ctx, obj.doc, [...c.path, 'image'],
				problem === 'none' ? `image ${image} has no tag (it means :latest); pin a version` : `image ${image} uses :latest; pin a version`,
				problem === 'none' ? `이미지 ${image}에 태그가 없습니다(:latest와 같음). 버전을 고정하세요` : `이미지 ${image}${subjectParticle(String(image))} :latest를 씁니다. 버전을 고정하세요`));
		}
		return out;
	}
});
export default rule;
