/**
 * The device's sync metadata, in a small IndexedDB database of its own (`deckhand-sync`), apart from
 * the collection so a backup or a restore never carries one device's checkpoints to another.
 */
import Dexie, { type EntityTable } from 'dexie';
import { HLC_ZERO, derivedEventId, type ClockFloor, type EventIdOf, type Hlc } from './hlc';

interface MetaRow {
	key: string;
	value: unknown;
}

/** Where replication with one server database stands. */
export interface Checkpoint {
	/** `_changes` sequence pulled up to. */
	since: string | number;
	/** Highest local review-log id pushed. */
	pushedLogId: number;
	/** A day-by-day push of a long history in progress: the UTC day (epoch ms) to continue at, 0 = none. */
	dayCursor: number;
	/** Collection generation this checkpoint belongs to (see `GENERATION_KEY`). */
	generation: string;
	/** Epoch ms of the last completed sync, 0 = never. */
	lastSynced: number;
}

export const EMPTY_CHECKPOINT: Checkpoint = { since: 0, pushedLogId: 0, dayCursor: 0, generation: '', lastSynced: 0 };

export class SyncMeta extends Dexie {
	kv!: EntityTable<MetaRow, 'key'>;

	constructor(name = 'deckhand-sync') {
		super(name);
		this.version(1).stores({ kv: 'key' });
	}

	private async read<T>(key: string): Promise<T | undefined> {
		return (await this.kv.get(key))?.value as T | undefined;
	}

	/** This device's id, made once (random, 12 base-36 characters). */
	async deviceId(): Promise<string> {
		const known = await this.read<string>('device');
		if (known) return known;
		const bytes = crypto.getRandomValues(new Uint8Array(8));
		const id = [...bytes].map((b) => (b % 36).toString(36)).join('') + Date.now().toString(36).slice(-4);
		await this.kv.put({ key: 'device', value: id });
		return id;
	}

	async clock(): Promise<Hlc> {
		return (await this.read<Hlc>('clock')) ?? HLC_ZERO;
	}

	async setClock(clock: Hlc): Promise<void> {
		await this.kv.put({ key: 'clock', value: clock });
	}

	async checkpoint(remote: string): Promise<Checkpoint> {
		return { ...EMPTY_CHECKPOINT, ...(await this.read<Checkpoint>(`checkpoint:${remote}`)) };
	}

	async setCheckpoint(remote: string, checkpoint: Checkpoint): Promise<void> {
		await this.kv.put({ key: `checkpoint:${remote}`, value: checkpoint });
	}

	/** This device's clock floors (see {@link derivedEventId}), sorted by `after`. */
	async floors(): Promise<ClockFloor[]> {
		return (await this.read<ClockFloor[]>('floors')) ?? [];
	}

	/** Note that answers stored after log id `after` come after clock `at` (kept only when it raises a floor). */
	async addFloor(floor: ClockFloor): Promise<void> {
		const floors = await this.floors();
		const last = floors[floors.length - 1];
		if (last && (last.after > floor.after || last.at.wall >= floor.at.wall)) return;
		// No row is stored after `floor.after` yet (it is the end of the log), so raising the last floor
		// at the same position changes no id already derived.
		if (last && last.after === floor.after) floors.pop();
		await this.kv.put({ key: 'floors', value: [...floors, floor] });
	}

	/** How this device names stored answers: their own event id, or the one derived for its own answers. */
	async eventIds(): Promise<EventIdOf> {
		const [device, floors] = [await this.deviceId(), await this.floors()];
		return (log) => log.eid ?? derivedEventId(log, device, floors);
	}

	/** Ids of answers undone anywhere (an answer pulled again later must stay undone). */
	async undone(): Promise<Set<string>> {
		return new Set((await this.read<string[]>('undone')) ?? []);
	}

	async addUndone(ids: Iterable<string>): Promise<void> {
		const all = await this.undone();
		const before = all.size;
		for (const id of ids) all.add(id);
		if (all.size !== before) await this.kv.put({ key: 'undone', value: [...all] });
	}
}
