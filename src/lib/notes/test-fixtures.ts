/**
 * Test-only helpers shared by the fixture suites of this folder: read and compile a fixture note,
 * and find cards by kind, front or answer.
 */
import { readFileSync } from 'node:fs';
import type { Card, CommandCard, ConceptCard } from '../deck/types';
import { compileNotes } from './index';
import type { NotesResult } from './types';

/** `read(name)` / `compile(name)` for the notes in the fixture folder `dir`. */
export function fixtureNotes(dir: URL) {
	const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
	return { read, compile: (name: string) => compileNotes(read(name), name) };
}

export const concepts = (cards: Card[]) => cards.filter((c): c is ConceptCard => c.kind === 'concept');
export const commands = (cards: Card[]) => cards.filter((c): c is CommandCard => c.kind === 'command');
export const concept = (cards: Card[], front: string) => concepts(cards).find((c) => c.front === front);
export const command = (cards: Card[], answer: string) => commands(cards).find((c) => c.answer === answer);

/**
 * A command drill the compiler extracted but held back as a suggestion (with the quality feature that
 * held it back), or undefined. For cards whose answer needs a name the prompt does not give.
 */
export function suggestedCommand(result: NotesResult, answer: string): { prompt: string; features: string[] } | undefined {
	const s = result.suggestions.find((x) => x.card.kind === 'command' && x.card.answer === answer);
	return s && s.card.kind === 'command' ? { prompt: s.card.prompt, features: s.reasons.map((r) => r.feature) } : undefined;
}

/** Cards made plus cards offered as suggestions: what the extraction found, whatever the triage decided. */
export const offeredCount = (result: NotesResult): number => result.deck.cards.length + result.suggestions.length;
