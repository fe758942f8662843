/** The reactive UI language: one rune holder shared by every page (SSR is off, so a module singleton is safe). */
import { detectLang, fill, strings, type Lang, type StringKey } from '$lib/i18n/strings';

class I18n {
	lang = $state<Lang>('ko');

	init(saved: Lang | undefined) {
		this.lang = saved ?? detectLang(typeof navigator === 'undefined' ? [] : navigator.languages);
		if (typeof document !== 'undefined') document.documentElement.lang = this.lang;
	}

	set(lang: Lang) {
		this.lang = lang;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}

	t = (key: StringKey, params?: Record<string, string | number>): string => fill(strings[this.lang][key], params);
}

export const i18n = new I18n();
