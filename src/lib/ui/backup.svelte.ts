/**
 * Backup and restore (import screen, second section), and deck export (decks screen). A backup is
 * one JSON file (`deckhand/backup@1`); restore previews the counts, lets the learner choose merge or
 * replace, asks to confirm, then writes in one transaction.
 */
import { DeckhandError, deckWithCards, readCollection, restoreCollection, type RestoreReport } from '$lib/db';
import type { Diagnostic } from '$lib/deck/types';
import type { BackupFile } from '$lib/import/backup';
import { checkFileSize } from '$lib/import/diagnostics';
import { importReplaySettings } from '$lib/srs/fsrs';
import { app } from './app.svelte';
import { downloadFile, localDate, requestPersistence, roomProblem, storageInfo, type StorageInfo } from './storage';
import { loadStudySettings } from './study-day';
import { errorMessage } from '../errors';
import { diagnosticText } from '$lib/notes/messages';
import { i18n } from './i18n.svelte';

export type RestorePhase = 'idle' | 'preview' | 'confirm' | 'restoring' | 'done' | 'failed';
export type RestoreErrorKind = 'size' | 'invalid' | 'read' | 'aborted' | 'quota' | 'write';

/** File name of a backup made on `now`'s local date. */
export function backupFileName(now?: Date): string {
	return `deckhand-backup-${localDate(now)}.json`;
}

/** Download one deck as a deck file (`json`) or as markdown notes (`md`). */
export async function exportDeck(deckId: string, as: 'json' | 'md'): Promise<void> {
	const deck = await deckWithCards(app.db, deckId);
	if (as === 'json') {
		const { exportDeckJson } = await import('$lib/import/json');
		downloadFile(`${deckId}.deck.json`, exportDeckJson(deck), 'application/json');
	} else {
		const { exportDeckMarkdown } = await import('$lib/import/markdown');
		downloadFile(`${deckId}.md`, exportDeckMarkdown(deck), 'text/markdown');
	}
}

/** Deck export buttons: runs {@link exportDeck} and keeps the last failure to show. */
export class DeckExport {
	error = $state<string | null>(null);

	async run(deckId: string, as: 'json' | 'md') {
		this.error = null;
		try {
			await exportDeck(deckId, as);
		} catch (error) {
			this.error = errorMessage(error);
		}
	}
}

export class BackupState {
	/** Backup download in progress. */
	saving = $state(false);
	saved = $state<string | null>(null);
	phase = $state<RestorePhase>('idle');
	fileName = $state('');
	backup = $state.raw<BackupFile | null>(null);
	diagnostics = $state<Diagnostic[]>([]);
	error = $state<{ kind: RestoreErrorKind; detail?: string } | null>(null);
	mode = $state<'merge' | 'replace'>('merge');
	progress = $state({ done: 0, total: 0 });
	report = $state.raw<RestoreReport | null>(null);
	private controller: AbortController | null = null;

	/** Write the whole collection to `deckhand-backup-YYYY-MM-DD.json`. */
	async download() {
		this.saving = true;
		this.saved = null;
		try {
			const { createBackup } = await import('$lib/import/backup');
			const data = await readCollection(app.db);
			const name = backupFileName();
			downloadFile(name, createBackup(data));
			this.saved = name;
		} finally {
			this.saving = false;
		}
	}

	reset() {
		this.controller?.abort();
		this.phase = 'idle';
		this.fileName = '';
		this.backup = null;
		this.diagnostics = [];
		this.error = null;
		this.report = null;
		this.progress = { done: 0, total: 0 };
	}

	private fail(kind: RestoreErrorKind, detail?: string) {
		this.error = { kind, detail };
		this.phase = 'failed';
	}

	/** Read and check a backup file; ends in 'preview' (counts shown) or 'failed'. */
	async pick(file: File) {
		this.reset();
		this.fileName = file.name;
		const tooBig = checkFileSize(file.name, file.size);
		if (tooBig) {
			this.diagnostics = [tooBig];
			return this.fail('size', diagnosticText(tooBig, i18n.lang));
		}
		try {
			const { parseBackup } = await import('$lib/import/backup');
			const result = parseBackup(await file.text(), file.name);
			this.diagnostics = result.diagnostics;
			if (!result.backup) return this.fail('invalid', result.diagnostics[0] && diagnosticText(result.diagnostics[0], i18n.lang));
			this.backup = result.backup;
			this.phase = 'preview';
		} catch (error) {
			this.fail('read', errorMessage(error));
		}
	}

	/** First tap on Restore: ask to confirm (replace deletes what is stored). */
	askConfirm() {
		if (this.backup) this.phase = 'confirm';
	}

	async restore() {
		if (!this.backup) return;
		this.controller = new AbortController();
		this.phase = 'restoring';
		this.error = null;
		try {
			// Refuse before writing when the browser says it will not fit (a merge keeps what is stored too).
			const { bytesToWrite } = await import('$lib/db/space');
			const d = this.backup.data;
			const tooBig = await roomProblem(bytesToWrite(JSON.stringify(d).length, d.decks.length + d.cards.length * 2 + d.states.length + d.revlog.length));
			if (tooBig) throw new DeckhandError('quota', tooBig);
			const settings = importReplaySettings((await loadStudySettings(app.db)).srs);
			this.report = await restoreCollection(app.db, this.backup.data, this.mode, {
				settings,
				signal: this.controller.signal,
				onProgress: (done, total) => (this.progress = { done, total })
			});
			this.phase = 'done';
			void app.noteCollection();
		} catch (error) {
			if (error instanceof DeckhandError && (error.code === 'aborted' || error.code === 'quota')) this.fail(error.code, error.code === 'quota' ? error.message : undefined);
			else this.fail('write', errorMessage(error));
			this.phase = 'preview';
		} finally {
			this.controller = null;
		}
	}

	cancel() {
		this.controller?.abort();
	}
}

/** The settings screen's storage section: persistence and usage, and asking for persistence. */
export class StorageState {
	info = $state<StorageInfo | null>(null);
	/** The browser said no to the last request. */
	refused = $state(false);

	async load() {
		this.info = await storageInfo();
	}

	async requestPersistence() {
		this.refused = !(await requestPersistence());
		await this.load();
	}
}
