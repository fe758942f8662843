/**
 * Export a deck as markdown notes in the syntax of `docs/notes-syntax.md`, so that a deck imported
 * from CSV/Anki/JSON can be edited as notes and compiled back: concept → `Q :: A` (or the multi-line
 * `?` form), command → `# prompt` + command line in a ```bash fence (partial blanks as `[[…]]`),
 * choice → a named-state list item `**answer**: prompt`, yamlfix → a `Task:` exercise block.
 * Tags become nested headings (the compiler turns headings back into tags).
 */
import type { Card, ChoiceCard, CommandCard, ConceptCard, Deck, YamlFixCard } from '$lib/deck/types';

export interface MarkdownExportOptions {
	/** Append `^id` to each concept card to pin its id (default false: ids are re-derived). */
	pinIds?: boolean;
}

function yamlScalar(s: string): string {
	return /^[\w.\- ]+$/.test(s) && !/^\s|\s$/.test(s) && s !== '' ? s : JSON.stringify(s);
}

/** One line of text: newlines become spaces. */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
/** A block without blank lines (a blank line ends a multi-line card). */
const noBlankLines = (s: string) => s.trim().replace(/\n\s*\n+/g, '\n');

function fence(body: string, info: string): string {
	const longest = Math.max(2, ...[...body.matchAll(/`{3,}/g)].map((m) => m[0].length));
	const ticks = '`'.repeat(longest + 1);
	return `${ticks}${info}\n${body.replace(/\n$/, '')}\n${ticks}`;
}

function concept(card: ConceptCard, pin: boolean): string {
	const id = pin ? ` ^${card.id}` : '';
	const front = card.front.trim();
	const back = card.back.trim();
	if (!front.includes('\n') && !back.includes('\n') && !front.includes('::') && !back.includes('::') && back !== '') {
		return `${front} :: ${back}${id}`; // spaced: the compiler reads glued `a::b` as code
	}
	return `${noBlankLines(front)}\n?\n${noBlankLines(back)}${id}`;
}

function command(card: CommandCard): string {
	let line = card.answer;
	if (card.hidden && card.blank && card.blank !== 'line' && line.includes(card.hidden)) line = line.replace(card.hidden, `[[${card.hidden}]]`);
	return fence(`# ${oneLine(card.prompt)}\n${oneLine(line)}`, 'bash');
}

function choice(card: ChoiceCard): string {
	return `- **${oneLine(card.answer)}**: ${oneLine(card.prompt)}`;
}

function yamlfix(card: YamlFixCard, lang: string): string {
	const label = lang === 'ko' ? '과제:' : 'Task:';
	const parts = [`${label} ${oneLine(card.task)}`];
	if (card.checks.length) parts[0] += `\nchecks: ${card.checks.join(', ')}`;
	parts.push(fence(card.broken, 'yaml broken'));
	if (card.solution !== undefined) parts.push(fence(card.solution, 'yaml solution'));
	return parts.join('\n\n');
}

/** The deck as one markdown notes file (front matter + cards grouped under tag headings). */
export function exportDeckMarkdown(deck: Deck, options: MarkdownExportOptions = {}): string {
	const out: string[] = ['---', `deck: ${yamlScalar(deck.id)}`, `title: ${yamlScalar(deck.title)}`, `lang: ${yamlScalar(deck.lang)}`, '---', '', `# ${oneLine(deck.title)}`];
	if (deck.description) out.push('', deck.description.trim());
	// Group cards by tag path, first-seen order; within a group, cards of one kind stay together.
	const groups = new Map<string, { tags: string[]; cards: Card[] }>();
	for (const card of deck.cards) {
		const key = JSON.stringify(card.tags);
		const g = groups.get(key);
		if (g) g.cards.push(card);
		else groups.set(key, { tags: card.tags, cards: [card] });
	}
	let previous: string[] = [];
	for (const { tags, cards } of groups.values()) {
		let common = 0;
		while (common < tags.length && common < previous.length && tags[common] === previous[common]) common++;
		if (tags.length === common && previous.length > tags.length) {
			// Same path as a parent already closed: repeat its last heading so the cards land under it.
			common = Math.max(0, tags.length - 1);
		}
		for (let k = common; k < tags.length; k++) out.push('', `${'#'.repeat(Math.min(6, k + 2))} ${oneLine(tags[k])}`);
		previous = tags;
		const byKind = (kind: Card['kind']) => cards.filter((c) => c.kind === kind);
		for (const c of byKind('concept') as ConceptCard[]) out.push('', concept(c, options.pinIds ?? false));
		for (const c of byKind('command') as CommandCard[]) out.push('', command(c));
		const choices = byKind('choice') as ChoiceCard[];
		if (choices.length) out.push('', choices.map(choice).join('\n'));
		for (const c of byKind('yamlfix') as YamlFixCard[]) out.push('', yamlfix(c, deck.lang));
	}
	return out.join('\n') + '\n';
}
