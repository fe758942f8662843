/**
 * Test-only helpers shared by the fixture suites of this folder: read and compile a fixture note,
 * and find cards by kind, front or answer.
 */
import { readFileSync } from 'node:fs';
import type { Card, CommandCard, ConceptCard } from '../deck/types';
import { compileNotes } from './index';

/** `read(name)` / `compile(name)` for the notes in the fixture folder `dir`. */
export function fixtureNotes(dir: URL) {
	const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
	return { read, compile: (name: string) => compileNotes(read(name), name) };
}

export const concepts = (cards: Card[]) => cards.filter((c): c is ConceptCard => c.kind === 'concept');
export const commands = (cards: Card[]) => cards.filter((c): c is CommandCard => c.kind === 'command');
export const concept = (cards: Card[], front: string) => concepts(cards).find((c) => c.front === front);
export const command = (cards: Card[], answer: string) => commands(cards).find((c) => c.answer === answer);
