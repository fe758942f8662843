/**
 * Command-line grader for command cards: `gradeCommand(expected, answer)` tells whether a typed
 * docker / docker compose / kubectl / minikube / helm command means the same as the expected one,
 * and explains each difference in Korean and English. Pure TypeScript; never throws.
 *
 * For a review screen, one call per step (all take the card as stored, a `CommandCard`):
 *   gradeCard(card, typed)     → GradeResult. Full line or blank (`card.blank`/`card.hidden`), and
 *                                the form the card asks for (`card.form`). Before the retry show each
 *                                `difference.hint[lang]` (what is wrong, no fix); after the last try
 *                                or 정답 보기 show `difference.message[lang]`. `result.note`, when set
 *                                on a right answer, says which form the card teaches.
 *   hintCard(card, n)          → the n-th hint (1-based), for full-line and blank drills alike;
 *   hintSteps(card)            → how many hints there are (the last one is the answer).
 *   exampleCommand(card)       → the answer to show: a runnable example (`docker build -t myapp:1.0 .`
 *                                for the flag drill whose answer is `docker build -t`).
 *   messageParts(text)         → a message split into `{ text, code }` parts, to render code as code.
 */
export { exampleCommand, gradeBlank, gradeCard, hintBlank, hintCard, hintSteps, type DrillCard, type DrillForm } from './card';
export { messageParts, type MessagePart } from './explain';
export { gradeCommand } from './grade';
export { hintToken, HINT_BLANK } from './hint';
export { parseCommand } from './parse';
export { suggestRating, type AnswerContext } from './rating';
export { tokenize } from './tokenize';
export type { Difference, DifferenceKind, DifferencePart, GradeResult, Message, ParsedCommand, Token, TokenizeError, TokenizeResult } from './types';
