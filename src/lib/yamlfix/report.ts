/**
 * Helpers for rules: build a located diagnostic, walk the objects of a file.
 */
import type { ParsedDoc, Rule, RuleContext, Severity, YamlDiagnostic, YamlPath } from './types';

/** A diagnostic of `rule` at the node `path` of `doc`. */
export function report(
	rule: Pick<Rule, 'id' | 'severity'>,
	ctx: RuleContext,
	doc: ParsedDoc,
	path: YamlPath,
	message: string,
	message_ko: string,
	options: { atKey?: boolean; severity?: Severity } = {}
): YamlDiagnostic {
	const { line, col } = ctx.at(doc, path, options.atKey);
	return { rule: rule.id, severity: options.severity ?? rule.severity, message, message_ko, line, col };
}

/** Define a rule (identity, for type checking of the literal). */
export function defineRule(rule: Rule): Rule {
	return rule;
}
