/**
 * A small client for the parts of CouchDB's documented HTTP API that sync uses: the welcome at `/`,
 * `_session`, `_changes`, `_all_docs`, `_bulk_docs` and `_local` checkpoint documents. Every failure
 * comes out as a {@link SyncError} that says what happened; nothing here touches local data.
 */
import { SyncError } from './errors';

export interface CouchOptions {
	/** Server address, e.g. `https://couch.example.org` or `http://localhost:5984`. */
	url: string;
	/** The learner's database. */
	db: string;
	/** Per request, ms (default 15,000). */
	timeoutMs?: number;
	/** Injected for tests; default `globalThis.fetch`. */
	fetch?: typeof fetch;
}

export interface CouchDoc {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	[field: string]: unknown;
}

export interface ChangesBatch {
	results: { id: string; seq: string | number; deleted?: boolean; doc?: CouchDoc }[];
	last_seq: string | number;
}

export type BulkResult = { ok: true; id: string; rev: string } | { id: string; error: string; reason?: string };

/** The server address checked and normalised (no trailing slash); HTTPS unless it is this machine. */
export function checkServerUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		throw new SyncError('bad-url', `"${url}" is not a server address; write it like https://couch.example.org`);
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new SyncError('bad-url', `"${url}" is not an http(s) address`);
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
	if (parsed.protocol === 'http:' && !local) {
		throw new SyncError('insecure', `${parsed.host} is not this machine, so the address must start with https:// (your password and reviews would travel in clear text)`);
	}
	return parsed.href.replace(/\/+$/, '');
}

export class CouchClient {
	readonly base: string;
	readonly db: string;
	private readonly timeoutMs: number;
	private readonly fetchFn: typeof fetch;
	/** The database was found or made by {@link ensureDb}. */
	private dbKnown = false;

	constructor(opts: CouchOptions) {
		this.base = checkServerUrl(opts.url);
		this.db = opts.db;
		this.timeoutMs = opts.timeoutMs ?? 15_000;
		this.fetchFn = opts.fetch ?? ((...args) => globalThis.fetch(...args));
	}

