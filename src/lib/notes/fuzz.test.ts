import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNotes } from './index';
import { seededRandom } from '../deck/random';


const PIECES = [
	'# ', '## 제목', '### 과제: 고쳐라\n', 'checks: a, b\n', '```yaml broken\n', '```yaml solution\n', '```bash\n', '```\n', '~~~\n',
	'- ', '    - ', '* ', '1. ', '1) ', '**용어**', '__굵게__', '`code`', '`docker run`', ': ', ' - ', '::', ':::', '?\n', '??\n',
	'==강조==', '{{c1::답}}', '{{c2::x::hint}}', '^id-1', '> ', '>```yaml\n', '|A|B|\n|-|-|\n|FROM|x|\n', '| a | b | c |\n',
	'![img](x.png)', '<img src=x>', '<br>', '[link](http://x)', '---\n', 'title: [x\n', '\r\n', '\n', '\n\n', '\t', '\u0000',
	'\ufeff', 'docker run -d -p 80:80 {image}', '# 주석\n', '$ kubectl get po # 목록', '-d : detached', '`deploy` `d`',
	'Pending: 대기', 'Running: 실행', 'services:\n  web:\n', 'apiVersion: v1\nkind: Pod\n', '컨테이너', '하나의 프로세스', 'x'.repeat(400),
	// Styles of the unseen fixtures: wikilinks, transcripts, HTML tables, cheat-sheet tables, Q./A., definition lists.
	'[[CNI|씨엔아이]]', '[[', ']]', '#k8s ', '> 💡 ', '$ docker ps\nCONTAINER ID\n', '<pre>\n', '</pre>\n', '<table><tr><td>ENV</td><td>x</td></tr>',
	'| 명령어 | 설명 | 비고 |\n|-|-|-|\n| `docker ps` | 목록 | |\n', '| -p 8080:80 | 포트 |\n', 'k get po # 파드', 'Q. 질문? A. 답', 'Volume\n: 저장소\n',
	'A **Pod** is a unit.', '`kubectl get svc` 로 확인', '&lt;none&gt;', 'Created: 2024'
];

function randomDoc(next: () => number): string {
	const n = Math.floor(next() * 40);
	let s = '';
	for (let i = 0; i < n; i++) {
		const r = next();
		if (r < 0.75) s += PIECES[Math.floor(next() * PIECES.length)];
		else if (r < 0.9) s += String.fromCharCode(Math.floor(next() * 0xffff));
		else s += ' ';
	}
	return s;
}

function mutate(text: string, next: () => number): string {
	let s = text;
	const edits = 1 + Math.floor(next() * 6);
	for (let i = 0; i < edits; i++) {
		const at = Math.floor(next() * (s.length + 1));
		const kind = next();
		if (kind < 0.4) s = s.slice(0, at) + s.slice(at + Math.floor(next() * 200));
		else if (kind < 0.8) s = s.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + s.slice(at);
		else s = s.slice(0, at) + s.slice(at, at + Math.floor(next() * 300)).repeat(2) + s.slice(at);
	}
	return s;
}

const base = [
	readFileSync(new URL('../../../tests/fixtures/notes/plain.md', import.meta.url), 'utf8'),
	readFileSync(new URL('../../../tests/fixtures/notes/explicit.md', import.meta.url), 'utf8')
];

describe('fuzz: 10,000 random and mutated inputs', () => {
	// 10,000 compilations: ~20 s alone, several times that on a busy 2-core machine.
	it('never throws and every diagnostic is located', { timeout: 240_000 }, () => {
		const next = seededRandom(20240501);
		for (let i = 0; i < 10_000; i++) {
			const input = i % 2 === 0 ? randomDoc(next) : mutate(base[i % 4 === 1 ? 0 : 1], next);
			const { deck, diagnostics } = compileNotes(input, `fuzz-${i}.md`);
			const lines = Math.max(1, input.replace(/\r\n?/g, '\n').split('\n').length);
			expect(Array.isArray(deck.cards)).toBe(true);
			for (const d of diagnostics) {
				if (!(d.line >= 1 && d.line <= lines && typeof d.message === 'string')) {
					throw new Error(`bad diagnostic on input ${i}: ${JSON.stringify(d)}`);
				}
				if (d.message.startsWith('notes not compiled: internal error') || d.message.startsWith('block skipped after an internal error')) {
					throw new Error(`internal error on input ${i}: ${d.message}\n${JSON.stringify(input).slice(0, 500)}`);
				}
			}
			if (new Set(deck.cards.map((c) => c.id)).size !== deck.cards.length) throw new Error(`duplicate ids on input ${i}`);
		}
	});
});
