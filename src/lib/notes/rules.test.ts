import { describe, expect, it } from 'vitest';
import type { Card, CommandCard, ConceptCard } from '../deck/types';
import { compileNotes } from './index';

const concepts = (cards: Card[]) => cards.filter((c): c is ConceptCard => c.kind === 'concept');
const commands = (cards: Card[]) => cards.filter((c): c is CommandCard => c.kind === 'command');

describe('wider tables', () => {
	it('a term | meaning | remark table is read by its first two columns', () => {
		const note = '| 포트 | 설명 | 필수 여부 |\n|---|---|---|\n| `targetPort` | Pod에서 앱이 listening하는 포트 | 선택 |\n| `port` | Service 자체 포트 | 필수 |\n';
		const { deck } = compileNotes(note, 'n.md');
		expect(concepts(deck.cards).map((c) => [c.front, c.back])).toEqual([
			['`targetPort`', 'Pod에서 앱이 listening하는 포트'],
			['`port`', 'Service 자체 포트']
		]);
	});
	it('a meaning header written as parts ("역할/의미") names the meaning column', () => {
		const note = '| 명령어 | 역할/의미 | 비고 / 예시 |\n|---|---|---|\n| `WORKDIR` | 이후 명령들의 작업 디렉터리 설정 | `WORKDIR /app` |\n';
		expect(concepts(compileNotes(note, 'n.md').deck.cards)[0]).toMatchObject({ front: '`WORKDIR`', back: '이후 명령들의 작업 디렉터리 설정' });
	});
	it('a table whose second column is not a meaning is still skipped', () => {
		const note = '| 설치 | 마스터 | 워커 |\n|---|---|---|\n| etcd | O | X |\n';
		const { deck, diagnostics } = compileNotes(note, 'n.md');
		expect(deck.cards).toEqual([]);
		expect(diagnostics.some((d) => d.code === 'table-columns')).toBe(true);
	});
	it('Korean words after a command in a cheat-sheet cell are placeholders', () => {
		const note = '| 명령어 | 의미 |\n|---|---|\n| `docker rmi 이미지` | 이미지 삭제 |\n| `docker run -p 호스트:컨테이너` | 포트 바인딩 |\n| `docker run 으로 실행` | 실행 |\n';
		const cards = commands(compileNotes(note, 'n.md').deck.cards);
		expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
			['이미지 삭제', 'docker rmi <이미지>'],
			['포트 바인딩', 'docker run -p <호스트>:<컨테이너>']
		]);
	});
});
