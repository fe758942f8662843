/**
 * Anki packages (.apkg / .colpkg) → one Deck of concept cards (their images inlined, see media.ts) and
 * the review log mapped to our card ids. Never throws: a package that cannot be read gives an error
 * diagnostic and no deck.
 *
 * Package layout: a zip holding `collection.anki21b` (zstd-compressed SQLite, schema 18, Anki ≥ 2.1.50),
 * or `collection.anki21` / `collection.anki2` (plain SQLite, older schema). Packages written by new
 * Anki versions also hold a dummy `collection.anki2` whose only note says "please update": it is never
 * read when `collection.anki21b` exists. `media` maps zip entry names ("0", "1", …) to file names: JSON
 * in old packages, zstd + protobuf `MediaEntries` in new ones (where each media file is zstd too).
 *
 * sql.js is loaded lazily (dynamic import) so that only the import screen pays for it; its wasm comes
 * from the caller (`locateFile` in the browser, `wasmBinary` in node).
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { ConceptCard, Deck, Diagnostic } from '$lib/deck/types';
import type { Grade } from '$lib/srs/types';
import { cardId, hashText, slugify } from '$lib/deck/ids';
import { errorMessage } from '../errors';
import type { Params } from '$lib/notes/messages';
import { checkFileSize, importDiag, mb } from './diagnostics';
import type { ImportMessageCode } from './messages';
import { clozeNumbers, expandCloze } from './cloze';
import { readProto, protoInt, protoString } from './protobuf';
import { MAX_IMAGE_BYTES, inlineImages, mediaDataUrls } from './media';
import { defaultSanitizer, isSafeMediaName, markdownImage, markdownImageUrl, type Sanitizer } from './sanitize';
import { deckLimitDiagnostics } from './limits';
import { isZstd } from './zstd';
import { TooLargeError, unzipBounded, unzipEntry, unzstdBounded, zipEntries, type ZipEntryInfo } from './unpack';

/** One answer from Anki's `revlog`, ready for {@link replayReviews}. */
export interface ApkgReview {
	/** Our card id. */
	cardId: string;
	rating: Grade;
	/** When the answer was given, epoch ms. */
	review: number;
	/** Time spent, ms. */
	duration: number;
}

export interface SqlWasmOptions {
	/** An already initialised sql.js (skips loading). */
	sql?: SqlJsStatic;
	/** Where the browser fetches `sql-wasm.wasm` from. */
	locateFile?: (file: string) => string;
	/** The wasm bytes (node, tests). */
	wasmBinary?: ArrayBuffer | Uint8Array;
}

export interface ApkgOptions {
	sqlWasm?: SqlWasmOptions;
	/** Default: DOMPurify when a DOM exists, else the text sanitiser. */
	sanitize?: Sanitizer;
	deckTitle?: string;
	deckId?: string;
	lang?: string;
}

export interface ApkgResult {
	deck?: Deck;
	reviews: ApkgReview[];
	diagnostics: Diagnostic[];
}

interface NoteType {
	name: string;
	cloze: boolean;
	fields: string[];
	templates: { name: string; qfmt: string; afmt: string }[];
}

