/**
 * A paragraph of plain notes: each line through `handleLine`, a `**Term**` line over its definition,
 * definition lists and two-line Q/A pairs, and a heading followed by a definition sentence.
 */
import type { Compilation } from './context';
import { addConcept, handleLine, lineCommand } from './line';
import { THRESHOLDS } from './thresholds';
import { cleanMarkdown, isImageOnly, isTermLike, plainText, splitTermDef, tidyDef } from './inline';

/** A line that is only a bold/code term: `**Docker daemon**`, `` **`Docker Client`** ``, `__Deployment__`. */
export function boldOnly(line: string): string | null {
	const m = /^(?:\*\*|__)`?([^*_`]+?)`?(?:\*\*|__)\s*:?$/.exec(line.trim()) ?? /^`([^`]+)`\s*:?$/.exec(line.trim());
	return m && (isTermLike(m[1]) || lineCommand(m[1])) ? m[1].trim() : null;
}

/** A definition-like sentence: not a tutorial step, a question or a contrast. */
export function isDefinition(text: string): boolean {
	const t = plainText(text);
	if (t.length < THRESHOLDS.minDefinitionChars || t.length > THRESHOLDS.maxDefinitionChars) return false;
	if (/[?？!]|(?:보자|해보자|하자|봅시다|합시다|자)\.?$/.test(t)) return false;
	if (/^(?:이제|다시|그|이|여기서|그리고|하지만|또한|예를|예:|e\.g|ex\)|처음|먼저|마지막)/.test(t)) return false;
	if (/지만,|다고 한다|라고 한다/.test(t)) return false;
	// "…파드가 관리의 주체이기 때문에, 컨테이너의 상태는 비교적 단순하다": a reason, not what the term is.
	if (/기 때문에|이기에|므로,/.test(t)) return false;
	// Narrative past tense ("…해 보았는데 어려웠다.") is a diary line, not a definition.
	if (/(?:었|았|였|했)(?:다|는데|고)\.?$/.test(t) || /(?:었|았|였|했)는데/.test(t)) return false;
	// "These are my notes…", "I thought…", "In this post…": the writer talking, not a definition.
	if (/^(?:this|these|that|those|i|i'm|i've|we|you|my|our|in this|here|today|let's|so|now|first|then|next|finally)\b/i.test(t)) return false;
	// "안녕하세요! 오늘은…", "~해 보려고 합니다": a blog's opening.
	if (/^(?:안녕|오늘|이번|지난)|(?:려고 합니다|겠습니다|해요|에요|네요)\.?$/.test(t)) return false;
	// "쿠버네티스에서 중요하다", "매우 유용합니다": an evaluation of the term, not what it is.
	if (/(?:중요|유용|편리|훌륭|강력)(?:하다|합니다|해요|한\s*\S+이다)\.?$|좋(?:다|습니다)\.?$/.test(t)) return false;
	// "데이터를 보존하려면 볼륨을 쓴다": how to reach a goal with the term, not what it is.
	if (/(?:하|으|이)?려면\s/.test(t)) return false;
	// "아래에서 자세히 본다": a pointer into the note.
	if (/(?:아래|다음|뒤)에서\s*(?:자세히|살펴|알아|다룬|본다|보겠)/.test(t)) return false;
	// "…처음 겪는 일들을 기록하는 일종의 cheat sheet.", "강의를 보고 정리한 repository 입니다": the note describing itself.
	if (/(?:기록|정리)(?:하는|한|해 둔|해둔|해 놓은)\s|cheat\s?sheet|치트\s?시트|repository|레포지토리|블로그|포스팅/i.test(t)) return false;
	return true;
}

/** First sentence of a line, when the line is long. */
export function firstSentence(text: string): string {
	const t = text.trim();
	if (t.length <= 150) return t;
	const m = /^(.{10,150}?[.。])\s/.exec(t);
	return m ? m[1] : t;
}

/** "bind mount는 호스트의 경로를 …" under `## bind mount`: the answer need not repeat the term. */
function withoutLeadingTerm(def: string, term: string): string {
	const name = plainText(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	if (!name) return def;
	const lead = new RegExp(`^(?:\\*\\*|__|\`)?${name}(?:\\*\\*|__|\`)?(?:\\s?(?:은|는|이란|란|에는)|\\s+(?:is|are)(?:\\s+(?:an?|the))?)\\s+`, 'i');
	const rest = def.replace(lead, '');
	return rest !== def && plainText(rest).length >= 6 ? rest : def;
}

/**
 * "볼륨은 컨테이너와 독립적으로 데이터를 저장하는 공간이다." anywhere in a section: a subject term, then
 * a noun predicate ("…이다", "…입니다", "…를 말한다"). Returns the term and its definition, or null.
 */
export function definitionSentence(sentence: string): { term: string; def: string } | null {
	const t = cleanMarkdown(sentence).trim();
	const m = /^((?:\*\*|__|`)?[^\s,.]{1,30}?(?:\*\*|__|`)?(?:\s[A-Za-z][\w-]*)?)(?:은|는|이란|란)\s+(.{6,}?(?:[가-힣A-Za-z)]\s?(?:이다|입니다|이에요|예요)|(?:을|를)\s(?:말한다|말합니다|의미한다|의미합니다|뜻한다|뜻합니다)))\.?$/.exec(t);
	if (!m) return null;
	const term = m[1];
	if (!isTermLike(term) || /^(?:이것|이는|그것|그|이|저|우리|나|내|이번|오늘|여기)$/.test(plainText(term))) return null;
	if (!isDefinition(m[2])) return null;
	return { term, def: m[2] };
}

/**
 * "서비스 유형에는 ClusterIP, NodePort, LoadBalancer가 있습니다": an enumeration sentence asks for the kinds.
 * Returns the front ("서비스 유형") and the items, or null.
 */
export function enumerationSentence(sentence: string): { front: string; items: string } | null {
	const t = cleanMarkdown(sentence).trim();
	const m = /^(.{1,30}?)\s?(?:의\s)?(종류|유형|타입|구성\s?요소)(?:에는|로는|는|은)\s+(.+?)(?:이|가|등이|등)?\s?(?:있습니다|있다|있음|있어요)\.?$/.exec(t);
	if (!m) return null;
	const items = m[3].split(/\s*(?:,|、|및|와|과)\s*/).map((x) => x.trim()).filter(Boolean);
	if (items.length < 2 || items.some((x) => x.length > 30 || /\s.*\s/.test(plainText(x)))) return null;
	const subject = m[1].replace(/(?:의)$/, '').trim();
	if (!isTermLike(subject)) return null;
	return { front: `${subject}의 ${m[2]}`, items: items.join(', ') };
}

/** Sentences of a prose line (split after ". "). */
function sentencesOf(line: string): string[] {
	return line.split(/(?<=[.。])\s+/).filter((x) => x.trim());
}

/** Handles a paragraph; returns the number of prose lines nothing was made of. */
export function compileParagraph(c: Compilation, text: string, line: number, heading: string | null): void {
	const lines = text.split('\n');
	let cards = 0;
	let prose = 0;
	let firstProse = -1;
	let start = 0;
	// `**Term**` alone, definition on the next line(s).
	const bold = boldOnly(lines[0]);
	if (bold && lines.length > 1 && !splitTermDef(lines[1]) && !lineCommand(lines[1])) {
		const def = lines.slice(1).filter((l) => !isImageOnly(l)).join('\n');
		if (plainText(def) && addConcept(c, bold, firstSentence(def), line)) cards++;
		start = lines.length;
	}
	for (let i = start; i < lines.length; i++) {
		const next = lines[i + 1] ?? '';
		// Definition list (`Term` / `: definition`) and a two-line `Q.` / `A.` pair.
		const dd = /^\s*:\s+(\S.*)$/.exec(next);
		const qa = /^\s*Q\s*[.:：)]\s*(\S.*)$/.exec(lines[i]);
		const answer = /^\s*A\s*[.:：)]\s*(\S.*)$/.exec(next);
		if ((dd && isTermLike(lines[i]) && !/[:：]\s*$/.test(lines[i])) || (qa && answer)) {
			const ok = dd ? addConcept(c, lines[i].trim(), dd[1], line + i) : c.add({ kind: 'concept', front: cleanMarkdown(qa![1]), back: tidyDef(answer![1]) }, line + i);
			if (ok) cards++;
			i++;
			continue;
		}
		const r = handleLine(c, lines[i], line + i);
		if (r === 'card') cards++;
		else if (r === 'prose') {
			// A definition or an enumeration sentence anywhere in the section (not only first under a heading).
			const made = sentencesOf(lines[i]).filter((sentence) => {
				const e = enumerationSentence(sentence);
				if (e) return c.add({ kind: 'concept', front: e.front, back: e.items }, line + i);
				const d = i === 0 && heading ? null : definitionSentence(sentence);
				return d ? addConcept(c, d.term, d.def, line + i) : false;
			}).length;
			if (made) {
				cards += made;
				continue;
			}
			prose++;
			if (firstProse === -1) firstProse = i;
		}
	}
	// A heading followed by a definition sentence: "#### etcd" / "모든 클러스터 데이터를 저장하는 …".
	if (heading && firstProse === 0 && !cards) {
		const def = withoutLeadingTerm(firstSentence(cleanMarkdown(lines[0])), heading);
		if (isDefinition(def)) {
			if (addConcept(c, heading, def, line)) {
				cards++;
				prose--;
			}
		}
	}
	if (prose > 0 && !cards) c.diag(line, 'info', 'paragraph-prose', { length: plainText(text).length });
	else if (prose > 0) c.diag(line + Math.max(firstProse, 0), 'info', 'paragraph-lines-prose', { count: prose });
}
