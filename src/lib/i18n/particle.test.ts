import { describe, expect, it } from 'vitest';
import { directionParticle, objectParticle, subjectParticle } from './particle';

describe('Korean particles by the reading of the last word', () => {
	it.each([
		['`kubectl get services`', '를'],
		['`kubectl get pods`', '를'],
		['`kubectl get deployment`', '를'],
		['`kubectl get cronjob`', '을'],
		['`kubectl get secret`', '을'],
		['`kubectl get configmap`', '을'],
		['`kubectl get persistentvolume`', '을'],
		['`kubectl get replicaset`', '을'],
		['`kubectl get clusterrole`', '을'],
		['`kubectl get rolebinding`', '을'],
		['`kubectl get namespace`', '를'],
		['`kubectl get ingress`', '를'],
		['`kubectl get horizontalpodautoscaler`', '를'],
		['`kubectl get customresourcedefinition`', '을'],
		['`PVC`', '를'],
		['`app.yaml`', '을'],
		['`mysql`', '을'],
		['`web`', '을'],
		['`nginx`', '를'],
		['이미지', '를'],
		['볼륨', '을'],
		['포트 8080', '을'],
		['포트 8082', '를']
	])('%s → %s', (text, particle) => {
		expect(objectParticle(text)).toBe(particle);
	});
	it('chooses 이/가 and 으로/로 the same way', () => {
		expect(subjectParticle('이미지')).toBe('가');
		expect(subjectParticle('볼륨')).toBe('이');
		expect(directionParticle('svc')).toBe('로');
		expect(directionParticle('파일')).toBe('로');
		expect(directionParticle('볼륨')).toBe('으로');
	});
});

describe('particles in validator messages', () => {
	it('a service named web takes 이, one named db takes 가 (the walkthrough read "서비스 web가")', async () => {
		const { validateYaml } = await import('../yamlfix');
		const text = (name: string) => `services:\n  ${name}:\n    image: nginx:1.27\n    volumes:\n      - data:/data\n`;
		const ko = (name: string) => validateYaml(text(name), { target: 'compose' }).diagnostics.map((d) => d.message_ko ?? '').join('\n');
		expect(ko('web')).toMatch(/서비스 web이 /);
		expect(ko('db')).toMatch(/서비스 db가 /);
	});
});
