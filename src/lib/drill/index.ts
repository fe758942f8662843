/**
 * Command-line grader for command cards: `gradeCommand(expected, answer)` tells whether a typed
 * docker / docker compose / kubectl / minikube / helm command means the same as the expected one,
 * and explains each difference in Korean and English. Pure TypeScript; never throws.
 */
export { exampleCommand, gradeBlank, gradeCard, hintBlank, hintCard, hintSteps, type DrillCard, type DrillForm } from './card';
export { messageParts, type MessagePart } from './explain';
export { gradeCommand } from './grade';
export { hintToken, HINT_BLANK } from './hint';
export { parseCommand } from './parse';
export { suggestRating, type AnswerContext } from './rating';
export { tokenize } from './tokenize';
export type { Difference, DifferenceKind, DifferencePart, GradeResult, Message, ParsedCommand, Token, TokenizeError, TokenizeResult } from './types';
