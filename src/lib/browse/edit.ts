/**
 * Rules for a card the learner edits or adds, per kind: what must be filled in, a drill's answer must
 * parse with the grader's specifications, a choice needs two options and exactly one right answer,
 * and a YAML-fix's broken file must fail the validator while its solution passes.
 */
import type { Card, CardKind, YamlFixCard, YamlTarget } from '../deck/types';
import type { YamlDiagnostic } from '../yamlfix/types';
import { hashText } from '../deck/ids';
import { parseCommand } from '../drill/parse';
import { explain } from '../drill/explain';
import type { Message } from '../drill/types';
import { gradeExercise } from '../yamlfix/exercise';
import { objectParticle, subjectParticle, topicParticle } from '../i18n/particle';

/** One problem with a card being edited: the field it is about and why, in both languages. */
export interface EditProblem {
	field: string;
	message: Message;
}

const empty = (field: string, ko: string, en: string): EditProblem => ({ field, message: { ko: `${ko}${objectParticle(ko)} 입력하세요.`, en: `${en} is empty.` } });

/** A YAML-fix card's fields in the form's order (its problems are listed in it). */
const YAMLFIX_FIELDS = ['task', 'broken', 'solution'];

/** The YAML-fix fields the validator reads. */
export type YamlFixInput = Pick<YamlFixCard, 'target' | 'checks' | 'broken' | 'solution'>;

/**
 * What the validator says about a YAML-fix card's two files (the editor's live preview): the failing
 * findings of the broken file (what the learner will have to fix) and of the solution (must be none).
 * It keeps the input it was made from, so a caller can tell when it is stale.
 */
export interface YamlFixFindings {
	input: YamlFixInput;
	broken: YamlDiagnostic[];
	solution: YamlDiagnostic[];
}

export function yamlfixFindings(card: YamlFixInput): YamlFixFindings {
	const input = { target: card.target, checks: [...card.checks], broken: card.broken, solution: card.solution };
	return {
		input,
		broken: card.broken.trim() ? gradeExercise(card, card.broken, 1).failing : [],
		solution: card.solution?.trim() ? gradeExercise(card, card.solution, 1).failing : []
	};
}

/** Whether `findings` were made from this card's current files. */
export function findingsAreFor(findings: YamlFixFindings, card: YamlFixInput): boolean {
	const a = findings.input;
	return a.target === card.target && a.broken === card.broken && a.solution === card.solution && a.checks.join('\n') === card.checks.join('\n');
}

/**
 * Problems with `card` (none = it can be saved). For a YAML-fix card, `findings` are the validator's
 * (made afresh when missing or stale); `'later'` leaves the validator's problems out (an editor that
 * runs the validator only when typing pauses, and checks in full before it saves).
 */
