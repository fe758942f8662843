/**
 * Settings → Sync: the account (server, name, database; the password is only sent to `_session`,
 * never kept — the server's session cookie is), "sync now", live sync while online and the app is
 * open, last synced, pending changes and progress. The work is `$lib/sync`; this only wires it.
 */
import { pendingChangeCount } from '$lib/db';
import { errorMessage } from '$lib/errors';
import { CouchClient } from '$lib/sync/couch';
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
/** Live sync: how often to look for changes while online (ms). */
const LIVE_EVERY_MS = 5_000;

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
	private timer: ReturnType<typeof setInterval> | null = null;
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
		await this.meta.kv.delete(ACCOUNT_KEY);
		if (account) await this.client(account).signOut().catch(() => undefined);
	}

	async syncNow(): Promise<void> {
		if (!this.account || this.busy || !this.online) return;
		this.busy = true;
		this.error = null;
		try {
			const { srs } = await loadStudySettings(app.db);
			await syncOnce(app.db, this.meta, this.client(this.account), { settings: srs, onProgress: (p) => (this.progress = p) });
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
		this.timer = setInterval(() => void this.syncNow(), LIVE_EVERY_MS);
	}

	private stop() {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
	}
}

export const sync = new SyncState();
