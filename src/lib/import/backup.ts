/**
 * Backup and restore as one JSON file (`"format": "deckhand/backup@1"`), and the merge of two
 * collections. Pure data: the db layer reads the tables into a {@link BackupData} and writes the
 * result of {@link mergeBackup} back in one transaction.
 */
import type { Card, Deck, Diagnostic } from '$lib/deck/types';
import type { CardState, ReviewLog } from '$lib/srs/types';
import { hashText } from '$lib/deck/ids';
import { DECK_FORMAT, validateDeckFile } from '$lib/deck/schema';
import { checkStoredSettings } from '$lib/srs/settings';
import { hasErrors, importDiag } from './diagnostics';
import { fieldProblem, type Problem } from './messages';
import { LIMITS, cardLimitProblems, deckMetaProblems, stringLimit } from './limits';
import { replayReviews, type SrsSettings } from '$lib/srs/fsrs';
import { errorMessage } from '../errors';

export const BACKUP_FORMAT = 'deckhand/backup@1' as const;

/** A deck row (its cards are in {@link BackupData.cards}; a `cards` array, if present, is kept as is). */
export type DeckRow = Omit<Deck, 'cards'> & { cards?: Card[] };
/** A card row: the card plus the id of its deck. */
export type CardRow = Card & { deckId: string };

export interface BackupData {
	decks: DeckRow[];
	cards: CardRow[];
	states: CardState[];
	revlog: ReviewLog[];
	settings: Record<string, unknown>;
}

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	/** When the backup was made, epoch ms. */
	createdAt: number;
	counts: { decks: number; cards: number; states: number; revlog: number };
	/** `hashText` of `JSON.stringify(data)`: detects a damaged or hand-edited file. */
	checksum: string;
	data: BackupData;
}

function checksum(data: BackupData): string {
	return `fnv:${hashText(JSON.stringify(data))}`;
}

