/**
 * Types of the YAML validator. Plain data only: diagnostics survive JSON and structured clone.
 */
import type { Document, LineCounter } from 'yaml';
import type { Severity } from '../deck/types';

export type { Severity };
export type RuleTarget = 'compose' | 'kubernetes' | 'any';
export type DetectedTarget = 'compose' | 'kubernetes' | 'unknown';

/** One finding about the YAML text; `line` and `col` are 1-based. */
export interface YamlDiagnostic {
	rule: string;
	severity: Severity;
	message: string;
	message_ko?: string;
	line: number;
	col: number;
}

/** A path into a document's data: map keys and sequence indexes. */
export type YamlPath = (string | number)[];

/** One `---` document of the file. */
export interface ParsedDoc {
	index: number;
	doc: Document;
	/** Plain JS data (null for an empty document or one that could not be converted). */
	value: unknown;
	/** Whether the document had syntax errors (its data is then not checked by semantic rules). */
	broken: boolean;
}

/** One Kubernetes object: a top-level document or an item of a `kind: List`. */
export interface KubeObject {
	doc: ParsedDoc;
	/** Path of the object inside its document ([] for a top-level object). */
	path: YamlPath;
	apiVersion: string;
	kind: string;
	name: string;
	/** Explicit `metadata.namespace`, or undefined. */
	namespace: string | undefined;
	value: Record<string, unknown>;
}

/** A schema finding before it is turned into a diagnostic. */
export interface SchemaIssue {
	category: 'unknown-field' | 'required-field' | 'field-type' | 'enum' | 'compose';
	doc: ParsedDoc;
	path: YamlPath;
	/** Point at the key rather than the value. */
	atKey?: boolean;
	message: string;
	message_ko: string;
}

export interface RuleContext {
	text: string;
	target: DetectedTarget;
	docs: ParsedDoc[];
	lineCounter: LineCounter;
	/** Kubernetes objects of the file (empty for compose). */
	objects: KubeObject[];
	/** The compose document (first document with data), when the target is compose. */
	compose: { doc: ParsedDoc; value: Record<string, unknown> } | null;
	/** Diagnostics found while parsing (syntax, tabs, duplicates, YAML 1.1 pitfalls, limits). */
	parseIssues: YamlDiagnostic[];
	/** Schema findings, computed once and shared by the schema rules. */
	schemaIssues(): SchemaIssue[];
	/** 1-based position of the node at `path` (or of its key), falling back to the closest ancestor. */
	at(doc: ParsedDoc, path: YamlPath, atKey?: boolean): { line: number; col: number };
}

export interface Rule {
	id: string;
	target: RuleTarget;
	severity: Severity;
	description: string;
	remediation: string;
	check(ctx: RuleContext): YamlDiagnostic[];
}

/** Metadata of a rule, without its check function. */
export type RuleInfo = Omit<Rule, 'check'>;
