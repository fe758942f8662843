/**
 * Rules for a card the learner edits or adds, per kind: what must be filled in, a drill's answer must
 * parse with the grader's specifications, a choice needs two options and exactly one right answer,
 * and a YAML-fix's broken file must fail the validator while its solution passes.
 */
import type { Card, CardKind, YamlTarget } from '../deck/types';
import { hashText } from '../deck/ids';
import { parseCommand } from '../drill/parse';
import { explain } from '../drill/explain';
import type { Message } from '../drill/types';
import { gradeExercise } from '../yamlfix/exercise';

/** One problem with a card being edited: the field it is about and why, in both languages. */
export interface EditProblem {
	field: string;
	message: Message;
}

const empty = (field: string, ko: string, en: string): EditProblem => ({ field, message: { ko: `${ko}을(를) 입력하세요.`, en: `${en} is empty.` } });

/** Problems with `card` (none = it can be saved). */
export function checkCard(card: Card): EditProblem[] {
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
						ko: `\`${parsed.program}\` 은(는) 채점기가 아는 명령이 아닙니다 (docker, docker compose, kubectl, minikube, helm).`,
						en: `\`${parsed.program}\` is not a command the grader knows (docker, docker compose, kubectl, minikube, helm).`
					}
				});
			}
			for (const finding of parsed.issues) problems.push({ field: 'answer', message: explain(finding).message });
			if (card.hidden !== undefined && !card.answer.includes(card.hidden)) {
				problems.push({ field: 'answer', message: { ko: `가린 부분 \`${card.hidden}\` 이(가) 정답에 없습니다.`, en: `The hidden part \`${card.hidden}\` is not in the answer.` } });
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
			else if (gradeExercise(card, card.broken, 1).passed) {
				problems.push({ field: 'broken', message: { ko: '고칠 YAML 이 이미 검사를 통과합니다: 고칠 것이 없습니다.', en: 'The broken YAML already passes the checks: there is nothing to fix.' } });
			}
			if (card.solution === undefined || !card.solution.trim()) problems.push(empty('solution', '정답 YAML', 'The solution'));
			else {
				const graded = gradeExercise(card, card.solution, 1);
				for (const d of graded.failing.slice(0, 3)) {
					problems.push({ field: 'solution', message: { ko: `정답 YAML ${d.line}행: ${d.message_ko ?? d.message}`, en: `Solution line ${d.line}: ${d.message}` } });
				}
			}
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
