/**
 * App-wide state: the database, the built-in deck sync and the service-worker update prompt.
 * One instance for the whole SPA (SSR is off).
 */
import { AnswerJournal, DeckhandDb, getSetting, replayJournal, syncBuiltinDecks, unburyExpired } from '$lib/db';
import type { Lang } from '$lib/i18n/strings';
import { i18n } from './i18n.svelte';
import { applyTheme, type Theme } from './theme';

class AppState {
	db = new DeckhandDb();
	/** Answers not yet committed to IndexedDB (see $lib/db/journal). */
	journal = new AnswerJournal(localStorageOrNull());
	ready = $state(false);
	error = $state<string | null>(null);
	updateWaiting = $state(false);
	/** True while a review session is on screen: the update prompt must not reload then. */
	reviewing = $state(false);
	theme = $state<Theme>('system');
	private started: Promise<void> | null = null;
	private applyUpdate: (() => void) | null = null;

	/** Open the database, load settings and merge built-in decks when a new version shipped. */
	start(): Promise<void> {
		this.started ??= (async () => {
			try {
				i18n.init(await getSetting<Lang>(this.db, 'lang'));
				this.theme = (await getSetting<Theme>(this.db, 'theme')) ?? 'system';
				applyTheme(this.theme);
				await syncBuiltinDecks(this.db, fetchJson, Date.now());
				// Answers of a tab that was closed before their writes committed.
				await replayJournal(this.db, this.journal);
				await unburyExpired(this.db, Date.now());
				this.ready = true;
				// Live sync runs while the app is open (its code loads only now, after the first screen).
				void import('./sync.svelte').then(({ sync }) => sync.load());
			} catch (error) {
				this.error = error instanceof Error ? error.message : String(error);
			}
		})();
		return this.started;
	}

	offerUpdate(apply: () => void) {
		this.applyUpdate = apply;
		this.updateWaiting = true;
	}

	reloadForUpdate() {
		this.updateWaiting = false;
		this.applyUpdate?.();
	}
}

function localStorageOrNull(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null; // blocked (e.g. storage disabled): answers are still written, without the journal
	}
}

async function fetchJson(path: string): Promise<unknown> {
	const response = await fetch(`/${path}`);
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return response.json();
}

export const app = new AppState();