export function checkCard(card: Card, findings?: YamlFixFindings | 'later'): EditProblem[] {
	const problems: EditProblem[] = [];
	switch (card.kind) {
		case 'concept':
			if (!card.front.trim()) problems.push(empty('front', '앞면', 'The front'));
			if (!card.back.trim()) problems.push(empty('back', '뒷면', 'The back'));
			break;
		case 'command': {
			if (!card.prompt.trim()) problems.push(empty('prompt', '문제', 'The prompt'));
			if (!card.answer.trim()) {
				problems.push(empty('answer', '정답 명령어', 'The answer'));
				break;
			}
			const parsed = parseCommand(card.answer);
			if (!parsed.known && parsed.program !== '') {
				problems.push({
					field: 'answer',
					message: {
						ko: `\`${parsed.program}\`${topicParticle(parsed.program)} 채점기가 아는 명령이 아닙니다 (docker, docker compose, kubectl, minikube, helm).`,
						en: `\`${parsed.program}\` is not a command the grader knows (docker, docker compose, kubectl, minikube, helm).`
					}
				});
			}
			// A drill that hides a flag at its end (`docker run ____` for `-p`) asks for the flag with any
			// value: its answer stops at the flag on purpose.
			const endsAtHiddenFlag = !!card.hidden?.startsWith('-') && card.answer.trimEnd().endsWith(card.hidden);
			for (const finding of parsed.issues) {
				if (endsAtHiddenFlag && finding.code === 'flag-needs-value') continue;
				problems.push({ field: 'answer', message: explain(finding).message });
			}
			if (card.hidden !== undefined && !card.answer.includes(card.hidden)) {
				problems.push({ field: 'answer', message: { ko: `가린 부분 \`${card.hidden}\`${subjectParticle(card.hidden)} 정답에 없습니다.`, en: `The hidden part \`${card.hidden}\` is not in the answer.` } });
			}
			break;
		}
		case 'choice': {
			if (!card.prompt.trim()) problems.push(empty('prompt', '문제', 'The prompt'));
			const options = card.options.map((o) => o.trim()).filter((o) => o !== '');
			if (options.length < 2) problems.push({ field: 'options', message: { ko: '보기가 두 개 이상 있어야 합니다.', en: 'Give at least two options.' } });
			if (new Set(options).size !== options.length) problems.push({ field: 'options', message: { ko: '같은 보기가 두 번 있습니다.', en: 'Two options are the same.' } });
			const right = options.filter((o) => o === card.answer.trim()).length;
			if (right !== 1) problems.push({ field: 'answer', message: { ko: '정답은 보기 중 정확히 하나여야 합니다.', en: 'Exactly one option must be the right answer.' } });
			break;
		}
		case 'yamlfix': {
			if (!card.task.trim()) problems.push(empty('task', '과제', 'The task'));
			if (!card.broken.trim()) problems.push(empty('broken', '고칠 YAML', 'The broken YAML'));
			if (card.solution === undefined || !card.solution.trim()) problems.push(empty('solution', '정답 YAML', 'The solution'));
			if (findings === 'later') break;
			const found = findings && findingsAreFor(findings, card) ? findings : yamlfixFindings(card);
			if (card.broken.trim() && found.broken.length === 0) {
				problems.push({ field: 'broken', message: { ko: '고칠 YAML 이 이미 검사를 통과합니다: 고칠 것이 없습니다.', en: 'The broken YAML already passes the checks: there is nothing to fix.' } });
			}
			for (const d of found.solution.slice(0, 3)) {
				problems.push({ field: 'solution', message: { ko: `정답 YAML ${d.line}행: ${d.message_ko ?? d.message}`, en: `Solution line ${d.line}: ${d.message}` } });
			}
			problems.sort((a, b) => YAMLFIX_FIELDS.indexOf(a.field) - YAMLFIX_FIELDS.indexOf(b.field));
			break;
		}
	}
	return problems;
}

/** A blank card of a kind, for the Add form. */
export function blankCard(kind: CardKind, target: YamlTarget = 'kubernetes'): Card {
	const base = { id: '', tags: [] as string[] };
	switch (kind) {
		case 'concept':
			return { ...base, kind, front: '', back: '' };
		case 'command':
			return { ...base, kind, prompt: '', answer: '' };
		case 'choice':
			return { ...base, kind, prompt: '', options: ['', ''], answer: '' };
		case 'yamlfix':
			return { ...base, kind, target, task: '', broken: '', solution: '', checks: [] };
	}
}

/** A fresh id for a card added in the app (`now` epoch ms; `salt` tells cards added in one ms apart). */
export function newCardId(deckId: string, kind: CardKind, now: number, salt: string): string {
	return `${deckId}:${kind}:u${now.toString(36)}${hashText(salt).slice(0, 6)}`;
}

/** Tags from a comma-separated line: trimmed, no empty ones, no repeats. */
export function parseTags(line: string): string[] {
	return [...new Set(line.split(',').map((t) => t.trim()).filter((t) => t !== ''))];
}
