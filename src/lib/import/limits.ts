/**
 * Limits on every field that comes from a file (deck files, notes, CSV/TSV, .apkg, backups): a
 * small file must not make the app write gigabytes or freeze the tab. One check for every importer
 * ({@link deckLimitProblems}), each problem naming the field and its limit.
 */
import type { Card, Deck, Diagnostic } from '$lib/deck/types';
import { importDiag } from './diagnostics';
import type { Problem } from './messages';

export const LIMITS = {
	/** Deck and card ids (derived ids are far shorter: see `slugify`). */
	id: 200,
	/** Deck titles and descriptions, language tags, source names. */
	title: 500,
	/** One tag. */
	tag: 100,
	/** Tags on one card. */
	tags: 100,
	/** Options of a choice card. */
	options: 50,
	/** Checks of a YAML-fix card. */
	checks: 50,
	/** One text field of a card (front, back, prompt, answer, option, task, YAML…), characters, not counting images. */
	field: 100_000,
	/** One image inlined as a `data:` URL (a 2 MB image in base64, see media.ts). */
	dataUrl: 3_000_000,
	/** Cards in one deck. */
	cards: 500_000
} as const;

/** Fields of a card that hold short lists; every other string field is text bounded by `LIMITS.field`. */
const LIST_LIMITS: Record<string, { count: number; item: number }> = {
	tags: { count: LIMITS.tags, item: LIMITS.tag },
	options: { count: LIMITS.options, item: LIMITS.field },
	checks: { count: LIMITS.checks, item: LIMITS.tag }
};

const tooLong = (path: string, length: number, limit: number): Problem => ({ code: 'too-long', params: { path, length, limit } });
const tooMany = (path: string, count: number, limit: number, what: string): Problem => ({ code: 'too-many', params: { path, count, limit, what } });

/** Problems of one string field against `limit`, or null. */
export function stringLimit(path: string, value: unknown, limit: number): Problem | null {
	return typeof value === 'string' && value.length > limit ? tooLong(path, value.length, limit) : null;
}

const DATA_URL = /data:[\w.+/-]+;base64,[A-Za-z0-9+/=]*/g;

/** A text field: its text without inlined images within `LIMITS.field`, each image within `LIMITS.dataUrl`. */
function textLimit(path: string, value: unknown): Problem | null {
	if (typeof value !== 'string' || value.length <= LIMITS.field) return null;
	let images = 0;
	for (const m of value.matchAll(DATA_URL)) {
		if (m[0].length > LIMITS.dataUrl) return { code: 'image-too-long', params: { path, length: m[0].length, limit: LIMITS.dataUrl } };
		images += m[0].length;
	}
	return value.length - images > LIMITS.field ? tooLong(path, value.length - images, LIMITS.field) : null;
}

/** Problems of one card (`path` e.g. `cards[3]`), each naming the field and its limit. */
export function cardLimitProblems(card: Card | Record<string, unknown>, path: string): Problem[] {
	const out: Problem[] = [];
	for (const [key, value] of Object.entries(card)) {
		const list = Object.hasOwn(LIST_LIMITS, key) ? LIST_LIMITS[key] : null;
		if (list && Array.isArray(value)) {
			if (value.length > list.count) out.push(tooMany(`${path}.${key}`, value.length, list.count, key));
			else value.forEach((item, i) => {
				const p = stringLimit(`${path}.${key}[${i}]`, item, list.item);
				if (p) out.push(p);
			});
			continue;
		}
		const p = key === 'id' || key === 'deckId' ? stringLimit(`${path}.${key}`, value, LIMITS.id) : textLimit(`${path}.${key}`, value);
		if (p) out.push(p);
	}
	return out;
}

/** Problems of a deck's own fields (`path` prefix, e.g. `data.decks[0]` in a backup; '' for a deck file). */
export function deckMetaProblems(deck: Omit<Deck, 'cards'> | Record<string, unknown>, path = ''): Problem[] {
	const at = (key: string) => (path ? `${path}.${key}` : key);
	const d = deck as Record<string, unknown>;
	const source = (d.source ?? {}) as Record<string, unknown>;
	return [
		stringLimit(at('id'), d.id, LIMITS.id),
		stringLimit(at('title'), d.title, LIMITS.title),
		stringLimit(at('lang'), d.lang, LIMITS.tag),
		textLimit(at('description'), d.description),
		stringLimit(at('source.name'), source.name, LIMITS.title),
		stringLimit(at('source.hash'), source.hash, LIMITS.tag)
	].filter((p): p is Problem => p !== null);
}

/** Every limit a whole deck breaks (deck fields, card count, each card), first `max` of them. */
export function deckLimitProblems(deck: Deck, max = 20): Problem[] {
	const out = deckMetaProblems(deck);
	if (deck.cards.length > LIMITS.cards) out.push(tooMany('cards', deck.cards.length, LIMITS.cards, 'cards'));
	for (let i = 0; i < deck.cards.length && out.length < max; i++) out.push(...cardLimitProblems(deck.cards[i], `cards[${i}]`));
	return out.slice(0, max);
}

/** {@link deckLimitProblems} as error diagnostics of `file` (empty when the deck is within every limit). */
export function deckLimitDiagnostics(deck: Deck, file: string): Diagnostic[] {
	return deckLimitProblems(deck).map(({ code, params }) => importDiag(file, 1, 'error', code, params));
}
