/**
 * The state of one compilation: deck id, heading breadcrumbs, collected cards and diagnostics.
 * Every card goes through `add`, which gives it its stable id, tags and line and drops duplicates.
 */
import type { Card, Diagnostic, Severity } from '../deck/types';
import { cardId } from '../deck/ids';
import type { CompileOptions } from './types';
import { short } from './inline';
import { messageEn, type DiagnosticCode, type Params } from './messages';
import { THRESHOLDS } from './thresholds';

/** A card before the compiler gives it id, tags and line. */
export type CardDraft = Card extends infer C ? (C extends Card ? Omit<C, 'id' | 'tags' | 'line'> : never) : never;

/** Longest answer kept: a card asks one thing and its answer is short. */
export const MAX_BACK = THRESHOLDS.maxBack;

export interface LastCommand {
	base: string;
	seq: number;
}

export class Compilation {
	readonly cards: Card[] = [];
	readonly diagnostics: Diagnostic[] = [];
	/** Heading stack: depth and cleaned text. */
	crumbs: { depth: number; text: string }[] = [];
	/** The last command line seen in this section, so a following flag list knows its command. */
	lastCommand: LastCommand | null = null;
	/** Counts top-level blocks; used to tell "just before" from "somewhere earlier". */
	seq = 0;
	private readonly lineById = new Map<string, number>();
	/** Where each card was made: the heading above it and the block it came from (for scoring). */
	readonly origin = new Map<string, { heading?: string; seq: number }>();

	constructor(
		readonly file: string,
		readonly deckId: string,
		readonly baseTags: string[],
		readonly options: CompileOptions
	) {}

	/** A heading at `depth` replaces the breadcrumbs at that depth and below. */
	enterHeading(depth: number, text: string): void {
		while (this.crumbs.length && this.crumbs[this.crumbs.length - 1].depth >= depth) this.crumbs.pop();
		if (text) this.crumbs.push({ depth, text });
		this.lastCommand = null;
	}

	tags(): string[] {
		const out: string[] = [];
		for (const t of [...this.baseTags, ...this.crumbs.map((c) => c.text)]) if (t && !out.includes(t)) out.push(t);
		return out;
	}

	/** Nearest heading text, for context in generic terms ("장점" → "모놀리식의 장점"). */
	heading(): string | undefined {
		return this.crumbs.length ? this.crumbs[this.crumbs.length - 1].text : undefined;
	}

	/** Reports a catalogued diagnostic: its English text goes in `message`, its code and values along. */
	diag(line: number, severity: Severity, code: DiagnosticCode, params: Params = {}): void {
		this.diagnostics.push({ file: this.file, line: Math.max(1, line), severity, message: messageEn(code, params), code, params });
	}

	/** Whether a card of `kind` asking `key` was added already (same id). */
	has(kind: Card['kind'], key: string): boolean {
		return this.lineById.has(cardId(this.deckId, kind, key));
	}

	/** Adds a card; returns false (with a diagnostic) when it is too long or a duplicate. */
	add(draft: CardDraft, line: number, pinned?: string, fullId?: string): boolean {
		const key = keyOf(draft);
		const back = backOf(draft);
		// A YAML exercise is a whole manifest by design; only flip/typed answers must be short.
		if (draft.kind !== 'yamlfix' && back.length > MAX_BACK) {
			this.diag(line, 'info', 'answer-too-long', { kind: draft.kind, key: short(key), length: back.length, max: MAX_BACK });
			return false;
		}
		if (!key.trim() || !back.trim()) {
			this.diag(line, 'info', 'empty-card', { kind: draft.kind });
			return false;
		}
		const id = fullId ?? (pinned ? `${this.deckId}:${pinned}` : cardId(this.deckId, draft.kind, key));
		const seen = this.lineById.get(id);
		if (seen !== undefined) {
			this.diag(line, 'info', 'duplicate-card', { kind: draft.kind, key: short(key), line: seen });
			return false;
		}
		this.lineById.set(id, line);
		this.origin.set(id, { heading: this.heading(), seq: this.seq });
		this.cards.push({ id, ...draft, tags: this.tags(), line } as Card);
		return true;
	}
}

function keyOf(d: CardDraft): string {
	switch (d.kind) {
		case 'concept':
			return d.front;
		case 'yamlfix':
			return d.task;
		default:
			return d.prompt;
	}
}

function backOf(d: CardDraft): string {
	switch (d.kind) {
		case 'concept':
			return d.back;
		case 'command':
			return d.answer;
		case 'choice':
			return d.answer;
		case 'yamlfix':
			return d.broken;
	}
}
