/** How Browse and Card info show a card's state and dates. */
import type { Lang, StringKey } from '$lib/i18n/strings';
import { STATE_LEARNING, STATE_NEW, STATE_RELEARNING, type FsrsState } from '$lib/srs/types';

/** The learner's word for a card's state: suspended and buried first, then the FSRS state. */
export function stateLabel(card: { state: FsrsState; suspended: boolean | 0 | 1; buriedUntil: number }, t: (key: StringKey) => string): string {
	if (card.suspended) return t('stateSuspended');
	if (card.buriedUntil > 0) return t('stateBuried');
	if (card.state === STATE_NEW) return t('stateNew');
	if (card.state === STATE_LEARNING) return t('stateLearning');
	if (card.state === STATE_RELEARNING) return t('stateRelearning');
	return t('stateReview');
}

const locales: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };

/** A date like "2026. 12. 3." / "3 Dec 2026" (`ms` epoch). */
export function shortDate(ms: number, lang: Lang): string {
	return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium' }).format(ms);
}

/** A date and time (`ms` epoch). */
export function dateTime(ms: number, lang: Lang): string {
	return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
