/**
 * Live sync while the app is open and online (`docs/sync.md` §5): a sync shortly after a local change
 * that is not sent yet (a burst of answers goes in one sync), and a sync as soon as another device
 * writes to the database — a `_changes?feed=longpoll` request the server holds open and answers on
 * the first write — instead of polling on a timer. Syncs never overlap: a request for one while one
 * runs is kept and runs right after it.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { CouchClient } from './couch';
import { eventDocId } from './events';

export interface LiveSyncOptions {
	/** One sync (its errors are the caller's to show; live sync goes on after them). */
	sync: () => Promise<void>;
	/** Changes made here and not sent yet (a local write with none, e.g. sync's own, starts no sync). */
	pending: () => Promise<number>;
	/** The account's database, and the `_changes` sequence this device has pulled up to. */
	client: CouchClient;
	since: () => Promise<string | number>;
	/** This device's id: a change that is only its own event days wakes no sync. */
	deviceId: () => Promise<string>;
	/** Wait after a local write before syncing, ms (default 250). */
	debounceMs?: number;
	/** How long the server holds a longpoll open, ms (default 25,000). */
	waitMs?: number;
	/** Pause after a failed wait (server down, offline), ms (default 5,000). */
	retryMs?: number;
}

export class LiveSync {
	private running: Promise<void> | null = null;
	private again = false;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private watching: AbortController | null = null;

	constructor(private readonly opts: LiveSyncOptions) {}

	/** Run a sync now, or right after the one running (requests made meanwhile become one sync). */
	run(): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = (async () => {
			do {
				this.again = false;
				await this.opts.sync().catch(() => undefined);
			} while (this.again);
		})().finally(() => (this.running = null));
		return this.running;
	}

	/** Something was written here: sync soon if it left changes to send. */
	nudge(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.opts
				.pending()
				.then((n) => (n > 0 ? this.run() : undefined))
				.catch(() => undefined);
		}, this.opts.debounceMs ?? 250);
	}

	/** Start waiting for other devices' changes (a longpoll loop until {@link stop}). */
	start(): void {
		if (this.watching) return;
		const controller = new AbortController();
		this.watching = controller;
		void this.watch(controller.signal);
	}

	stop(): void {
		this.watching?.abort();
		this.watching = null;
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}

	private async watch(signal: AbortSignal): Promise<void> {
		let own: string | null = null;
		let since: string | number | null = null;
		while (!signal.aborted) {
			try {
				own ??= eventDocId(await this.opts.deviceId(), '');
				since ??= await this.opts.since();
				const { ids, last_seq } = await this.opts.client.waitForChanges(since, this.opts.waitMs ?? 25_000, signal);
				if (signal.aborted) return;
				if (ids.some((id) => !id.startsWith(own!))) {
					await this.run();
					since = null;
				} else {
					// Only this device's own event days (its own push): nothing to pull.
					since = last_seq;
				}
			} catch {
				if (signal.aborted) return;
				since = null;
				await new Promise<void>((ok) => {
					const t = setTimeout(ok, this.opts.retryMs ?? 5_000);
					signal.addEventListener('abort', () => (clearTimeout(t), ok()), { once: true });
				});
			}
		}
	}
}

/**
 * Call `fn` after every write to these tables of the IndexedDB database `dbName`, in this page or
 * another tab (Dexie's `storagemutated`); returns the function that stops listening.
 */
export function onWrites(dbName: string, tables: readonly string[], fn: () => void): () => void {
	const prefixes = tables.map((t) => `idb://${dbName}/${t}/`);
	const listener = (parts: ObservabilitySet) => {
		if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) fn();
	};
	Dexie.on('storagemutated', listener);
	return () => Dexie.on.storagemutated.unsubscribe(listener);
}
