/**
 * The deck data model shared by every part of Deckhand (compiler, grader, validator, storage, import).
 * Plain data only: everything here must survive JSON and IndexedDB structured clone.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A message about input, always located: file name and 1-based line (and column when known). */
export interface Diagnostic {
	file: string;
	line: number;
	col?: number;
	severity: Severity;
	message: string;
}

export type CardKind = 'concept' | 'command' | 'choice' | 'yamlfix';

interface CardBase {
	/** Stable id: explicit (`^id` in notes) or a hash of deck id + kind + prompt. */
	id: string;
	kind: CardKind;
	/** Heading breadcrumbs and front-matter tags, e.g. ["docker", "docker run"]. */
	tags: string[];
	/** Where the card came from: 1-based line in the source file. */
	line?: number;
}

export interface ConceptCard extends CardBase {
	kind: 'concept';
	/** Markdown. For a cloze card, the text with the asked part shown as `[...]`. */
	front: string;
	/** Markdown. */
	back: string;
}

/** Which part of a command line is asked. */
export type CommandBlank = 'line' | 'flag' | 'verb' | 'resource' | 'value';

export interface CommandCard extends CardBase {
	kind: 'command';
	/** Markdown question, e.g. "nginx 이미지를 백그라운드로 실행하고 80 포트를 연결". */
	prompt: string;
	/** A full command line; `{image}` / `<pod>` placeholders match any value. */
	answer: string;
	/** What is asked; 'line' (the default) means the whole command. */
	blank?: CommandBlank;
	/** For a partial blank: the token(s) of `answer` that are hidden (exact text as in `answer`). */
	hidden?: string;
	/**
	 * The form of `hidden` the card teaches and requires: 'short' (the short name `svc`, the short
	 * flag `-A`) or 'long' (`--all-namespaces`). Without it any spelling with the same meaning is right.
	 */
	form?: CommandForm;
}

export type CommandForm = 'short' | 'long';

export interface ChoiceCard extends CardBase {
	kind: 'choice';
	prompt: string;
	/** Includes the answer; order as shown. */
	options: string[];
	answer: string;
	/** Why, shown after answering (markdown). */
	explanation?: string;
}

export type YamlTarget = 'compose' | 'kubernetes';

export interface YamlFixCard extends CardBase {
	kind: 'yamlfix';
	target: YamlTarget;
	/** What the learner must achieve, markdown. */
	task: string;
	/** The YAML text the learner starts from. */
	broken: string;
	solution?: string;
	/** Validator rule ids that must report nothing on the learner's text. */
	checks: string[];
}

export type Card = ConceptCard | CommandCard | ChoiceCard | YamlFixCard;

export interface Deck {
	id: string;
	title: string;
	lang: string;
	description?: string;
	source?: { name: string; hash: string };
	cards: Card[];
}

/** The on-disk / exchange format of one deck. */
export interface DeckFile extends Deck {
	format: 'deckhand/deck@1';
}

export interface CompileResult {
	decks: Deck[];
	diagnostics: Diagnostic[];
}
