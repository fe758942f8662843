/**
 * App-wide state: the database, the built-in deck sync and the service-worker update prompt.
 * One instance for the whole SPA (SSR is off).
 */
import {
	AnswerJournal,
	IdbJournalStore,
	AutoBackupDb,
	DeckhandDb,
	autoBackupDue,
	collectionCounts,
	collectionEmpty,
	collectionVanished,
	getSetting,
	lastAutoBackup,
	readCollection,
	readMarker,
	replayJournal,
	restoreCollection,
	saveAutoBackup,
	syncBuiltinDecks,
	unburyExpired,
	writeMarker,
	type CollectionMarker
} from '$lib/db';
import type { Lang } from '$lib/i18n/strings';
import { checkStoredSettings, type IgnoredSetting } from '$lib/srs/settings';
import { i18n } from './i18n.svelte';
import { applyTheme, type Theme } from './theme';
import { errorMessage } from '../errors';

class AppState {
	db = new DeckhandDb();
	/** The one automatic backup, in a database of its own. */
	backups = new AutoBackupDb();
	/** Answers not yet committed to IndexedDB (see $lib/db/journal). */
	journal = new AnswerJournal(localStorageOrNull(), new IdbJournalStore(`${this.db.name}-journal`));
	ready = $state(false);
	error = $state<string | null>(null);
	updateWaiting = $state(false);
	/** True while a review session is on screen: the update prompt must not reload then. */
	reviewing = $state(false);
	theme = $state<Theme>('system');
	/** The database came back empty while the marker says a collection existed (see $lib/db/safety). */
	vanished = $state<{ marker: CollectionMarker; backupAt: number | null } | null>(null);
	/** Restoring the automatic backup after a vanished database: running, or its failure. */
	rescue = $state<{ running: boolean; error: string | null }>({ running: false, error: null });
	/** Stored settings the app could not read at start: their defaults apply (shown as a notice). */
	ignoredSettings = $state<IgnoredSetting[]>([]);
	private started: Promise<void> | null = null;
	private applyUpdate: (() => void) | null = null;

	/** Open the database, load settings and merge built-in decks when a new version shipped. */
	start(): Promise<void> {
		this.started ??= (async () => {
			try {
				// Whatever is stored (an old version, a restored backup, a hand edit): a value that cannot be
				// read falls back to its default and is named in a notice, never a dead screen.
				const stored: Record<string, unknown> = {};
				for (const key of ['lang', 'theme', 'study']) {
					const value = await getSetting<unknown>(this.db, key);
					if (value !== undefined) stored[key] = value;
				}
				const { settings, ignored } = checkStoredSettings(stored);
				this.ignoredSettings = ignored;
				i18n.init(settings.lang as Lang | undefined);
				this.theme = (settings.theme as Theme | undefined) ?? 'system';
				applyTheme(this.theme);
				// Before the built-in decks are written: is a collection that existed gone?
				const marker = readMarker(localStorageOrNull());
				if (collectionVanished(marker, await collectionEmpty(this.db))) {
					const backup = await lastAutoBackup(this.backups).catch(() => undefined);
					this.vanished = { marker: marker!, backupAt: backup?.createdAt ?? null };
				}
				await syncBuiltinDecks(this.db, fetchJson, Date.now());
				// Answers of a tab that was closed before their writes committed.
				await replayJournal(this.db, this.journal);
				await unburyExpired(this.db, Date.now());
				this.ready = true;
				// While a vanished collection waits for the learner's choice, neither marker nor backup is overwritten.
				if (!this.vanished) setTimeout(() => void this.noteCollection(), 3000);
				// Live sync runs while the app is open (its code loads only now, after the first screen).
				void import('./sync.svelte').then(({ sync }) => sync.load());
			} catch (error) {
				this.error = errorMessage(error);
			}
		})();
		return this.started;
	}

	/**
	 * After anything that changes the collection (start, import, restore): update the marker and make
	 * the day's automatic backup when it is due. Failures are silent: both are safety nets.
	 */
	async noteCollection(now = Date.now()) {
		if (this.vanished) return;
		try {
			const counts = await collectionCounts(this.db);
			writeMarker(localStorageOrNull(), counts, now);
			if (counts.userDecks + counts.reviews === 0) return;
			if (!autoBackupDue(await lastAutoBackup(this.backups), now)) return;
			const { createBackup } = await import('$lib/import/backup');
			await saveAutoBackup(this.backups, createBackup(await readCollection(this.db), { now }), now);
		} catch {
			// e.g. storage full: the next start tries again
		}
	}

	/** Put the automatic backup back after the database vanished (replaces what the start wrote). */
	async restoreAutoBackup() {
		this.rescue = { running: true, error: null };
		try {
			const saved = await lastAutoBackup(this.backups);
			const { parseBackup } = await import('$lib/import/backup');
			const parsed = saved ? parseBackup(saved.text, 'automatic backup') : null;
			if (!parsed?.backup) throw new Error(parsed?.diagnostics[0]?.message ?? 'no automatic backup');
			await restoreCollection(this.db, parsed.backup.data, 'replace');
			this.vanished = null;
			this.rescue = { running: false, error: null };
			await this.noteCollection();
			location.reload();
		} catch (error) {
			this.rescue = { running: false, error: errorMessage(error) };
		}
	}

	/** The learner chose to go on without the lost collection. */
	startFresh() {
		this.vanished = null;
		void this.noteCollection();
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