/** Serialise a whole collection. `now` is the creation time in epoch ms. */
export function createBackup(data: BackupData, options: { now?: number } = {}): string {
	const file: BackupFile = {
		format: BACKUP_FORMAT,
		createdAt: options.now ?? Date.now(),
		counts: { decks: data.decks.length, cards: data.cards.length, states: data.states.length, revlog: data.revlog.length },
		checksum: checksum(data),
		data
	};
	return JSON.stringify(file);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Read a backup file. Never throws. Checks the format, the counts, the checksum and the shape of
 * every row (first problems reported with their table and index); no backup when anything is wrong.
 */
export function parseBackup(text: string, file: string): { backup?: BackupFile; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const err = ({ code, params }: Problem) => diagnostics.push(importDiag(file, 1, 'error', code, params));
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		err({ code: 'json-syntax', params: { error: errorMessage(e) } });
		return { diagnostics };
	}
	if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
		err({ code: 'backup-not-backup', params: { format: BACKUP_FORMAT, got: isRecord(value) && typeof value.format === 'string' ? value.format : '' } });
		return { diagnostics };
	}
	const data = value.data;
	if (!isRecord(data)) {
		err(fieldProblem('data', 'expected object', '객체여야 합니다'));
		return { diagnostics };
	}
	for (const t of ['decks', 'cards', 'states', 'revlog'] as const) if (!Array.isArray(data[t])) err(fieldProblem(`data.${t}`, 'expected array', '배열이어야 합니다'));
	if (!isRecord(data.settings)) err(fieldProblem('data.settings', 'expected object', '객체여야 합니다'));
	if (hasErrors(diagnostics)) return { diagnostics };
	const d = data as unknown as BackupData;
	const counts = isRecord(value.counts) ? value.counts : {};
	for (const t of ['decks', 'cards', 'states', 'revlog'] as const) {
		if (counts[t] !== d[t].length) err({ code: 'backup-incomplete', params: { table: t, declared: JSON.stringify(counts[t]) ?? 'undefined', actual: d[t].length } });
	}
	if (value.checksum !== checksum(d)) err({ code: 'backup-checksum', params: {} });
	if (!isNum(value.createdAt)) err(fieldProblem('createdAt', 'expected epoch ms', '시각(epoch ms)이어야 합니다'));

	const problems: Problem[] = [];
	d.decks.forEach((deck, i) => {
		if (!isRecord(deck) || typeof deck.id !== 'string' || typeof deck.title !== 'string' || typeof deck.lang !== 'string') problems.push(fieldProblem(`data.decks[${i}]`, 'expected {id, title, lang}', '{id, title, lang}이 있어야 합니다'));
	});
	const rows = d.cards.map((c) => {
		if (!isRecord(c)) return c;
		const { deckId: _deckId, ...card } = c as CardRow;
		return card;
	});
	const cardCheck = validateDeckFile({ format: DECK_FORMAT, id: 'backup', title: '', lang: '', cards: rows });
	for (const x of cardCheck.issues) if (x.severity === 'error') problems.push(fieldProblem(`data.${x.path}`, x.message, x.messageKo));
	d.cards.forEach((c, i) => {
		if (isRecord(c) && typeof c.deckId !== 'string') problems.push(fieldProblem(`data.cards[${i}].deckId`, 'expected string', '문자열이어야 합니다'));
	});
	d.states.forEach((s, i) => {
		if (!isRecord(s) || typeof s.cardId !== 'string' || typeof s.deckId !== 'string' || !isNum(s.due) || !isNum(s.stability) || !isNum(s.difficulty) || ![0, 1, 2, 3].includes(s.state as number)) {
			problems.push(fieldProblem(`data.states[${i}]`, 'expected a card state {cardId, deckId, due, stability, difficulty, state 0-3, …}', '카드 학습 상태가 아닙니다'));
		}
	});
	d.revlog.forEach((r, i) => {
		if (!isRecord(r) || typeof r.cardId !== 'string' || ![1, 2, 3, 4].includes(r.rating as number) || !isNum(r.review) || !isNum(r.duration)) {
			problems.push(fieldProblem(`data.revlog[${i}]`, 'expected a review {cardId, rating 1-4, review, duration, …}', '복습 기록이 아닙니다'));
		}
	});
	// Limits on every field, and ids that must be unique (a duplicate would silently overwrite a row).
	d.decks.forEach((deck, i) => isRecord(deck) && problems.push(...deckMetaProblems(deck, `data.decks[${i}]`)));
	d.cards.forEach((c, i) => isRecord(c) && problems.push(...cardLimitProblems(c, `data.cards[${i}]`)));
	const idLimit = (rows: readonly unknown[], table: string, keys: string[]) =>
		rows.forEach((r, i) => {
			for (const k of keys) {
				const p = isRecord(r) ? stringLimit(`data.${table}[${i}].${k}`, r[k], LIMITS.id) : null;
				if (p) problems.push(p);
			}
		});
	idLimit(d.states, 'states', ['cardId', 'deckId']);
	idLimit(d.revlog, 'revlog', ['cardId', 'deckId']);
	const unique = (rows: readonly unknown[], table: string, key: string) => {
		const seen = new Map<unknown, number>();
		rows.forEach((r, i) => {
			const id = isRecord(r) ? r[key] : undefined;
			if (id === undefined) return;
			const first = seen.get(id);
			if (first !== undefined) problems.push({ code: 'backup-duplicate-id', params: { path: `data.${table}[${i}].${key}`, id: JSON.stringify(id).slice(0, 60), first: `data.${table}[${first}]` } });
			else seen.set(id, i);
		});
	};
	unique(d.decks, 'decks', 'id');
	unique(d.states, 'states', 'cardId');
	unique(d.revlog, 'revlog', 'id');
	for (const p of problems.slice(0, 20)) err(p);
	if (problems.length > 20) err({ code: 'backup-more-problems', params: { count: problems.length - 20 } });
	if (hasErrors(diagnostics)) return { diagnostics };
	// Orphans: a card of no deck, a state of no card. Nothing can show them, and they would count as due
	// for ever: left out, with a warning. (A review-log row of a deleted card is kept: history stays.)
	const deckIds = new Set(d.decks.map((deck) => deck.id));
	const cards = d.cards.filter((c) => deckIds.has(c.deckId));
	const cardIds = new Set([...cards.map((c) => c.id), ...d.decks.flatMap((deck) => (deck.cards ?? []).map((c) => c.id))]);
	const states = d.states.filter((st) => cardIds.has(st.cardId));
	const orphans = (count: number, code: 'backup-orphan-cards' | 'backup-orphan-states') => count && diagnostics.push(importDiag(file, 1, 'warning', code, { count }));
	orphans(d.cards.length - cards.length, 'backup-orphan-cards');
	orphans(d.states.length - states.length, 'backup-orphan-states');
	if (cards.length !== d.cards.length || states.length !== d.states.length) (value as { data: BackupData }).data = { ...d, cards, states };
	for (const x of checkStoredSettings(d.settings).ignored) {
		diagnostics.push(importDiag(file, 1, 'warning', 'backup-setting-ignored', { path: x.path, value: String(x.value) }));
	}
	return { backup: value as unknown as BackupFile, diagnostics };
}

export interface MergeOptions {
	/** Whose deck/card content, settings and card flags win when both have the same id (default 'incoming'). */
	prefer?: 'existing' | 'incoming';
	/** For states rebuilt by replay: epoch ms, and the FSRS settings to replay with. */
	now?: number;
	settings?: SrsSettings;
}

export interface MergeReport {
	decksAdded: number;
	cardsAdded: number;
	logsAdded: number;
	/** Cards whose state was recomputed from the merged log. */
	statesRebuilt: number;
}

