/**
 * Every program the grader knows, compiled once at module load into lookup maps.
 */
import { compilePrograms, type CommandNode } from '../spec';
import { COMPOSE } from './compose';
import { DOCKER } from './docker';
import { HELM } from './helm';
import { KUBECTL } from './kubectl';
import { MINIKUBE } from './minikube';

export const PROGRAM_DEFS = [DOCKER, COMPOSE, KUBECTL, MINIKUBE, HELM] as const;

const compiled = compilePrograms(PROGRAM_DEFS);

/** Root node by program name ('docker', 'docker compose', 'kubectl', 'minikube', 'helm'). */
export const PROGRAM_ROOTS: ReadonlyMap<string, CommandNode> = compiled.roots;
/** Root node by the first word of a command line ('docker-compose' → compose). */
export const PROGRAM_BY_WORD: ReadonlyMap<string, CommandNode> = compiled.byWord;
/** First words, for "did you mean" suggestions. */
export const PROGRAM_WORDS: readonly string[] = [...compiled.byWord.keys()];
