/** What a card asks and what it answers, as one line each: for labels, snapshots and merging. */
import type { Card } from '../deck/types';

export function cardText(card: Card): { q: string; a: string } {
	switch (card.kind) {
		case 'concept':
			return { q: card.front, a: card.back };
		case 'command':
			return { q: card.prompt, a: card.blank && card.blank !== 'line' ? `${card.answer} [${card.blank}: ${card.hidden ?? ''}]` : card.answer };
		case 'choice':
			return { q: card.prompt, a: `${card.answer} (of ${card.options.join(' | ')})` };
		case 'yamlfix':
			return { q: card.task, a: card.checks.join(', ') };
	}
}