const logKey = (r: { cardId: string; review: number }) => `${r.cardId}\u0000${r.review}`;

function unionById<T>(a: readonly T[], b: readonly T[], id: (x: T) => string, preferB: boolean): { rows: T[]; added: number } {
	const out = new Map<string, T>();
	for (const x of a) out.set(id(x), x);
	let added = 0;
	for (const x of b) {
		const k = id(x);
		if (!out.has(k)) added++;
		if (!out.has(k) || preferB) out.set(k, x);
	}
	return { rows: [...out.values()], added };
}

/**
 * Merge two collections (restore into a non-empty database, or two devices). Decks, cards and
 * settings are merged by id (`prefer` decides conflicts). Review logs are unioned and deduplicated by
 * (cardId, review time); the log is the source of truth, so a card's state is kept only when one
 * side's log already holds every merged answer (that side's state), and otherwise is rebuilt by
 * replaying the merged log, keeping the preferred side's suspended/buried flags and tags. New log
 * rows from `incoming` lose their `id` (the database assigns one).
 */
export function mergeBackup(existing: BackupData, incoming: BackupData, options: MergeOptions = {}): { data: BackupData; report: MergeReport } {
	const preferIncoming = (options.prefer ?? 'incoming') === 'incoming';
	const decks = unionById(existing.decks, incoming.decks, (d) => d.id, preferIncoming);
	const cards = unionById(existing.cards, incoming.cards, (c) => c.id, preferIncoming);

	const logs = new Map<string, ReviewLog>();
	for (const r of existing.revlog) logs.set(logKey(r), r);
	let logsAdded = 0;
	for (const r of incoming.revlog) {
		const k = logKey(r);
		if (logs.has(k)) continue;
		const { id: _id, ...row } = r;
		logs.set(k, row);
		logsAdded++;
	}
	const revlog = [...logs.values()].sort((a, b) => a.review - b.review || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));

	const keysOf = (rows: readonly ReviewLog[]) => {
		const m = new Map<string, Set<string>>();
		for (const r of rows) {
			let s = m.get(r.cardId);
			if (!s) m.set(r.cardId, (s = new Set()));
			s.add(logKey(r));
		}
		return m;
	};
	const eKeys = keysOf(existing.revlog);
	const iKeys = keysOf(incoming.revlog);
	const mergedByCard = new Map<string, ReviewLog[]>();
	for (const r of revlog) {
		const list = mergedByCard.get(r.cardId);
		if (list) list.push(r);
		else mergedByCard.set(r.cardId, [r]);
	}
	const eStates = new Map(existing.states.map((s) => [s.cardId, s]));
	const iStates = new Map(incoming.states.map((s) => [s.cardId, s]));
	const cardDeck = new Map(cards.rows.map((c) => [c.id, c.deckId]));
	const ids = new Set([...eStates.keys(), ...iStates.keys(), ...mergedByCard.keys()]);
	const states: CardState[] = [];
	let statesRebuilt = 0;
	for (const cardId of ids) {
		const merged = mergedByCard.get(cardId) ?? [];
		const e = eStates.get(cardId);
		const i = iStates.get(cardId);
		const eHasAll = (eKeys.get(cardId)?.size ?? 0) === merged.length;
		const iHasAll = (iKeys.get(cardId)?.size ?? 0) === merged.length;
		const preferred = preferIncoming ? (i ?? e) : (e ?? i);
		let kept: CardState | undefined;
		if (eHasAll && iHasAll) kept = preferred;
		else if (eHasAll) kept = e;
		else if (iHasAll) kept = i;
		if (kept) {
			// Flags follow `prefer` even when the scheduling comes from the other side.
			states.push(preferred && preferred !== kept ? { ...kept, suspended: preferred.suspended, buriedUntil: preferred.buriedUntil, ...(preferred.tags ? { tags: preferred.tags } : {}) } : kept);
			continue;
		}
		const { state } = replayReviews(merged, options.now ?? Date.now(), options.settings);
		const deckId = preferred?.deckId ?? cardDeck.get(cardId) ?? merged[0]?.deckId ?? '';
		const rebuilt: CardState = { cardId, deckId, ...state, suspended: preferred?.suspended ?? 0, buriedUntil: preferred?.buriedUntil ?? 0 };
		if (preferred?.tags) rebuilt.tags = preferred.tags;
		states.push(rebuilt);
		statesRebuilt++;
	}
	const settings = preferIncoming ? { ...existing.settings, ...incoming.settings } : { ...incoming.settings, ...existing.settings };
	return {
		data: { decks: decks.rows, cards: cards.rows, states, revlog, settings },
		report: { decksAdded: decks.added, cardsAdded: cards.added, logsAdded, statesRebuilt }
	};
}
