/**
 * Settings → Sync: the account (server, name, database; the password is only sent to `_session`,
 * never kept — the server's session cookie is), "sync now", live sync while online and the app is
 * open (`$lib/sync/live`: a sync after local changes and a `_changes` longpoll for other devices'),
 * last synced, pending changes and progress. The work is `$lib/sync`; this only wires it.
 */
import { pendingChangeCount } from '$lib/db';
import { errorMessage } from '$lib/errors';
import { CouchClient } from '$lib/sync/couch';
import { LiveSync, onWrites } from '$lib/sync/live';
import { SyncMeta } from '$lib/sync/meta';
import { syncOnce, type SyncProgress } from '$lib/sync/replicate';
import { app } from './app.svelte';
import { loadStudySettings } from './study-day';

export interface SyncAccount {
	url: string;
	name: string;
	db: string;
}

const ACCOUNT_KEY = 'account';
const LIVE_KEY = 'live';
/** The collection tables whose writes can leave changes to send (answers, undos, flags, cards, decks, settings). */
const WATCHED_TABLES = ['revlog', 'states', 'cards', 'decks', 'settings'];

class SyncState {
	readonly meta = new SyncMeta();
	account = $state<SyncAccount | null>(null);
	busy = $state(false);
	error = $state<string | null>(null);
	progress = $state<SyncProgress | null>(null);
	lastSynced = $state(0);
	pending = $state(0);
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	live = $state(true);
	/** The stored account has been read: until then neither the form nor the account is shown. */
	ready = $state(false);
	private live$: LiveSync | null = null;
	private unwatch: (() => void) | null = null;
	private loaded: Promise<void> | null = null;

	/** Read the stored account and start live sync when there is one. */
	load(): Promise<void> {
		this.loaded ??= (async () => {
			this.account = ((await this.meta.kv.get(ACCOUNT_KEY))?.value as SyncAccount | undefined) ?? null;
			this.live = ((await this.meta.kv.get(LIVE_KEY))?.value as boolean | undefined) ?? true;
			this.ready = true;
			if (typeof window !== 'undefined') {
				window.addEventListener('online', () => {
					this.online = true;
					void this.syncNow();
				});
				window.addEventListener('offline', () => (this.online = false));
			}
			await this.refresh();
			this.schedule();
		})();
		return this.loaded;
	}

	private client(account: SyncAccount): CouchClient {
		return new CouchClient({ url: account.url, db: account.db });
	}

	/** Last synced and pending changes, from the stored checkpoint. */
	async refresh(): Promise<void> {
		if (!this.account) return;
		const client = this.client(this.account);
		const cp = await this.meta.checkpoint(`${client.base}/${client.db}`);
		this.lastSynced = cp.lastSynced;
		this.pending = await pendingChangeCount(app.db, cp.pushedLogId, await this.meta.deviceId());
	}

	/** Check the server, sign in with `_session`, keep the account (not the password), then sync. */
	async signIn(account: SyncAccount, password: string): Promise<boolean> {
		this.error = null;
		this.busy = true;
		try {
			const client = this.client(account);
			await client.probe();
			await client.signIn(account.name, password);
			const kept = { url: client.base, name: account.name, db: account.db };
			await this.meta.kv.put({ key: ACCOUNT_KEY, value: kept });
			this.account = kept;
		} catch (error) {
			this.error = errorMessage(error);
			return false;
		} finally {
			this.busy = false;
		}
		await this.syncNow();
		this.schedule();
		return true;
	}

	/** End the server session and forget the account (local data stays). */
	async signOut(): Promise<void> {
		const account = this.account;
		this.account = null;
		this.stop();
		this.live$ = null;
		await this.meta.kv.delete(ACCOUNT_KEY);
		if (account) await this.client(account).signOut().catch(() => undefined);
	}

	/** Sync now (or right after the sync that is running). */
	async syncNow(): Promise<void> {
		if (!this.account || !this.online) return;
		await this.runner(this.account).run();
	}

	/** The one serialiser of this account's syncs, which also runs live sync. */
	private runner(account: SyncAccount): LiveSync {
		if (this.live$) return this.live$;
		const client = this.client(account);
		const key = `${client.base}/${client.db}`;
		const live = new LiveSync({
			sync: () => this.syncOnce(account, client),
			pending: async () => pendingChangeCount(app.db, (await this.meta.checkpoint(key)).pushedLogId, await this.meta.deviceId()),
			client,
			since: async () => (await this.meta.checkpoint(key)).since,
			deviceId: () => this.meta.deviceId()
		});
		this.live$ = live;
		return live;
	}

	private async syncOnce(account: SyncAccount, client: CouchClient): Promise<void> {
		if (this.account !== account || !this.online) return;
		this.busy = true;
		this.error = null;
		try {
			const { srs } = await loadStudySettings(app.db);
			await syncOnce(app.db, this.meta, client, { settings: srs, onProgress: (p) => (this.progress = p) });
		} catch (error) {
			this.error = errorMessage(error);
		} finally {
			this.busy = false;
			this.progress = null;
			await this.refresh().catch(() => undefined);
		}
	}

	async setLive(on: boolean) {
		this.live = on;
		this.schedule();
		await this.meta.kv.put({ key: LIVE_KEY, value: on });
	}

	private schedule() {
		this.stop();
		if (!this.account || !this.live || typeof window === 'undefined') return;
		const live = this.runner(this.account);
		live.start();
		// Changes left unsent when the app was last closed go now.
		live.nudge();
		this.unwatch = onWrites(app.db.name, WATCHED_TABLES, () => live.nudge());
	}

	private stop() {
		this.live$?.stop();
		this.unwatch?.();
		this.unwatch = null;
	}
}

export const sync = new SyncState();
