import { describe, expect, it } from 'vitest';
import { cardId } from '../deck/ids';
import type { CommandCard } from '../deck/types';
import { compileNotes } from './index';

describe('short-name drills', () => {
	const { deck } = compileNotes(['# kubectl 짧은 이름', '', '- `services` (`svc`)', '- `cronjobs` (`cj`)', '- `configmap`, `cm`'].join('\n'), 'short.md');
	const drills = deck.cards.filter((c): c is CommandCard => c.kind === 'command');

	it('ask for the short form, with the particle of the word as read', () => {
		expect(drills.map((c) => [c.prompt, c.answer, c.form])).toEqual([
			['`kubectl get services`를 짧은 이름(short name)으로', 'kubectl get svc', 'short'],
			['`kubectl get cronjobs`를 짧은 이름(short name)으로', 'kubectl get cj', 'short'],
			['`kubectl get configmap`을 짧은 이름(short name)으로', 'kubectl get cm', 'short']
		]);
	});

	it('keep the ids of the earlier wording, so that review history is kept', () => {
		expect(drills[0].id).toBe(cardId(deck.id, 'command', '`kubectl get services` 을 짧은 이름(short name)으로'));
		const concept = deck.cards.find((c) => c.kind === 'concept' && c.front === '`services`의 짧은 이름');
		expect(concept?.id).toBe(cardId(deck.id, 'concept', '`services` 의 짧은 이름'));
	});
});
