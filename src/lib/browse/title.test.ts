import { describe, expect, it } from 'vitest';
import type { Card } from '../deck/types';
import { cardTitle } from './search';
import { plainTitle } from './title';

describe('plainTitle', () => {
	it('keeps underscores, brackets and hashes that are text, not markup', () => {
		expect(plainTitle('What does the db_data volume hold?')).toBe('What does the db_data volume hold?');
		expect(plainTitle('`MY_VAR` and snake_case_name')).toBe('MY_VAR and snake_case_name');
		expect(plainTitle('Array index a[0] and issue #12 and 2 > 1')).toBe('Array index a[0] and issue #12 and 2 > 1');
		expect(plainTitle('`kubectl get pods -l app=web_1`')).toBe('kubectl get pods -l app=web_1');
	});

	it('drops the markup itself: emphasis, code marks, links, images, HTML, headings, quotes, escapes', () => {
		expect(plainTitle('**Bold** and _em_ and *em* and __strong__')).toBe('Bold and em and em and strong');
		expect(plainTitle('See [the docs](https://docs.docker.com) ![logo](x.png)')).toBe('See the docs');
		expect(plainTitle('# Heading\n> quoted <b>line</b>')).toBe('Heading quoted line');
		expect(plainTitle('\\_not em\\_ &lt;pod&gt; `<service>`')).toBe('_not em_ <pod> <service>');
		expect(plainTitle('- one\n- two_three')).toBe('one two_three');
	});

	it('folds whitespace into one line', () => {
		expect(plainTitle('  two\n\nparagraphs   here ')).toBe('two paragraphs here');
	});
});

describe('cardTitle', () => {
	it('shows a card question with its underscores (Browse, deck page, card page)', () => {
		const card: Card = { id: 'c1', kind: 'concept', front: 'What is stored in `db_data`?', back: 'The database files', tags: [] };
		expect(cardTitle(card)).toBe('What is stored in db_data?');
		const drill: Card = { id: 'c2', kind: 'command', prompt: 'Set the env var POSTGRES_PASSWORD', answer: 'docker run -e POSTGRES_PASSWORD=x postgres', tags: [] };
		expect(cardTitle(drill)).toBe('Set the env var POSTGRES_PASSWORD');
	});
});
