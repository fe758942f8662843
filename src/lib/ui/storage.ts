/**
 * Browser storage helpers: persistent storage (so the browser does not evict the learner's data
 * under pressure), usage and quota, and saving a file to the learner's device.
 */

export interface StorageInfo {
	/** Whether the origin's storage is persistent; null when the browser cannot tell. */
	persisted: boolean | null;
	/** Bytes used by this origin, or null when unknown. */
	usage: number | null;
	/** Bytes this origin may use, or null when unknown. */
	quota: number | null;
}

/**
 * Ask the browser to keep our data (`navigator.storage.persist()`). Returns whether storage is
 * persistent afterwards (false when unsupported or refused). Asks only when not persistent yet.
 */
export async function requestPersistence(): Promise<boolean> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist) return false;
	try {
		if (storage.persisted && (await storage.persisted())) return true;
		return await storage.persist();
	} catch {
		return false;
	}
}

/** Persistence, usage and quota of this origin (bytes; see {@link StorageInfo}). */
export async function storageInfo(): Promise<StorageInfo> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	const info: StorageInfo = { persisted: null, usage: null, quota: null };
	if (!storage) return info;
	try {
		if (storage.persisted) info.persisted = await storage.persisted();
	} catch {
		// unknown
	}
	try {
		if (storage.estimate) {
			const estimate = await storage.estimate();
			info.usage = estimate.usage ?? null;
			info.quota = estimate.quota ?? null;
		}
	} catch {
		// unknown
	}
	return info;
}

/** Bytes → megabytes with one decimal ("12.3"). */
export function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toFixed(1);
}

/** Save `content` as a file named `name` through a Blob URL (the browser's download). */
export function downloadFile(name: string, content: string | Blob, type = 'application/json'): void {
	const blob = content instanceof Blob ? content : new Blob([content], { type: `${type};charset=utf-8` });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.appendChild(a);
	a.click();
	a.remove();
	// Revoke after the click has been handled (an immediate revoke can cancel the download).
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Local date as YYYY-MM-DD (for file names). */
export function localDate(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Null when a write of about `needed` bytes fits in this origin's free storage, else the learner's
 * message (what it needs, what is free). Asked before an import or a restore writes anything.
 */
export async function roomProblem(needed: number): Promise<string | null> {
	const { fits } = await import('$lib/db/space');
	const room = fits(needed, await storageInfo());
	if (room.fits) return null;
	return `This needs about ${megabytes(needed)} MB of storage and only ${megabytes(room.free ?? 0)} MB are free: nothing was saved. Free some space (or delete decks) and try again.`;
}
