/**
 * Bundled for the browser by bench/browser/storage.mjs and loaded on the app's own origin, so it
 * seeds and measures the very database the app opens ('deckhand').
 */
import Dexie from 'dexie';
import { DeckhandDb, dueCounts, getSetting, setSetting } from '../../src/lib/db';
import { readStudySettings } from '../../src/lib/srs/settings';
import { counts, seed } from './seed';

const DAY = 86_400_000;

/** Median time (ms) of the Today counts query over `runs` runs. */
async function measureDueCounts(runs = 7): Promise<number> {
	const db = new DeckhandDb();
	await db.open();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const now = Date.now();
		await dueCounts(db, now, now + DAY, { new: 20, review: 200 });
		times.push(performance.now() - t0);
	}
	db.close();
	return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** Raise today's review limit by `more` (as a learner does in Settings), so a second run of answers has cards. */
async function raiseReviewLimit(more: number): Promise<void> {
	const db = new DeckhandDb();
	await db.open();
	const settings = readStudySettings(await getSetting<unknown>(db, 'study')).settings;
	await setSetting(db, 'study', { ...settings, limits: { ...settings.limits, reviewsPerDay: settings.limits.reviewsPerDay + more } });
	db.close();
}

Object.assign(globalThis, { deckhandBench: { seed, measureDueCounts, counts, raiseReviewLimit, Dexie } });
