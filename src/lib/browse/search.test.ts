import { describe, expect, it } from 'vitest';
import type { Card } from '../deck/types';
import { newCardState } from '../srs/fsrs';
import { DAY_MS } from '../srs/day';
import type { CardState } from '../srs/types';
import { parseQuery } from './query';
import { browseRow, narrows, ratedKey, ratedTerms, search, sortRows, type BrowseRow, type SearchContext } from './search';

const NOW = Date.UTC(2026, 11, 3, 12, 0, 0);
const DAY_START = Date.UTC(2026, 11, 3, 4, 0, 0);
const DECK_ADDED = NOW - 100 * DAY_MS;

type Fixture = { card: Card & { deckId: string; addedAt?: number }; state: Partial<CardState> };

const fixtures: Fixture[] = [
	{
		card: { id: 'run-p', deckId: 'docker', kind: 'command', tags: ['docker', 'docker run'], prompt: 'nginx 컨테이너를 80 포트로 실행', answer: 'docker run -d -p 80:80 nginx' },
		state: { state: 2, due: NOW + 3 * DAY_MS, scheduled_days: 10, stability: 12, difficulty: 4, reps: 4, lapses: 0, last_review: NOW - 7 * DAY_MS }
	},
	{
		card: { id: 'image', deckId: 'docker', kind: 'concept', tags: ['docker'], front: '이미지란?', back: '컨테이너의 **템플릿**' },
		state: { state: 0, due: NOW - 50 * DAY_MS }
	},
	{
		card: { id: 'pod', deckId: 'k8s', kind: 'choice', tags: ['kubernetes'], prompt: 'Pod의 최소 단위는?', options: ['Container', 'Node'], answer: 'Container' },
		state: { state: 2, due: NOW - 2 * DAY_MS, scheduled_days: 30, stability: 40, difficulty: 8, reps: 12, lapses: 9, last_review: NOW - 32 * DAY_MS }
	},
	{
		card: { id: 'yaml', deckId: 'k8s', kind: 'yamlfix', tags: ['kubernetes', 'leech'], target: 'kubernetes', task: 'Fix the probe', broken: 'kind: Pod\nport: http', checks: [] },
		state: { state: 1, due: NOW - 60_000, scheduled_days: 0, stability: 1, difficulty: 6, reps: 1, lapses: 0, last_review: NOW - 600_000, suspended: 1 }
	},
	{
		card: { id: 'fresh', deckId: 'mine', kind: 'concept', tags: [], front: 'Volume', back: '데이터 보존', addedAt: NOW - 2 * DAY_MS },
		state: { state: 0, due: NOW - 2 * DAY_MS }
	},
	{
		card: { id: 'buried', deckId: 'mine', kind: 'command', tags: [], prompt: 'list pods', answer: 'kubectl get pods' },
		state: { state: 3, due: NOW + 20 * 60_000, scheduled_days: 2, stability: 2, difficulty: 7, reps: 6, lapses: 2, last_review: NOW - DAY_MS, buriedUntil: DAY_START + DAY_MS }
	}
];

const rows: BrowseRow[] = fixtures.map(({ card, state }) => browseRow(card, { ...newCardState(card.id, card.deckId, NOW), ...state } as CardState, DECK_ADDED));

const ctx: SearchContext = {
	now: NOW,
	dayStart: DAY_START,
	dayEnd: DAY_START + DAY_MS,
	deckTitles: new Map([
		['docker', 'Docker 기초'],
		['k8s', 'Kubernetes'],
		['mine', 'My notes']
	]),
	rated: new Map([
		[ratedKey({ days: 1 }), new Set(['buried', 'yaml'])],
		[ratedKey({ days: 1, rating: 1 }), new Set(['buried'])]
	]),
	retrievability: (row) => (row.id === 'pod' ? 0.7 : 0.95)
};

