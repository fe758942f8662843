import { describe, expect, it } from 'vitest';
import { parseQuery, quoteValue, type ParseResult, type Term } from './query';

function terms(input: string): { term: Term; negated: boolean }[][] {
	const result = parseQuery(input);
	if (!result.ok) throw new Error(`${input}: ${result.error.reason} at ${result.error.pos}`);
	return result.query.groups;
}

function error(input: string) {
	const result: ParseResult = parseQuery(input);
	if (result.ok) throw new Error(`${input} parsed`);
	return result.error;
}

describe('parseQuery', () => {
	it('empty and blank queries match everything', () => {
		expect(terms('')).toEqual([]);
		expect(terms('   ')).toEqual([]);
	});

	it('plain words are folded substrings, ANDed', () => {
		expect(terms('Docker  RUN')).toEqual([
			[
				{ term: { type: 'text', value: 'docker' }, negated: false },
				{ term: { type: 'text', value: 'run' }, negated: false }
			]
		]);
		expect(terms('컨테이너')[0][0].term).toEqual({ type: 'text', value: '컨테이너' });
	});

	it('quotes keep spaces and escaped quotes', () => {
		expect(terms('"docker run -p"')[0][0].term).toEqual({ type: 'text', value: 'docker run -p' });
		expect(terms('"say \\"hi\\""')[0][0].term).toEqual({ type: 'text', value: 'say "hi"' });
		expect(terms('"deck:x"')[0][0].term).toEqual({ type: 'text', value: 'deck:x' });
	});

	it('negation with -', () => {
		expect(terms('-tag:docker')[0][0]).toEqual({ term: { type: 'tag', value: 'docker' }, negated: true });
		expect(terms('-"a b"')[0][0]).toEqual({ term: { type: 'text', value: 'a b' }, negated: true });
	});

	it('deck: and tag: with quotes and wildcards', () => {
		expect(terms('deck:"Docker 기초"')[0][0].term).toEqual({ type: 'deck', value: 'docker 기초' });
		expect(terms('tag:"docker run"')[0][0].term).toEqual({ type: 'tag', value: 'docker run' });
		expect(terms('tag:dock*')[0][0].term).toEqual({ type: 'tag', value: 'dock*' });
		expect(terms('DECK:x')[0][0].term).toEqual({ type: 'deck', value: 'x' });
	});

	it('kind: takes the four kinds', () => {
		for (const kind of ['command', 'concept', 'choice', 'yamlfix']) expect(terms(`kind:${kind}`)[0][0].term).toEqual({ type: 'kind', value: kind });
		expect(error('kind:cloze')).toMatchObject({ pos: 5, reason: expect.stringContaining("unknown kind 'cloze'") });
	});

	it('is: takes every state', () => {
		for (const is of ['new', 'learn', 'review', 'due', 'suspended', 'buried', 'leech']) expect(terms(`is:${is}`)[0][0].term).toEqual({ type: 'is', value: is });
		expect(error('a is:sleeping')).toMatchObject({ pos: 5, length: 8, reason: expect.stringContaining("unknown state 'sleeping'") });
	});

	it('prop: fields and comparisons', () => {
		expect(terms('prop:due<7')[0][0].term).toEqual({ type: 'prop', field: 'due', op: '<', value: 7 });
		expect(terms('prop:due<=-1')[0][0].term).toEqual({ type: 'prop', field: 'due', op: '<=', value: -1 });
		expect(terms('prop:ivl>=30')[0][0].term).toEqual({ type: 'prop', field: 'ivl', op: '>=', value: 30 });
		expect(terms('prop:lapses!=0')[0][0].term).toEqual({ type: 'prop', field: 'lapses', op: '!=', value: 0 });
		expect(terms('prop:reps=3')[0][0].term).toEqual({ type: 'prop', field: 'reps', op: '=', value: 3 });
		expect(terms('prop:r<0.9')[0][0].term).toEqual({ type: 'prop', field: 'r', op: '<', value: 0.9 });
		expect(terms('prop:d>7')[0][0].term).toEqual({ type: 'prop', field: 'd', op: '>', value: 7 });
		expect(terms('prop:s>100')[0][0].term).toEqual({ type: 'prop', field: 's', op: '>', value: 100 });
	});

	it('prop: errors say what is wrong where', () => {
		expect(error('prop:due')).toMatchObject({ pos: 5, reason: expect.stringContaining('needs a field, a comparison and a number') });
		expect(error('prop:ease<2')).toMatchObject({ pos: 5, reason: expect.stringContaining("unknown property 'ease'") });
		expect(error('x prop:due<soon')).toMatchObject({ pos: 7, reason: expect.stringContaining("'soon' after < is not a number") });
		expect(error('prop:due<')).toMatchObject({ reason: expect.stringContaining('(nothing)') });
	});

	it('rated: days and an optional rating', () => {
		expect(terms('rated:7')[0][0].term).toEqual({ type: 'rated', days: 7 });
		expect(terms('rated:2:1')[0][0].term).toEqual({ type: 'rated', days: 2, rating: 1 });
		expect(error('rated:week')).toMatchObject({ pos: 6, reason: expect.stringContaining('whole number of days') });
		expect(error('rated:0')).toMatchObject({ reason: expect.stringContaining('1 to 36500') });
		expect(error('rated:3:5')).toMatchObject({ reason: expect.stringContaining("rating '5' must be 1 (again) to 4 (easy)") });
		expect(error('rated:3:1:2')).toMatchObject({ reason: expect.stringContaining('optional rating') });
	});

	it('added: days', () => {
		expect(terms('added:30')[0][0].term).toEqual({ type: 'added', days: 30 });
		expect(error('added:-3')).toMatchObject({ pos: 6, reason: expect.stringContaining('whole number of days') });
	});

	it('or splits groups', () => {
		const groups = terms('tag:a or tag:b c');
		expect(groups).toHaveLength(2);
		expect(groups[1].map((t) => t.term)).toEqual([
			{ type: 'tag', value: 'b' },
			{ type: 'text', value: 'c' }
		]);
		expect(error('or x')).toMatchObject({ pos: 0, reason: "'or' needs a term before it" });
		expect(error('x or')).toMatchObject({ pos: 2, reason: "'or' needs a term after it" });
		expect(terms('"or"')[0][0].term).toEqual({ type: 'text', value: 'or' });
	});

	it('reports unclosed quotes, empty values, lone minus and unknown keys with positions', () => {
		expect(error('docker "run -p')).toEqual({ pos: 7, length: 7, reason: 'unclosed quote "', reasonKo: '따옴표(")가 닫히지 않았습니다' });
		expect(error('deck:')).toMatchObject({ pos: 0, length: 5, reason: "'deck:' needs a value" });
		expect(error('a - b')).toMatchObject({ pos: 2, length: 1 });
		expect(error('note:x')).toMatchObject({ pos: 0, length: 5, reason: expect.stringContaining("unknown search key 'note:'") });
		expect(error('-flag:x')).toMatchObject({ pos: 1, reason: expect.stringContaining("'flag:'") });
		expect(error('is:x').reasonKo).toContain("모르는 상태 'x'");
	});

	it('text that merely holds a colon is a word', () => {
		expect(terms('포트:80')[0][0].term).toEqual({ type: 'text', value: '포트:80' });
		expect(terms('-p:8080')[0][0]).toEqual({ term: { type: 'text', value: 'p:8080' }, negated: true });
	});

	it('quoteValue round-trips through the parser', () => {
		for (const value of ['plain', 'with space', 'say "hi"']) {
			expect(terms(`deck:${quoteValue(value)}`)[0][0].term).toEqual({ type: 'deck', value: value.toLowerCase() });
		}
	});
});
