/**
 * The collection side of the mutable documents `card:`, `deck:` and `setting:` (`docs/sync.md` §2):
 * what this device changed (stamped, to push), and applying merged documents here through the
 * same write functions the app uses (`saveCard`, `addCard`, `deleteCards`, `moveCards`,
 * `writeDecks`, `deleteDeck`, `setSetting`) with `fromSync`, so nothing is sent back and states and
 * tallies go through `writeStates`. A text changed on both sides since they last synced becomes a
 * clash the learner sees ({@link CardClash}).
 */
import type { Card } from '../deck/types';
import { parseId } from '../sync/hlc';
import { canonical, parseDocId, type Stamped, type StampedFields } from '../sync/fields';
import { addCard, deleteCards, deleteDeck, moveCards, saveCard } from './cards-admin';
import {
	PENDING_DOCS_KEY,
	SYNCED_SETTINGS,
	cardClashes,
	cardFields,
	cardText,
	deckFields,
	pendingDocs,
	writeClash,
	writeDecks,
	type CardClash,
	type CardText,
	type PendingDocs
} from './doc-writes';
import { setSetting } from './repository';
import type { DeckhandDb } from './schema';

/** The settings row that holds, per card, the clock of the text this device last received or sent. */
const KNOWN_TEXT_KEY = 'syncKnownText';

/** The noted fields of every changed document with their current values, stamped by `stamp(epoch ms of the change)`. */
export async function stampedChanges(db: DeckhandDb, stamp: (at: number) => string): Promise<{ sent: PendingDocs; fields: Map<string, StampedFields> }> {
	return db.transaction('r', [db.cards, db.decks, db.settings], async () => {
		const sent = await pendingDocs(db);
		const clashes = await cardClashes(db);
		const fields = new Map<string, StampedFields>();
		const keysOf = (kind: string) => Object.keys(sent).flatMap((id) => (parseDocId(id)?.kind === kind ? [parseDocId(id)!.key] : []));
		// One bulk read per table (an import notes thousands of cards).
		const [cardKeys, deckKeys, settingKeys] = [keysOf('card'), keysOf('deck'), keysOf('setting')];
		const [cards, decks, settingRows] = await Promise.all([db.cards.bulkGet(cardKeys), db.decks.bulkGet(deckKeys), db.settings.bulkGet(settingKeys)]);
		const rows = {
			card: new Map(cardKeys.map((key, i) => [key, cards[i]])),
			deck: new Map(deckKeys.map((key, i) => [key, decks[i]])),
			setting: new Map(settingKeys.map((key, i) => [key, settingRows[i]]))
		};
		for (const [id, noted] of Object.entries(sent)) {
			const parsed = parseDocId(id);
			if (!parsed) continue;
			const { kind, key } = parsed;
			const values: Record<string, unknown> =
				kind === 'card'
					? { ...cardFields(rows.card.get(key)), clash: clashes[key] ?? null }
					: kind === 'deck'
						? deckFields(rows.deck.get(key))
						: { value: rows.setting.get(key)?.value };
			const stamped: StampedFields = {};
			for (const [field, at] of Object.entries(noted)) if (values[field] !== undefined) stamped[field] = { v: values[field], t: stamp(at) };
			if (Object.keys(stamped).length) fields.set(id, stamped);
		}
		return { sent, fields };
	});
}

export interface DocsApplied {
	/** Documents that changed something here. */
	changed: number;
	/** Text clashes found in this merge. */
	clashes: number;
}

export interface ApplyDocsOptions {
	/** What was pushed (its pending notes are dropped when unchanged since). */
	sent?: PendingDocs;
	/**
	 * The other side's fields before the merge, when `incoming` is a merge result (after a push);
	 * a pull passes nothing (the incoming documents are the other side's).
	 */
	theirs?: ReadonlyMap<string, StampedFields>;
	/** Epoch ms (a card or deck created here from a document is added at this time). */
	now: number;
}

type Fields = Partial<Record<string, Stamped<unknown>>>;

/**
 * Apply merged documents in one transaction: decks first (a card's deck must exist), then cards,
 * then settings. A field changed here later than the incoming one and not sent yet is kept.
 */