const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'];
/** Largest collection database unpacked (SQLite, after zip and zstd): sql.js holds it in memory. */
export const MAX_COLLECTION_BYTES = 256 * 1024 * 1024;
/** Largest media list or meta entry unpacked. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
const SQLITE_MAGIC = 'SQLite format 3\0';
const SPECIAL_FIELDS = new Set(['FrontSide', 'Tags', 'Deck', 'Subdeck', 'Card', 'CardFlag', 'Type', 'CardID']);

let sqlCache: { key: unknown; sql: Promise<SqlJsStatic> } | undefined;

async function loadSql(options: SqlWasmOptions = {}): Promise<SqlJsStatic> {
	if (options.sql) return options.sql;
	const key = options.wasmBinary ?? options.locateFile ?? 'default';
	if (sqlCache?.key === key) return sqlCache.sql;
	const sql = import('sql.js').then((m) => {
		const init = (m as unknown as { default: (c?: object) => Promise<SqlJsStatic> }).default ?? m;
		const config: { locateFile?: (f: string) => string; wasmBinary?: ArrayBuffer } = {};
		if (options.locateFile) config.locateFile = options.locateFile;
		if (options.wasmBinary) {
			const b = options.wasmBinary;
			config.wasmBinary = b instanceof Uint8Array ? (b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer) : b;
		}
		return (init as (c?: object) => Promise<SqlJsStatic>)(config);
	});
	sqlCache = { key, sql };
	sql.catch(() => {
		if (sqlCache?.sql === sql) sqlCache = undefined;
	});
	return sql;
}

function rows(db: Database, sql: string): SqlValue[][] {
	const res = db.exec(sql);
	return res.length ? res[0].values : [];
}

function tableNames(db: Database): Set<string> {
	return new Set(rows(db, "select name from sqlite_master where type = 'table'").map((r) => String(r[0])));
}

/** Field names referenced by a card template, in order (filters like `type:` / `cloze:` removed). */
export function templateFields(template: string): { name: string; filter: string }[] {
	const out: { name: string; filter: string }[] = [];
	for (const m of template.matchAll(/\{\{([^{}]+)\}\}/g)) {
		const inner = m[1].trim();
		if (/^[#/^!]/.test(inner)) continue;
		const parts = inner.split(':');
		const name = parts[parts.length - 1].trim();
		const filter = parts.slice(0, -1).join(':').trim();
		if (!name || SPECIAL_FIELDS.has(name)) continue;
		if (!out.some((x) => x.name === name)) out.push({ name, filter });
	}
	return out;
}

function readLegacyNoteTypes(db: Database): { types: Map<string, NoteType>; decks: Map<string, string> } {
	const [row] = rows(db, 'select models, decks from col');
	const types = new Map<string, NoteType>();
	const decks = new Map<string, string>();
	if (!row) return { types, decks };
	const models = JSON.parse(String(row[0] ?? '{}')) as Record<string, { name?: string; type?: number; flds?: { name: string; ord?: number }[]; tmpls?: { name: string; ord?: number; qfmt?: string; afmt?: string }[] }>;
	for (const [id, m] of Object.entries(models)) {
		const flds = [...(m.flds ?? [])].sort((a, b) => (a.ord ?? 0) - (b.ord ?? 0));
		const tmpls = [...(m.tmpls ?? [])].sort((a, b) => (a.ord ?? 0) - (b.ord ?? 0));
		types.set(id, {
			name: m.name ?? id,
			cloze: m.type === 1,
			fields: flds.map((f) => f.name),
			templates: tmpls.map((t) => ({ name: t.name, qfmt: t.qfmt ?? '', afmt: t.afmt ?? '' }))
		});
	}
	const deckJson = JSON.parse(String(row[1] ?? '{}')) as Record<string, { name?: string }>;
	for (const [id, d] of Object.entries(deckJson)) decks.set(id, d.name ?? id);
	return { types, decks };
}

function readNoteTypes(db: Database, tables: Set<string>): { types: Map<string, NoteType>; decks: Map<string, string> } {
	if (!tables.has('notetypes')) return readLegacyNoteTypes(db);
	const types = new Map<string, NoteType>();
	for (const [id, name, config] of rows(db, 'select id, name, config from notetypes')) {
		let cloze = false;
		try {
			cloze = config instanceof Uint8Array && protoInt(readProto(config), 1) === 1;
		} catch {
			// unreadable config: decided below from the templates
		}
		types.set(String(id), { name: String(name), cloze, fields: [], templates: [] });
	}
	for (const [ntid, , name] of rows(db, 'select ntid, ord, name from fields order by ntid, ord')) {
		types.get(String(ntid))?.fields.push(String(name));
	}
	for (const [ntid, , name, config] of rows(db, 'select ntid, ord, name, config from templates order by ntid, ord')) {
		let qfmt = '';
		let afmt = '';
		try {
			if (config instanceof Uint8Array) {
				const f = readProto(config);
				qfmt = protoString(f, 1) ?? '';
				afmt = protoString(f, 2) ?? '';
			}
		} catch {
			// leave empty: front/back fall back to field order
		}
		types.get(String(ntid))?.templates.push({ name: String(name), qfmt, afmt });
	}
	for (const t of types.values()) if (!t.cloze && t.templates.some((x) => /\{\{cloze:/.test(x.qfmt))) t.cloze = true;
	const decks = new Map<string, string>();
	if (tables.has('decks')) {
		for (const [id, name] of rows(db, 'select id, name from decks')) decks.set(String(id), String(name).split('\x1f').join('::'));
	} else return { types, decks: readLegacyNoteTypes(db).decks };
	return { types, decks };
}

function readMediaMap(bytes: Uint8Array | undefined, file: string, diagnostics: Diagnostic[]): Map<string, string> {
	const byName = new Map<string, string>(); // file name → zip entry
	if (!bytes || bytes.length === 0) return byName;
	try {
		const text = isZstd(bytes) ? null : new TextDecoder().decode(bytes);
		if (text !== null && text.trimStart().startsWith('{')) {
			for (const [zipName, name] of Object.entries(JSON.parse(text) as Record<string, string>)) byName.set(String(name), zipName);
			return byName;
		}
		const entries = readProto(isZstd(bytes) ? unzstdBounded(bytes, 'media', MAX_LIST_BYTES) : bytes);
		let index = 0;
		for (const e of entries) {
			if (e.field !== 1 || !e.bytes) continue;
			const f = readProto(e.bytes);
			const name = protoString(f, 1);
			const legacy = protoInt(f, 255);
			if (name) byName.set(name, String(legacy ?? index));
			index++;
		}
	} catch (e) {
		diagnostics.push(importDiag(file, 1, 'warning', 'apkg-media-list-unreadable', { error: errorMessage(e) }));
	}
	return byName;
}

function fail(file: string, code: ImportMessageCode, params: Params, diagnostics: Diagnostic[] = []): ApkgResult {
	return { reviews: [], diagnostics: [...diagnostics, importDiag(file, 1, 'error', code, params)] };
}

/**
 * Read an Anki package. Basic/reversed note types give one concept card per Anki card (the fields
 * on the template's question side → front, the rest of the answer side → back); cloze notes give one
 * card per cloze number (front with `[...]`, back = the answer). HTML is sanitised to Markdown text;
 * images are kept when the package holds them, else dropped with a warning. `reviews` are the
 * revlog's answers (ease 1–4 of learn/review/relearn/filtered entries; manual reschedules skipped),
 * times in epoch ms.
 */
export async function readApkg(bytes: Uint8Array, file: string, options: ApkgOptions = {}): Promise<ApkgResult> {
	const tooBig = checkFileSize(file, bytes.length);
	if (tooBig) return { reviews: [], diagnostics: [tooBig] };
	if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
		return fail(file, 'apkg-not-zip', {});
	}
	let entries: Record<string, Uint8Array>;
	try {
		// Sizes are checked as declared and while inflating: a tiny file cannot unpack to gigabytes.
		entries = unzipBounded(bytes, (name) => (COLLECTIONS.includes(name) ? MAX_COLLECTION_BYTES : name === 'media' || name === 'meta' ? MAX_LIST_BYTES : null));
	} catch (e) {
		if (e instanceof TooLargeError) return fail(file, 'apkg-too-large', { detail: e.message });
		return fail(file, 'apkg-zip-damaged', { error: errorMessage(e) });
	}
	const diagnostics: Diagnostic[] = [];
	const chosen = COLLECTIONS.find((n) => entries[n]);
	if (!chosen) return fail(file, 'apkg-no-collection', {});
	let version: number | undefined;
	if (entries.meta) {
		try {
			version = protoInt(readProto(entries.meta), 1);
		} catch {
			diagnostics.push(importDiag(file, 1, 'warning', 'apkg-meta-unreadable'));
		}
	}
	if (chosen === 'collection.anki2' && version !== undefined && version >= 3) {
		return fail(file, 'apkg-new-format-missing', {}, diagnostics);
	}
	let dbBytes = entries[chosen];
	if (chosen === 'collection.anki21b' || isZstd(dbBytes)) {
		try {
			dbBytes = unzstdBounded(dbBytes, chosen, MAX_COLLECTION_BYTES);
		} catch (e) {
			if (e instanceof TooLargeError) return fail(file, 'apkg-too-large', { detail: e.message }, diagnostics);
			return fail(file, 'apkg-bad-zstd', { name: chosen, error: errorMessage(e) }, diagnostics);
		}
	}
	if (dbBytes.length < 100 || new TextDecoder().decode(dbBytes.subarray(0, 16)) !== SQLITE_MAGIC) {
		return fail(file, 'apkg-not-sqlite', { name: chosen }, diagnostics);
	}

	let sql: SqlJsStatic;
	try {
		sql = await loadSql(options.sqlWasm);
	} catch (e) {
		return fail(file, 'apkg-sqlite-unavailable', { error: errorMessage(e) }, diagnostics);
	}
	let db: Database | undefined;
	try {
		db = new sql.Database(dbBytes);
		return buildResult(db, entries, bytes, file, chosen, options, diagnostics);
	} catch (e) {
		return fail(file, 'apkg-unreadable', { name: chosen, error: errorMessage(e) }, diagnostics);
	} finally {
		db?.close();
	}
}

function buildResult(db: Database, entries: Record<string, Uint8Array>, zip: Uint8Array, file: string, chosen: string, options: ApkgOptions, diagnostics: Diagnostic[]): ApkgResult {
	const tables = tableNames(db);
	for (const t of ['notes', 'cards', 'col']) if (!tables.has(t)) return fail(file, 'apkg-missing-table', { name: chosen, table: t }, diagnostics);
	const { types, decks } = readNoteTypes(db, tables);
	const notes = new Map<number, { guid: string; mid: string; tags: string[]; fields: string[] }>();
	for (const [id, guid, mid, tags, flds] of rows(db, 'select id, guid, mid, tags, flds from notes')) {
		notes.set(Number(id), { guid: String(guid), mid: String(mid), tags: String(tags ?? '').trim().split(/\s+/).filter(Boolean), fields: String(flds ?? '').split('\x1f') });
	}
	if (chosen === 'collection.anki2' && notes.size === 1 && /update to the latest anki|please update/i.test([...notes.values()][0].fields.join(' '))) {
		return fail(file, 'apkg-placeholder', {}, diagnostics);
	}
	const cardRows = rows(db, 'select id, nid, did, ord from cards order by nid, ord');
	const mediaByName = readMediaMap(entries.media, file, diagnostics);
	const sanitize = options.sanitize ?? defaultSanitizer();

	const deckNames = [...new Set(cardRows.map((r) => decks.get(String(r[2])) ?? 'Default'))];
	const tops = [...new Set(deckNames.map((n) => n.split('::')[0]))];
	const baseName = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
	const title = options.deckTitle ?? (tops.length === 1 && tops[0] !== 'Default' ? tops[0] : baseName || 'Anki');
	const deckId = options.deckId ?? slugify(title);

	const neededMedia = new Map<string, string>(); // name → zip entry
	const missing = new Set<string>();
	let sounds = 0;
	const clean = (html: string) =>
		sanitize(
			html.replace(/\[sound:[^\]]*\]/g, () => {
				sounds++;
				return '';
			}),
			{
				image: (src, alt) => {
					let name = src;
					try {
						if (!mediaByName.has(name)) name = decodeURIComponent(src);
					} catch {
						// keep src
					}
					const zipName = mediaByName.get(name);
					if (zipName === undefined || !isSafeMediaName(name)) {
						missing.add(src || '(no src)');
						return '';
					}
					neededMedia.set(name, zipName);
					return markdownImage(name, alt);
				}
			}
		);

	const cards: ConceptCard[] = [];
	const idByAnkiCard = new Map<number, string>();
	const skipped: { code: ImportMessageCode; params: Params }[] = [];
	for (const [cid, nid, did, ordValue] of cardRows) {
		const note = notes.get(Number(nid));
		const ord = Number(ordValue);
		if (!note) {
			skipped.push({ code: 'apkg-card-note-missing', params: { card: String(cid), note: String(nid) } });
			continue;
		}
		const type = types.get(note.mid);
		if (!type) {
			skipped.push({ code: 'apkg-card-notetype-missing', params: { card: String(cid), notetype: String(note.mid) } });
			continue;
		}
		const byName = new Map(type.fields.map((name, k) => [name, note.fields[k] ?? '']));
		const cleaned = new Map<string, string>();
		const field = (name: string) => {
			if (!cleaned.has(name)) cleaned.set(name, clean(byName.get(name) ?? ''));
			return cleaned.get(name) ?? '';
		};
		const join = (names: string[]) => names.map(field).filter(Boolean).join('\n\n');
		let front = '';
		let back = '';
		if (type.cloze) {
			const tmpl = type.templates[0] ?? { qfmt: '', afmt: '' };
			const qRefs = templateFields(tmpl.qfmt);
			let clozeFields = qRefs.filter((r) => r.filter.includes('cloze')).map((r) => r.name);
			if (clozeFields.length === 0) clozeFields = type.fields.filter((f) => /\{\{c\d+::/.test(byName.get(f) ?? ''));
			const text = join(clozeFields);
			const n = ord + 1;
			const [c] = expandCloze(text, clozeNumbers(text).includes(n) ? [n] : []);
			if (!c) {
				skipped.push({ code: 'apkg-card-cloze-missing', params: { card: String(cid), cloze: n } });
				continue;
			}
			const extraNames = templateFields(tmpl.afmt).map((r) => r.name).filter((nm) => !clozeFields.includes(nm) && !qRefs.some((q) => q.name === nm));
			const extra = join(extraNames);
			front = c.front;
			back = extra ? `${c.back}\n\n${extra}` : c.back;
		} else {
			const tmpl = type.templates[ord];
			let qNames = tmpl ? templateFields(tmpl.qfmt).map((r) => r.name).filter((n) => byName.has(n)) : [];
			let aNames = tmpl ? templateFields(tmpl.afmt).map((r) => r.name).filter((n) => byName.has(n) && !qNames.includes(n)) : [];
			if (qNames.length === 0) qNames = type.fields.slice(0, 1);
			if (aNames.length === 0) aNames = type.fields.filter((f) => !qNames.includes(f)).slice(0, 1);
			front = join(qNames);
			back = join(aNames);
		}
		if (!front.trim()) {
			skipped.push({ code: 'apkg-card-empty-question', params: { card: String(cid) } });
			continue;
		}
		const deckName = decks.get(String(did)) ?? '';
		const deckTags = deckName.split('::').slice(tops.length === 1 ? 1 : 0).filter(Boolean);
		const id = cardId(deckId, 'concept', `anki ${note.guid} ${ord}`);
		idByAnkiCard.set(Number(cid), id);
		cards.push({ id, kind: 'concept', tags: [...new Set([...deckTags, ...note.tags])], front, back });
	}
	for (const { code, params } of skipped.slice(0, 20)) diagnostics.push(importDiag(file, 1, 'warning', code, params));
	if (skipped.length > 20) diagnostics.push(importDiag(file, 1, 'warning', 'apkg-more-skipped', { count: skipped.length - 20 }));
	if (missing.size) diagnostics.push(importDiag(file, 1, 'warning', 'apkg-images-missing', { count: missing.size, names: `${[...missing].slice(0, 5).join(', ')}${missing.size > 5 ? ', …' : ''}` }));
	if (sounds) diagnostics.push(importDiag(file, 1, 'info', 'apkg-sounds-dropped', { count: sounds }));
	if (cards.length === 0) return fail(file, 'apkg-no-cards', {}, diagnostics);

	const reviews: ApkgReview[] = [];
	let manual = 0;
	if (tables.has('revlog')) {
		for (const [id, cid, ease, time, type] of rows(db, 'select id, cid, ease, time, type from revlog order by id')) {
			const ours = idByAnkiCard.get(Number(cid));
			if (!ours) continue;
			const rating = Number(ease);
			if (rating < 1 || rating > 4 || Number(type) > 3) {
				manual++;
				continue;
			}
			reviews.push({ cardId: ours, rating: rating as Grade, review: Number(id), duration: Math.max(0, Number(time) || 0) });
		}
	}
	if (manual) diagnostics.push(importDiag(file, 1, 'info', 'apkg-manual-skipped', { count: manual }));

	const media = new Map<string, Uint8Array>();
	if (neededMedia.size) {
		let byZipName = new Map<string, ZipEntryInfo>();
		try {
			byZipName = new Map(zipEntries(zip).map((e) => [e.name, e]));
		} catch (e) {
			diagnostics.push(importDiag(file, 1, 'warning', 'apkg-media-unpack-failed', { error: errorMessage(e) }));
		}
		// Each image within the image limit, as declared and while unpacking (zip, then zstd).
		for (const [name, zipName] of neededMedia) {
			const entry = byZipName.get(zipName);
			if (!entry) {
				diagnostics.push(importDiag(file, 1, 'warning', 'image-missing', { name }));
				continue;
			}
			try {
				let data = unzipEntry(zip, entry, MAX_IMAGE_BYTES);
				if (isZstd(data)) data = unzstdBounded(data, name, MAX_IMAGE_BYTES);
				media.set(name, data);
			} catch (e) {
				diagnostics.push(e instanceof TooLargeError
						? importDiag(file, 1, 'warning', 'image-unpacks-too-large', { name, limit: mb(MAX_IMAGE_BYTES) })
						: importDiag(file, 1, 'warning', 'image-damaged', { name }));
			}
		}
	}
	// Images go into the cards as data: URLs (see media.ts); what cannot be kept becomes its alt text.
	const dataUrls = mediaDataUrls(new Map([...neededMedia.keys()].map((name) => [markdownImageUrl(name), name])), media, file, diagnostics);
	for (const card of cards) {
		card.front = inlineImages(card.front, dataUrls);
		card.back = inlineImages(card.back, dataUrls);
	}
	const lang = options.lang ?? (cards.some((c) => /[\uac00-\ud7a3]/.test(c.front + c.back)) ? 'ko' : 'en');
	const deck: Deck = { id: deckId, title, lang, source: { name: file, hash: hashText(`${zip.length}:${cards.map((c) => c.id).join(',')}`) }, cards };
	const over = deckLimitDiagnostics(deck, file);
	if (over.length) return { reviews: [], diagnostics: [...diagnostics, ...over] };
	return { deck, reviews, diagnostics };
}
