/** Settings screen state: the form, its validation messages, and saving. */
import { setSetting } from '$lib/db';
import type { Lang } from '$lib/i18n/strings';
import { parseSettingsInput, toInput, type SettingsErrors, type SettingsInput, type StudySettings } from '$lib/srs/settings';
import { app } from './app.svelte';
import { i18n } from './i18n.svelte';
import { loadStudySettings, saveStudySettings } from './study-day';
import { applyTheme, type Theme } from './theme';

export class SettingsState {
	input = $state<SettingsInput | null>(null);
	errors = $state<SettingsErrors>({});
	saved = $state(false);
	theme = $state<Theme>('system');
	private current: StudySettings | null = null;

	async load() {
		this.current = await loadStudySettings(app.db);
		this.input = toInput(this.current);
		this.theme = app.theme;
	}

	/** Validate and store; invalid values are refused with a message and nothing is saved. */
	async save(): Promise<boolean> {
		if (!this.input || !this.current) return false;
		const result = parseSettingsInput(this.input, this.current);
		this.saved = false;
		if (result.errors) {
			this.errors = result.errors;
			return false;
		}
		this.errors = {};
		await saveStudySettings(app.db, result.settings);
		this.current = result.settings;
		this.saved = true;
		return true;
	}

	async setLang(lang: Lang) {
		i18n.set(lang);
		await setSetting(app.db, 'lang', lang);
	}

	async setTheme(theme: Theme) {
		this.theme = theme;
		app.theme = theme;
		applyTheme(theme);
		await setSetting(app.db, 'theme', theme);
	}
}
