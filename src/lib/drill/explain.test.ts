import { describe, expect, it } from 'vitest';
import { code, messageParts } from './explain';
import { gradeCommand } from './index';

function diffs(expected: string, answer: string) {
	return gradeCommand(expected, answer).differences;
}

describe('explanations', () => {
	it('names a missing flag with both spellings', () => {
		const [d] = diffs('docker run -d nginx', 'docker run nginx');
		expect(d).toMatchObject({ part: 'flag', kind: 'missing', expected: '--detach' });
		expect(d.message.en).toBe('Missing flag `-d` (`--detach`)');
		expect(d.message.ko).toBe('빠진 플래그: `-d` (`--detach`)');
	});

	it('names an unexpected flag', () => {
		const [d] = diffs('docker run nginx', 'docker run -v /a:/b nginx');
		expect(d).toMatchObject({ part: 'flag', kind: 'unexpected', actual: '--volume=/a:/b' });
		expect(d.message.en).toContain('Unexpected flag `-v` (`--volume`)');
		expect(d.message.ko).toContain('필요 없는 플래그');
	});

	it('shows both values of a mismatched flag', () => {
		const [d] = diffs('docker run -p 8080:80 nginx', 'docker run -p 80:8080 nginx');
		expect(d).toMatchObject({ kind: 'mismatch', expected: '8080:80', actual: '80:8080' });
		expect(d.message.en).toBe('`-p` (`--publish`): expected `8080:80` but got `80:8080`');
		expect(d.message.ko).toContain('`8080:80` 대신 `80:8080`');
	});

	it('suggests the closest flag for an unknown one, and does not also call it missing', () => {
		const list = diffs('docker run --detach nginx', 'docker run --detatch nginx');
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ part: 'flag', kind: 'unknown', actual: '--detatch' });
		expect(list[0].message.en).toContain('did you mean `--detach`?');
		expect(list[0].message.ko).toContain('혹시 `--detach`?');
	});

	it('suggests the program for an unknown command', () => {
		const [d] = diffs('docker ps', 'dokcer ps');
		expect(d).toMatchObject({ part: 'command', kind: 'unknown', actual: 'dokcer' });
		expect(d.message.en).toBe('Unknown command `dokcer` (did you mean `docker`?)');
	});

	it('suggests the subcommand for a typo', () => {
		const [d] = diffs('kubectl get pods', 'kubectl gett pods');
		expect(d).toMatchObject({ part: 'verb', kind: 'unknown' });
		expect(d.message.en).toContain('did you mean `get`?');
	});

	it('suggests a case change for a short flag', () => {
		const list = diffs('kubectl get pods -A', 'kubectl get pods -a');
		expect(list[0].message.en).toContain('did you mean `-A`?');
	});

	it('explains a flag written after the image', () => {
		const list = diffs('docker run -d nginx', 'docker run nginx -d');
		expect(list.map((d) => d.kind)).toEqual(['missing', 'unexpected']);
		expect(list[1].message.en).toContain('comes after the image');
		expect(list[1].message.ko).toContain('이미지 뒤에');
	});

	it('says which verb was expected', () => {
		const [d] = diffs('kubectl create -f a.yaml', 'kubectl apply -f a.yaml');
		expect(d).toMatchObject({ part: 'verb', kind: 'mismatch', expected: 'create', actual: 'apply' });
		expect(d.message.ko).toBe('하위 명령이 다릅니다: `create` 대신 `apply`');
	});

	it('explains syntax errors', () => {
		const [d] = diffs('docker ps', "docker ps --format '{{.Names}}");
		expect(d).toMatchObject({ part: 'syntax', kind: 'invalid' });
		expect(d.message.en).toContain('single quote');
		expect(d.message.ko).toContain('작은따옴표');
	});

	it('gives every difference a Korean and an English message', () => {
		const pairs: [string, string][] = [
			['kubectl get pod web', 'kubectl get svc web'],
			['docker run ubuntu bash', 'docker run ubuntu sh'],
			['docker run -p 1:1 -p 2:2 nginx', 'docker run -p 1:1 -p 3:3 -p 4:4 nginx'],
			['docker run -p 80:80 nginx', 'docker run nginx -p'],
			['docker run --rm nginx', 'docker run --rm=maybe nginx'],
			['docker network ls', 'docker network'],
			['docker ps', ''],
			['helm list', 'helm ls extra']
		];
		for (const [expected, answer] of pairs) {
			const list = diffs(expected, answer);
			expect(list.length, `${expected} / ${answer}`).toBeGreaterThan(0);
			for (const d of list) {
				expect(d.message.ko).toMatch(/[가-힣]/);
				expect(d.message.en).toMatch(/[A-Za-z]/);
			}
		}
	});

	it('says arguments in the learner\'s words, never the spec\'s names or placeholders', () => {
		for (const [expected, answer] of [
			['docker build -t app .', 'docker build -t app . extra'],
			['docker build -t app .', 'docker build -t app'],
			['kubectl get {value}', 'kubectl get'],
			['docker logs web', 'docker logs'],
			['docker run -d nginx', 'docker run -d']
		]) {
			for (const d of diffs(expected, answer)) {
				for (const text of [d.message.ko, d.message.en, d.hint.ko, d.hint.en]) {
					expect(text).not.toMatch(/\b(?:CONTEXT|IMAGE|CONTAINER|NAME)\b|\{value\}/);
				}
			}
		}
		expect(diffs('docker build -t app .', 'docker build -t app')[0].message.ko).toBe('빠진 빌드 컨텍스트(경로): `.`');
		expect(diffs('kubectl get {value}', 'kubectl get')[0].message.ko).toBe('리소스가 빠졌습니다.');
	});

	it('gives a hint that says what is wrong without the fix, and the fix in the full message', () => {
		const [tag] = diffs('docker build -t myapp:1.0 .', 'docker build .');
		expect(tag.hint.ko).toBe('이미지 이름과 태그를 정하는 플래그가 빠졌습니다.');
		expect(tag.hint.en).toBe('The flag that names and tags the image is missing.');
		expect(tag.hint.ko).not.toContain('-t');
		expect(tag.message.ko).toContain('`-t` (`--tag`)');
		const [value] = diffs('docker run -p 8080:80 nginx', 'docker run -p 80:8080 nginx');
		expect(value.hint.ko).not.toContain('8080:80');
		expect(value.message.ko).toContain('`8080:80` 대신 `80:8080`');
		const [typo] = diffs('docker run --detach nginx', 'docker run --detatch nginx');
		expect(typo.hint.en).not.toContain('--detach`');
		const [image] = diffs('docker run nginx', 'docker run redis');
		expect(image.hint.ko).toBe('이미지가 다릅니다: `redis:latest`');
		expect(image.message.ko).toContain('`nginx:latest` 대신');
	});

	it('splits a message into text and code parts for rendering', () => {
		expect(messageParts('빠진 플래그: `-d` (`--detach`)')).toEqual([
			{ text: '빠진 플래그: ', code: false },
			{ text: '-d', code: true },
			{ text: ' (', code: false },
			{ text: '--detach', code: true },
			{ text: ')', code: false }
		]);
		expect(messageParts(`값: ${code('a`b')}`)).toEqual([
			{ text: '값: ', code: false },
			{ text: 'a`b', code: true }
		]);
	});
});
