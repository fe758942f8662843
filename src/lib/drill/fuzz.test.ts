import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeCommand, hintToken, parseCommand, tokenize } from './index';

const SEEDS = [
	'docker run -d -p 8080:80 --name web nginx',
	'docker compose -f a.yml up -d web',
	'kubectl get pods -n kube-system -o wide',
	'kubectl exec -it web -- sh -c "ls -la"',
	"helm upgrade --install web ./chart --set 'a=b'",
	'minikube kubectl -- get po -A',
	'docker push [사용자명]/[이미지명]:[버전태그]',
	'kubectl logs <pod> -c {container}'
];

/** Characters that stress the tokenizer and parser. */
const NASTY = ['"', "'", '\\', '-', '--', '=', ' ', '\n', '\u0000', '\u001b', '|', '&&', '<', '{', '[', '#', '\u2014', '한', '\uD83D', '\u00a0', '/'];

const mutated = fc
	.tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...NASTY)), { maxLength: 6 }))
	.map(([seed, edits]) => {
		let s = seed;
		for (const [pos, op, text] of edits) {
			const at = pos % (s.length + 1);
			if (op === 0) s = s.slice(0, at) + text + s.slice(at);
			else if (op === 1) s = s.slice(0, at) + s.slice(at + 1);
			else s = s.slice(0, at) + text + s.slice(at + text.length);
		}
		return s;
	});

const input = fc.oneof(
	{ weight: 5, arbitrary: mutated },
	{ weight: 3, arbitrary: fc.string({ maxLength: 80 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
	{ weight: 1, arbitrary: fc.constantFrom(...SEEDS).map((s) => s + ' x'.repeat(5200)) }
);

function wellFormed(result: ReturnType<typeof gradeCommand>): void {
	expect(typeof result.correct).toBe('boolean');
	expect(result.correct).toBe(result.differences.length === 0);
	for (const d of result.differences) {
		expect(d.message.ko.length).toBeGreaterThan(0);
		expect(d.message.en.length).toBeGreaterThan(0);
	}
}

describe('fuzz: never throws', () => {
	it('grades 10,000 random and mutated inputs', () => {
		fc.assert(
			fc.property(input, fc.constantFrom(...SEEDS), (answer, expected) => {
				wellFormed(gradeCommand(expected, answer));
				wellFormed(gradeCommand(answer, expected));
				tokenize(answer);
				parseCommand(answer);
				hintToken(answer, answer.length % 5);
			}),
			{ seed: 424242, numRuns: 10_000 }
		);
	});

	it.each([
		['', 'empty'],
		['docker run "nginx', 'unclosed quote'],
		['x'.repeat(10 * 1024), '10 KB line'],
		['docker run \u0007 nginx', 'control character'],
		['dokcer run nginx', 'unknown command']
	])('grades %j wrong (%s) with a reason', (answer) => {
		const result = gradeCommand('docker run nginx', answer);
		expect(result.correct).toBe(false);
		expect(result.differences.length).toBeGreaterThan(0);
		wellFormed(result);
	});

	it('treats non-string arguments as empty answers', () => {
		wellFormed(gradeCommand('docker ps', null as unknown as string));
		wellFormed(gradeCommand(undefined as unknown as string, 'docker ps'));
	});
});