	private async request<T>(path: string, init: RequestInit & { json?: unknown; timeoutMs?: number } = {}, allow: number[] = []): Promise<{ status: number; body: T }> {
		const { json, timeoutMs = this.timeoutMs, signal, ...rest } = init;
		const url = `${this.base}${path}`;
		let response: Response;
		try {
			response = await this.fetchFn(url, {
				...rest,
				credentials: 'include',
				headers: { accept: 'application/json', ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...(rest.headers ?? {}) },
				...(json !== undefined ? { body: JSON.stringify(json) } : {}),
				signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs)
			});
		} catch (error) {
			const name = (error as { name?: string } | null)?.name;
			if (signal?.aborted) throw new SyncError('network', 'stopped (nothing was changed here)');
			if (name === 'TimeoutError' || name === 'AbortError') {
				throw new SyncError('timeout', `${this.base} did not answer within ${Math.round(timeoutMs / 1000)} s; check the connection and try again (nothing was changed here)`);
			}
			throw new SyncError('network', `could not reach ${this.base}: check the address and that the server is running (nothing was changed here)`);
		}
		let body: unknown;
		try {
			body = await response.json();
		} catch {
			throw new SyncError('not-couchdb', `${this.base} answered ${path} with something that is not CouchDB's JSON (HTTP ${response.status}): is this the CouchDB address?`);
		}
		if (response.ok || allow.includes(response.status)) return { status: response.status, body: body as T };
		const reason = (body as { reason?: string; error?: string } | null)?.reason ?? (body as { error?: string } | null)?.error ?? '';
		if (response.status === 401) throw new SyncError('auth', `the server refused the sign-in (${reason || 'name or password wrong, or the session ended'}): sign in again`);
		if (response.status === 403) throw new SyncError('forbidden', `this account may not use the database "${this.db}" (${reason || 'forbidden'}): ask whoever runs the server to add you as a member`);
		if (response.status >= 500) throw new SyncError('server', `the server failed (HTTP ${response.status}${reason ? `: ${reason}` : ''}); try again later (nothing was changed here)`);
		throw new SyncError('protocol', `the server refused ${init.method ?? 'GET'} ${path} (HTTP ${response.status}${reason ? `: ${reason}` : ''})`);
	}

	private dbPath(rest = ''): string {
		return `/${encodeURIComponent(this.db)}${rest}`;
	}

	/** Check that the address is a CouchDB (or a server that speaks its protocol). */
	async probe(): Promise<{ vendor: string; version: string }> {
		const { body } = await this.request<Record<string, unknown>>('/');
		const vendor = (body?.vendor as { name?: string } | undefined)?.name;
		if (!body || (!('couchdb' in body) && !('express-pouchdb' in body))) {
			throw new SyncError('not-couchdb', `${this.base} is a web server but not CouchDB (its welcome page has no "couchdb" field): check the address`);
		}
		return { vendor: vendor ?? 'CouchDB', version: String(body.version ?? '') };
	}

	/** Sign in with CouchDB's cookie session; the password is only sent, never kept. Returns the user name. */
	async signIn(name: string, password: string): Promise<string> {
		const { body } = await this.request<{ name?: string; ok?: boolean }>('/_session', { method: 'POST', json: { name, password } });
		return body.name ?? name;
	}

	/** End the session (the cookie is dropped by the server's answer). */
	async signOut(): Promise<void> {
		await this.request('/_session', { method: 'DELETE' }, [401]);
	}

	/** The signed-in user, or null (CouchDB answers `_session` even without a session). */
	async session(): Promise<string | null> {
		const { body } = await this.request<{ userCtx?: { name?: string | null } }>('/_session');
		return body.userCtx?.name ?? null;
	}

	/**
	 * Make sure the database exists (creating it needs admin rights on CouchDB; the README says how).
	 * Asked once per client: live sync runs many syncs with one client.
	 */
	async ensureDb(): Promise<void> {
		if (this.dbKnown) return;
		const { status } = await this.request(this.dbPath(), {}, [404]);
		if (status === 404) await this.request(this.dbPath(), { method: 'PUT' }, [412]);
		this.dbKnown = true;
	}

	/** Changes after `since`; with `includeDocs` false only ids and revisions (fetch the wanted ones with {@link getDocs}). */
	async changes(since: string | number, limit: number, includeDocs = true): Promise<ChangesBatch> {
		const query = `?style=main_only&include_docs=${includeDocs}&limit=${limit}&since=${encodeURIComponent(String(since))}`;
		return (await this.request<ChangesBatch>(this.dbPath(`/_changes${query}`))).body;
	}

	/**
	 * Wait until the database changes after `since` (`_changes?feed=longpoll`): the server holds the
	 * request open and answers as soon as a document is written, or after `waitMs` with nothing.
	 * Returns the changed document ids (empty when the wait ended without a change) and the new sequence.
	 */
	async waitForChanges(since: string | number, waitMs: number, signal?: AbortSignal): Promise<{ ids: string[]; last_seq: string | number }> {
		const query = `?feed=longpoll&style=main_only&timeout=${waitMs}&since=${encodeURIComponent(String(since))}`;
		const { body } = await this.request<ChangesBatch>(this.dbPath(`/_changes${query}`), { timeoutMs: waitMs + this.timeoutMs, ...(signal ? { signal } : {}) });
		return { ids: body.results.map((row) => row.id), last_seq: body.last_seq };
	}

	/** The current versions of these documents (missing ones are left out). */
	async getDocs(ids: readonly string[]): Promise<Map<string, CouchDoc>> {
		const out = new Map<string, CouchDoc>();
		if (ids.length === 0) return out;
		const { body } = await this.request<{ rows: { key: string; doc?: CouchDoc | null }[] }>(this.dbPath('/_all_docs?include_docs=true'), { method: 'POST', json: { keys: ids } });
		for (const row of body.rows) if (row.doc) out.set(row.key, row.doc);
		return out;
	}

	async bulkDocs(docs: readonly CouchDoc[]): Promise<BulkResult[]> {
		return (await this.request<BulkResult[]>(this.dbPath('/_bulk_docs'), { method: 'POST', json: { docs } })).body;
	}

	async getLocal<T extends object>(id: string): Promise<(T & { _rev?: string }) | null> {
		const { status, body } = await this.request<T & { _rev?: string }>(this.dbPath(`/_local/${encodeURIComponent(id)}`), {}, [404]);
		return status === 404 ? null : body;
	}

	/** Write a `_local` document (not replicated); returns its new revision. */
	async putLocal(id: string, value: object, rev?: string): Promise<string | undefined> {
		const { body } = await this.request<{ rev?: string }>(this.dbPath(`/_local/${encodeURIComponent(id)}`), { method: 'PUT', json: { ...value, ...(rev ? { _rev: rev } : {}) } });
		return body.rev;
	}
}