function ids(query: string): string[] {
	const parsed = parseQuery(query);
	if (!parsed.ok) throw new Error(parsed.error.reason);
	return search(rows, parsed.query, ctx)
		.map((row) => row.id)
		.sort();
}

describe('search', () => {
	it('plain words match prompt, answer, front, back, options, task, YAML and tags', () => {
		expect(ids('80:80')).toEqual(['run-p']);
		expect(ids('템플릿')).toEqual(['image']);
		expect(ids('node')).toEqual(['pod']);
		expect(ids('probe')).toEqual(['yaml']);
		expect(ids('"port: http"')).toEqual(['yaml']);
		expect(ids('"docker run"')).toEqual(['run-p']);
		expect(ids('KUBECTL')).toEqual(['buried']);
	});

	it('Korean words match as substrings', () => {
		expect(ids('컨테이너')).toEqual(['image', 'run-p']);
		expect(ids('컨테이너를')).toEqual(['run-p']);
	});

	it('words AND, - negates, or unites', () => {
		expect(ids('docker 80')).toEqual(['run-p']);
		expect(ids('컨테이너 -tag:"docker run"')).toEqual(['image']);
		expect(ids('kind:choice or kind:yamlfix')).toEqual(['pod', 'yaml']);
	});

	it('deck: matches title or id, case-folded, with *', () => {
		expect(ids('deck:"docker 기초"')).toEqual(['image', 'run-p']);
		expect(ids('deck:k8s')).toEqual(['pod', 'yaml']);
		expect(ids('deck:kube*')).toEqual(['pod', 'yaml']);
		expect(ids('deck:kube')).toEqual([]);
	});

	it('tag: matches a whole tag, with *', () => {
		expect(ids('tag:docker')).toEqual(['image', 'run-p']);
		expect(ids('tag:"docker run"')).toEqual(['run-p']);
		expect(ids('tag:kube*')).toEqual(['pod', 'yaml']);
	});

	it('kind:', () => {
		expect(ids('kind:command')).toEqual(['buried', 'run-p']);
		expect(ids('kind:concept')).toEqual(['fresh', 'image']);
	});

	it('is:', () => {
		expect(ids('is:new')).toEqual(['fresh', 'image']);
		expect(ids('is:learn')).toEqual(['buried', 'yaml']);
		expect(ids('is:review')).toEqual(['buried', 'pod', 'run-p']);
		// Suspended and buried cards are not due; the overdue review is.
		expect(ids('is:due')).toEqual(['pod']);
		expect(ids('is:suspended')).toEqual(['yaml']);
		expect(ids('is:buried')).toEqual(['buried']);
		expect(ids('is:leech')).toEqual(['pod', 'yaml']);
		expect(ids('-is:new -is:suspended')).toEqual(['buried', 'pod', 'run-p']);
	});

	it('prop: compares scheduled cards only', () => {
		expect(ids('prop:due<7')).toEqual(['buried', 'pod', 'run-p', 'yaml']);
		expect(ids('prop:due<0')).toEqual(['pod']);
		expect(ids('prop:due=3')).toEqual(['run-p']);
		expect(ids('prop:ivl>=10')).toEqual(['pod', 'run-p']);
		expect(ids('prop:lapses>0')).toEqual(['buried', 'pod']);
		expect(ids('prop:reps!=0')).toEqual(['buried', 'pod', 'run-p', 'yaml']);
		expect(ids('prop:d>7')).toEqual(['pod']);
		expect(ids('prop:s<=2')).toEqual(['buried', 'yaml']);
		expect(ids('prop:r<0.9')).toEqual(['pod']);
	});

	it('rated: reads the ids the caller looked up per term', () => {
		expect(ids('rated:1')).toEqual(['buried', 'yaml']);
		expect(ids('rated:1:1')).toEqual(['buried']);
		expect(ids('rated:5')).toEqual([]);
		const parsed = parseQuery('rated:1 or rated:3:2 x');
		expect(parsed.ok && ratedTerms(parsed.query)).toEqual([{ type: 'rated', days: 1 }, { type: 'rated', days: 3, rating: 2 }]);
	});

	it('added: uses the card’s addedAt, a new card’s first due, else the deck’s', () => {
		expect(ids('added:3')).toEqual(['fresh']);
		expect(ids('added:51')).toEqual(['fresh', 'image']);
		expect(ids('added:101')).toHaveLength(6);
	});

	it('an empty query returns every row in the given order', () => {
		const parsed = parseQuery('');
		expect(parsed.ok && search(rows, parsed.query, ctx).map((r) => r.id)).toEqual(rows.map((r) => r.id));
	});
});

