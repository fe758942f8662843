/** Public option types of the notes compiler. */
import type { Card, Deck, Diagnostic } from '../deck/types';

/** Context handed to a YAML block handler: where the block is and the tags cards would get. */
export interface YamlBlockContext {
	file: string;
	/** 1-based line of the opening fence. */
	line: number;
	deckId: string;
	tags: string[];
}

/** Turns a plain ```yaml block of the notes into cards (e.g. YAML-fix exercises by mutation). */
export type YamlBlockHandler = (yaml: string, ctx: YamlBlockContext) => { cards: Card[]; diagnostics: Diagnostic[] };

export interface CompileOptions {
	yamlBlocks?: YamlBlockHandler;
}

export interface NotesResult {
	deck: Deck;
	diagnostics: Diagnostic[];
}
