/** Public option types of the notes compiler. */
import type { Card, Deck, Diagnostic } from '../deck/types';
import type { CardContext } from './quality';

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
	/** Called with every inferred candidate and what its features look at (to fit the weights). */
	onCandidate?: (ctx: CardContext) => void;
}

/**
 * A card the compiler could make but does not: its quality score is below the threshold. The import
 * preview lists suggestions unchecked below the made cards; adding one adds `card` as it is.
 */
export interface Suggestion {
	card: Card;
	/** Quality score (made cards score at least THRESHOLDS.makeCard). */
	score: number;
	/** Why it scored low, strongest first: feature name and its ko/en reason. */
	reasons: { feature: string; ko: string; en: string }[];
}

export interface NotesResult {
	deck: Deck;
	diagnostics: Diagnostic[];
	/** Candidate cards below the quality threshold, in source order (see `Suggestion`). */
	suggestions: Suggestion[];
}