describe('hidden decks', () => {
	it('are left out of the default view and of queries, unless a query names a deck', () => {
		const rows = [
			browseRow({ id: 'a', deckId: 'shown', kind: 'concept', tags: [], front: 'pod', back: 'x' }, undefined, 0),
			browseRow({ id: 'b', deckId: 'gone', kind: 'concept', tags: [], front: 'pod', back: 'y' }, undefined, 0)
		];
		const ctx: SearchContext = {
			now: 0,
			dayStart: 0,
			dayEnd: DAY_MS,
			deckTitles: new Map([['shown', 'Shown'], ['gone', 'Gone']]),
			rated: new Map(),
			retrievability: () => 1,
			hiddenDecks: new Set(['gone'])
		};
		const ids = (q: string) => {
			const parsed = parseQuery(q);
			if (!parsed.ok) throw new Error(q);
			return search(rows, parsed.query, ctx).map((r) => r.id);
		};
		expect(ids('')).toEqual(['a']);
		expect(ids('pod')).toEqual(['a']);
		expect(ids('deck:gone')).toEqual(['b']);
		expect(ids('pod -deck:shown')).toEqual([]);
		expect(search(rows, { groups: [] }, { ...ctx, hiddenDecks: new Set() }).map((r) => r.id)).toEqual(['a', 'b']);
	});
});

describe('sortRows', () => {
	const order = (key: Parameters<typeof sortRows>[1], desc = false) => sortRows(rows, key, desc).map((r) => r.id);
	it('due: scheduled by due, then new cards in their order', () => {
		expect(order('due')).toEqual(['pod', 'yaml', 'buried', 'run-p', 'image', 'fresh']);
	});
	it('added, interval, difficulty, lapses, last review; descending too', () => {
		expect(order('added')[5]).toBe('fresh');
		expect(order('interval', true).slice(0, 2)).toEqual(['pod', 'run-p']);
		expect(order('difficulty', true)[0]).toBe('pod');
		expect(order('lapses', true).slice(0, 2)).toEqual(['pod', 'buried']);
		expect(order('lastReview', true).slice(0, 2)).toEqual(['yaml', 'buried']);
	});
	it('search keeps the sorted order', () => {
		const parsed = parseQuery('-is:new');
		expect(parsed.ok && search(sortRows(rows, 'due'), parsed.query, ctx).map((r) => r.id)).toEqual(['pod', 'yaml', 'buried', 'run-p']);
	});
});

describe('narrows', () => {
	const q = (text: string) => {
		const parsed = parseQuery(text);
		if (!parsed.ok) throw new Error(parsed.error.reason);
		return parsed.query;
	};
	it('holds when typing on or adding terms, not otherwise', () => {
		expect(narrows(q('doc'), q('docker'))).toBe(true);
		expect(narrows(q('docker'), q('docker tag:x'))).toBe(true);
		expect(narrows(q('-is:new'), q('-is:new kind:command'))).toBe(true);
		expect(narrows(q('docker'), q('dock'))).toBe(false);
		expect(narrows(q('-doc'), q('-docker'))).toBe(false);
		expect(narrows(q('a or b'), q('a or b c'))).toBe(false);
		expect(narrows(q(''), q('a'))).toBe(false);
		expect(narrows(q('tag:a'), q('tag:ab'))).toBe(false);
	});
});
