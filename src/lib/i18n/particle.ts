/**
 * Korean particles that agree with the word before them (을/를, 이/가, 은/는, 으로/로), chosen by
 * how the word is read: Hangul by its last syllable, digits by their Korean reading, and English
 * words (code such as `services`, `cronjob`) by the Korean reading of their ending.
 */

/** How a word's Korean reading ends: no final consonant, a final ㄹ, or another final consonant. */
type Ending = 'vowel' | 'rieul' | 'consonant';

const DIGIT_ENDINGS: Record<string, Ending> = {
	'0': 'consonant', // 영
	'1': 'rieul', // 일
	'2': 'vowel', // 이
	'3': 'consonant', // 삼
	'4': 'vowel', // 사
	'5': 'vowel', // 오
	'6': 'consonant', // 육
	'7': 'rieul', // 칠
	'8': 'rieul', // 팔
	'9': 'vowel' // 구
};

/** Letter names as read alone (a flag letter `-p` 피, acronyms such as `PVC`, `HPA`): 엘, 엠, 엔, 알 end in a consonant. */
const LETTER_ENDINGS: Record<string, Ending> = { l: 'rieul', m: 'consonant', n: 'consonant', r: 'rieul' };

function hangulEnding(code: number): Ending {
	const final = (code - 0xac00) % 28;
	return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
}

/**
 * The ending of an English word's usual Korean reading, by its last letters: `-ing` 잉, `-m`/`-n`
 * (also with a silent e: volume 볼륨, machine 머신), `-b`/`-p`/`-k`/`-ck` (job 잡, map 맵), a short
 * vowel + `t` (secret 시크릿, set 셋) end in a consonant; `-l`/`-le` (role 롤, yaml 야믈) in ㄹ;
 * everything else (`-s` 스, `-d` 드, `-nt` 트, `-r` 러, vowels) in a vowel.
 */
function englishEnding(word: string): Ending {
	const w = word.toLowerCase();
	if (w.length === 1 || /^[bcdfghjklmnpqrstvwxz]{2,4}$/.test(w)) return LETTER_ENDINGS[w.at(-1) ?? ''] ?? 'vowel';
	if (/ing$/.test(w)) return 'consonant';
	if (/le?$/.test(w)) return 'rieul';
	if (/(?:[mn]|[aeiou][mn]e)$/.test(w)) return 'consonant';
	if (/(?:ck|[aeiou][bpk]|[bp])$/.test(w)) return 'consonant';
	if (/[^aeiou][aeiou]t$/.test(w)) return 'consonant';
	return 'vowel';
}

/** How the reading of the text's last word ends (punctuation and code marks ignored). */
function endingOf(text: string): Ending {
	const t = text.replace(/[\s`'")\]}>.,:;!?*_-]+$/u, '');
	const last = t.at(-1) ?? '';
	const code = last.charCodeAt(0);
	if (code >= 0xac00 && code <= 0xd7a3) return hangulEnding(code);
	if (/\d/.test(last)) return DIGIT_ENDINGS[last];
	const word = /[A-Za-z]+$/.exec(t)?.[0];
	return word ? englishEnding(word) : 'vowel';
}

/** 을 or 를 after `text`: `services`를, `cronjob`을, `파드`를. */
export function objectParticle(text: string): '을' | '를' {
	return endingOf(text) === 'vowel' ? '를' : '을';
}

/** 이 or 가 after `text`: `이미지`가, `컨테이너`가, `볼륨`이. */
export function subjectParticle(text: string): '이' | '가' {
	return endingOf(text) === 'vowel' ? '가' : '이';
}

/** 은 or 는 after `text`: `web`은, `서비스`는. */
export function topicParticle(text: string): '은' | '는' {
	return endingOf(text) === 'vowel' ? '는' : '은';
}

/** 으로 or 로 after `text` (ㄹ takes 로): `svc`로, `볼륨`으로, `파일`로. */
export function directionParticle(text: string): '으로' | '로' {
	return endingOf(text) === 'consonant' ? '으로' : '로';
}