export async function applyDocs(db: DeckhandDb, incoming: ReadonlyMap<string, StampedFields>, stamp: (at: number) => string, opts: ApplyDocsOptions): Promise<DocsApplied> {
	const report: DocsApplied = { changed: 0, clashes: 0 };
	if (incoming.size === 0 && !opts.sent) return report;
	await db.transaction('rw', [db.decks, db.cards, db.states, db.tallies, db.settings, db.revlog, db.activity], async () => {
		const pending = await pendingDocs(db);
		const known = ((await db.settings.get(KNOWN_TEXT_KEY))?.value as Record<string, string> | undefined) ?? {};
		// 1. Text clashes, judged before the sent notes are dropped: this device changed the text
		// (noted, maybe just sent) and the other side holds a different text this device never saw.
		for (const [id, fields] of incoming) {
			const parsed = parseDocId(id);
			const at = pending[id]?.text;
			const other = (opts.theirs ? opts.theirs.get(id) : fields)?.text as Stamped<CardText> | undefined;
			if (parsed?.kind !== 'card' || at === undefined || !other || other.t === stamp(at) || other.t === known[parsed.key] || !checkedCardFields({ text: other }).text) continue;
			const row = await db.cards.get(parsed.key);
			if (!row) continue;
			const mine: Stamped<CardText> = { v: cardText(row), t: stamp(at) };
			if (canonical(mine.v) === canonical(other.v)) continue;
			const clash: CardClash = mine.t > other.t ? { kept: mine, other } : { kept: other, other: mine };
			await writeClash(db, parsed.key, clash, { now: opts.now });
			report.clashes++;
		}
		// 2. Notes of what was sent and not changed since are done with.
		const after = await pendingDocs(db);
		for (const [id, fields] of Object.entries(opts.sent ?? {})) {
			const entry = after[id];
			if (!entry) continue;
			for (const [field, at] of Object.entries(fields)) if (entry[field] === at) delete entry[field];
			if (Object.keys(entry).length === 0) delete after[id];
		}
		await db.settings.put({ key: PENDING_DOCS_KEY, value: after });
		// 3. Each document's fields that win here: not changed here later (and not sent yet).
		const effective = (id: string, fields: StampedFields): Fields => {
			const out: Fields = {};
			for (const [field, value] of Object.entries(fields)) {
				const mine = after[id]?.[field];
				if (value && (mine === undefined || stamp(mine) <= value.t)) out[field] = value;
			}
			return out;
		};
		const ordered = [...incoming].map(([id, fields]) => ({ id, parsed: parseDocId(id), fields })).filter((d) => d.parsed);
		const rank = { deck: 0, card: 1, setting: 2 } as const;
		ordered.sort((a, b) => rank[a.parsed!.kind] - rank[b.parsed!.kind]);
		for (const { id, parsed, fields } of ordered) {
			const { kind, key } = parsed!;
			const win = effective(id, fields);
			const changed =
				kind === 'deck'
					? await applyDeck(db, key, win, fields, !!after[id]?.deleted, opts.now)
					: kind === 'card'
						? await applyCard(db, key, win, fields, !!after[id]?.deleted, opts.now)
						: await applySetting(db, key, win);
			if (changed) report.changed++;
			const text = fields.text;
			if (kind === 'card' && text) known[key] = text.t;
		}
		await db.settings.put({ key: KNOWN_TEXT_KEY, value: known });
	});
	return report;
}

const fromSync = { fromSync: true } as const;
const CARD_KINDS: readonly unknown[] = ['concept', 'command', 'choice', 'yamlfix'];

/**
 * A document written by another client may hold anything: a field whose value is not what the app
 * writes is left out (the card keeps what it has) rather than stored.
 */
