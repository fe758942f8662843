/** Settings screen state: the form, its validation messages, and saving. */
import { reviewCount, setSetting } from '$lib/db';
import { MIN_REVIEWS_TO_OPTIMIZE } from '$lib/srs/optimize';
import type { Lang } from '$lib/i18n/strings';
import { parseSettingsInput, toInput, type SettingsErrors, type SettingsInput, type StudySettings } from '$lib/srs/settings';
import { app } from './app.svelte';
import { i18n } from './i18n.svelte';
import { loadStudySettings, saveStudySettings } from './study-day';
import { applyTheme, type Theme } from './theme';
import { errorMessage } from '../errors';

export class SettingsState {
	input = $state<SettingsInput | null>(null);
	errors = $state<SettingsErrors>({});
	saved = $state(false);
	theme = $state<Theme>('system');
	/** FSRS optimisation: reviews so far, whether it runs, its outcome. */
	reviews = $state(0);
	optimizing = $state(false);
	optimizeError = $state<string | null>(null);
	weights = $state<number[] | null>(null);
	readonly minReviews = MIN_REVIEWS_TO_OPTIMIZE;
	private current: StudySettings | null = null;

	async load() {
		this.current = await loadStudySettings(app.db);
		this.input = toInput(this.current);
		this.theme = app.theme;
		this.weights = this.current.srs.weights ?? null;
		this.reviews = await reviewCount(app.db);
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

	/** Fit FSRS weights to the learner's own reviews (WebAssembly, loaded now) and use them from the next answer. */
	async optimize() {
		if (!this.current || this.optimizing) return;
		this.optimizing = true;
		this.optimizeError = null;
		try {
			const { optimizeWeights } = await import('./optimizer');
			const weights = await optimizeWeights(this.current.dayStartHour);
			await this.saveWeights(weights);
		} catch (error) {
			this.optimizeError = errorMessage(error);
		} finally {
			this.optimizing = false;
		}
	}

	/** Back to ts-fsrs's default weights. */
	async resetWeights() {
		await this.saveWeights(undefined);
	}

	private async saveWeights(weights: number[] | undefined) {
		if (!this.current) return;
		const next: StudySettings = { ...this.current, srs: { ...this.current.srs, weights } };
		await saveStudySettings(app.db, next);
		this.current = next;
		this.weights = weights ?? null;
	}
}
