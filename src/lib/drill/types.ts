/**
 * Types of the command-line grader. Plain data only, so results survive JSON (CLI) and structured
 * clone (IndexedDB, workers).
 */

/** A bilingual, human-readable explanation. */
export interface Message {
	ko: string;
	en: string;
}

/** Which part of the command line a difference is about. */
export type DifferencePart = 'syntax' | 'command' | 'verb' | 'flag' | 'resource' | 'argument';

export type DifferenceKind = 'missing' | 'unexpected' | 'mismatch' | 'unknown' | 'invalid';

/**
 * One explained difference between the expected command and the answer, at two levels:
 * `hint` says what is wrong without giving the fix (shown before the retry), `message` is the full
 * explanation with the expected value (shown after the last try or with 정답 보기). Both are
 * markdown where code is an inline code span (`` `-t` ``); `messageParts` splits them for rendering.
 */
export interface Difference {
	part: DifferencePart;
	kind: DifferenceKind;
	expected?: string;
	actual?: string;
	message: Message;
	hint: Message;
}

export interface GradeResult {
	correct: boolean;
	differences: Difference[];
	/**
	 * Set when the answer is right in effect but written in another form than the card's (e.g.
	 * `kubectl patch node … unschedulable:true` for `kubectl cordon`): says which form the card teaches.
	 */
	note?: Message;
}

/**
 * Another form of the same command, recorded by `equivalents.ts` and the parser:
 * `mount-as-volume` (`--mount` for `-v`), `quota-as-cpus` (`--cpu-period/--cpu-quota` for `--cpus`),
 * `patch-as-cordon` (`patch node … unschedulable` for `cordon`), `env-as-flag` (`COMPOSE_PROJECT_NAME=x`
 * for `-p x`), `underscore-flag` (kubectl reads `--all_namespaces` as `--all-namespaces`, with a warning).
 */
export type FormCode = 'mount-as-volume' | 'quota-as-cpus' | 'patch-as-cordon' | 'env-as-flag' | 'underscore-flag';

/** A word of the command line after shell quoting has been removed. */
export interface Token {
	text: string;
	/** True when any part of the word was quoted or escaped: such a word is never an operator. */
	quoted: boolean;
	/** Offsets of the word in the (normalized) source line, end exclusive. */
	start: number;
	end: number;
}

export type TokenizeErrorCode =
	| 'empty'
	| 'too-long'
	| 'control-char'
	| 'unbalanced-single-quote'
	| 'unbalanced-double-quote'
	| 'trailing-backslash';

export interface TokenizeError {
	code: TokenizeErrorCode;
	/** Offset in the line where the problem was found. */
	index: number;
	message: Message;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: TokenizeError };

/**
 * Machine-readable reason of a difference; `explain.ts` turns it into a `Message`. Kept apart from
 * the message so that the comparer has no wording in it and the explainer no logic.
 */
export type FindingCode =
	| TokenizeErrorCode
	| 'bad-expected'
	| 'internal-error'
	| 'unknown-program'
	| 'wrong-program'
	| 'missing-subcommand'
	| 'unknown-subcommand'
	| 'wrong-subcommand'
	| 'missing-flag'
	| 'unexpected-flag'
	| 'unknown-flag'
	| 'flag-needs-value'
	| 'flag-bad-boolean'
	| 'flag-value-mismatch'
	| 'flag-wrong-case'
	| 'flag-value-missing'
	| 'flag-value-unexpected'
	| 'missing-arg'
	| 'unexpected-arg'
	| 'arg-mismatch'
	| 'flag-after-positional'
	| 'flag-after-args'
	| 'command-needs-dash'
	| 'missing-env'
	| 'unexpected-env'
	| 'wrong-form'
	| 'missing-command-arg'
	| 'unexpected-command-arg'
	| 'command-arg-mismatch';

/** A difference before it is put into words. */
export interface Finding {
	code: FindingCode;
	part: DifferencePart;
	kind: DifferenceKind;
	expected?: string;
	actual?: string;
	/** Display name of the flag or argument concerned, e.g. "-d (--detach)" or "IMAGE". */
	subject?: string;
	/** Display name of the flag that was typed instead (`flag-wrong-case`: `-P (--publish-all)`). */
	actualSubject?: string;
	/** Closest known spelling for an unknown name (edit distance). */
	suggestion?: string;
	/** Canonical key of the flag concerned (`--tag`), to say what it is for without naming it. */
	flag?: string;
	/** The flag value concerned, shown next to `subject` (e.g. 8080:80 for `-p`). */
	value?: string;
	/** Offset in the line, for syntax errors. */
	at?: number;
}

/** A command line after parsing against the specifications: the normalized form that is compared. */
export interface ParsedCommand {
	/** 'docker' | 'docker compose' | 'kubectl' | 'minikube' | 'helm', or the raw first word if unknown. */
	program: string;
	/** Canonical subcommand path, e.g. ['container', 'ls'] for `docker ps`. */
	path: string[];
	/** Values by canonical flag key (`--detach`, or `-x` for a flag that has no long name). */
	flags: Record<string, string[]>;
	/** Keys of `flags` that the specification does not know (written as typed). */
	unknownFlags: string[];
	/** Normalized positional arguments (kubectl resources as `type/name`). */
	positionals: string[];
	/** The command run inside the container/pod: words after the image or after `--`. */
	command: string[];
	/** Words after a shell operator (`|`, `&&`, `;`…), compared literally. */
	tail: string[];
	/**
	 * The command after the first shell operator (`a | kubectl apply -f -`, `a && docker run b`),
	 * parsed in turn so that it is compared as a command, not word by word.
	 */
	next?: { operator: string; command: ParsedCommand };
	/** The command given to `minikube kubectl --`. */
	nested?: ParsedCommand;
	/** Problems found while parsing (unknown names, a flag without its value…). */
	issues: Finding[];
	/** `NAME=value` words before the command that no flag stands for, sorted (compared as a set). */
	env: string[];
	/** Forms other than the canonical one that this line was written in (see `FormCode`). */
	forms: FormCode[];
	/** False when the program is unknown: only a literal comparison of the words is possible. */
	known: boolean;
	/** The words as tokenized (for the literal fallback). */
	words: string[];
}