function checkedCardFields(fields: Fields): Fields {
	const out: Fields = { ...fields };
	const text = fields.text?.v as CardText | undefined;
	if (fields.text && (!text || typeof text !== 'object' || !CARD_KINDS.includes(text.kind))) delete out.text;
	const tags = fields.tags?.v;
	if (fields.tags && !(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string'))) delete out.tags;
	if (fields.deckId && (typeof fields.deckId.v !== 'string' || fields.deckId.v === '')) delete out.deckId;
	if (fields.deleted && typeof fields.deleted.v !== 'boolean') delete out.deleted;
	const clash = fields.clash?.v as CardClash | null | undefined;
	if (fields.clash && clash !== null && !(clash && typeof clash === 'object' && clash.kept?.v && clash.other?.v)) delete out.clash;
	return out;
}

/** Make sure a learner's deck exists for a pulled card (its own document brings the title later); false for a built-in deck. */
async function ensureOwnDeck(db: DeckhandDb, deckId: string, now: number): Promise<boolean> {
	const deck = await db.decks.get(deckId);
	if (deck) return !deck.builtin;
	await writeDecks(db, [[undefined, { id: deckId, title: deckId, lang: 'ko', addedAt: now }]], fromSync);
	return true;
}

async function applyCard(db: DeckhandDb, cardId: string, winning: Fields, incoming: StampedFields, deletedHere: boolean, now: number): Promise<boolean> {
	const win = checkedCardFields(winning);
	const all = checkedCardFields(incoming);
	let changed = false;
	if (win.clash) {
		const before = (await cardClashes(db))[cardId] ?? null;
		if (canonical(before) !== canonical(win.clash.v)) {
			await writeClash(db, cardId, (win.clash.v as CardClash | null) ?? null, fromSync);
			changed = true;
		}
	}
	const row = await db.cards.get(cardId);
	if (win.deleted?.v === true) {
		if (row) await deleteCards(db, [cardId], fromSync);
		return changed || !!row;
	}
	if (!row) {
		// A card made on another device: added in its deck as a new card (unless deleted here, or a built-in card this version lacks).
		const text = all.text?.v as CardText | undefined;
		const deckId = all.deckId?.v as string | undefined;
		if (deletedHere || all.deleted?.v === true || !text || !deckId || !(await ensureOwnDeck(db, deckId, now))) return changed;
		await addCard(db, deckId, { ...text, id: cardId, tags: (all.tags?.v as string[] | undefined) ?? [] } as Card, now, deckId, fromSync);
		return true;
	}
	const text = (win.text?.v as CardText | undefined) ?? cardText(row);
	const tags = (win.tags?.v as string[] | undefined) ?? row.tags;
	if ((win.text || win.tags) && text.kind === row.kind && canonical({ text, tags }) !== canonical({ text: cardText(row), tags: row.tags })) {
		await saveCard(db, { ...text, id: cardId, tags } as Card, fromSync);
		changed = true;
	}
	const deckId = win.deckId?.v as string | undefined;
	if (deckId && deckId !== row.deckId && !(await db.decks.get(row.deckId))?.builtin && (await ensureOwnDeck(db, deckId, now))) {
		await moveCards(db, [cardId], deckId, fromSync);
		changed = true;
	}
	return changed;
}

async function applyDeck(db: DeckhandDb, deckId: string, win: Fields, all: StampedFields, deletedHere: boolean, now: number): Promise<boolean> {
	const row = await db.decks.get(deckId);
	if (win.deleted?.v === true) {
		if (row && !row.builtin) await deleteDeck(db, deckId, fromSync);
		return !!row && !row.builtin;
	}
	if (!row) {
		if (deletedHere || all.deleted?.v === true || typeof all.title?.v !== 'string') return false;
		await writeDecks(db, [[undefined, { id: deckId, title: all.title.v, lang: String(all.lang?.v ?? 'ko'), addedAt: now, ...(all.hidden?.v ? { hidden: true } : {}) }]], fromSync);
		return true;
	}
	const { hidden: _hidden, ...rest } = row;
	const next = {
		...rest,
		...(!row.builtin && typeof win.title?.v === 'string' ? { title: win.title.v } : {}),
		...(!row.builtin && typeof win.lang?.v === 'string' ? { lang: win.lang.v } : {}),
		...((win.hidden ? win.hidden.v : row.hidden) ? { hidden: true } : {})
	};
	if (canonical(next) === canonical(row)) return false;
	await writeDecks(db, [[row, next]], fromSync);
	return true;
}

async function applySetting(db: DeckhandDb, key: string, win: Fields): Promise<boolean> {
	if (!SYNCED_SETTINGS.includes(key) || !win.value) return false;
	if (canonical((await db.settings.get(key))?.value) === canonical(win.value.v)) return false;
	await setSetting(db, key, win.value.v, fromSync);
	return true;
}

/**
 * Settle a text clash: keep the text the card has (`'kept'`) or put the other one back (`'other'`,
 * a new edit); either way the clash closes, and both the choice and the closing sync.
 */
export async function resolveClash(db: DeckhandDb, cardId: string, choice: 'kept' | 'other', now = Date.now()): Promise<void> {
	await db.transaction('rw', [db.decks, db.cards, db.states, db.tallies, db.settings], async () => {
		const clash = (await cardClashes(db))[cardId];
		if (!clash) return;
		// The choice is a change after both texts, even when one of them was stamped by a clock ahead of this one.
		const at = Math.max(now, ...[clash.kept.t, clash.other.t].map((t) => (parseId(t)?.wall ?? 0) + 1));
		const row = await db.cards.get(cardId);
		if (row && choice === 'other') await saveCard(db, { ...clash.other.v, id: cardId, tags: row.tags } as Card, { now: at });
		await writeClash(db, cardId, null, { now: at });
	});
}
