/** One stored save: its slot, its file text and what a list shows. */
export interface SaveRecord {
  readonly slot: string;
  readonly text: string;
  readonly savedAt: string;
  readonly label: string;
}

/** A slot as the save menu lists it. */
export interface SlotInfo {
  readonly slot: string;
  readonly label: string;
  readonly savedAt: string;
  /** Characters of the save file. */
  readonly size: number;
  /** A save kept aside because it could not be read. */
  readonly quarantined: boolean;
  /** French: why it was kept aside. */
  readonly reason: string | null;
}

/** Prefix of the slots where unreadable saves are kept aside, never deleted. */
export const QUARANTINE_PREFIX = 'quarantaine/';

/**
 * Where saves live: IndexedDB in the browser (src/storage), a Map in tests. The core only talks to this port.
 * Every method may fail (quota, private browsing): callers treat a rejection as « not saved ».
 */
export interface SaveStore {
  list(): Promise<readonly SlotInfo[]>;
  /** The save file text of a slot, or null when the slot is empty. */
  load(slot: string): Promise<string | null>;
  save(record: SaveRecord): Promise<void>;
  remove(slot: string): Promise<void>;
  /** Moves a slot's save into the quarantine with its reason; the slot becomes free. */
  quarantine(slot: string, reason: string): Promise<void>;
}

/** The name of the quarantine slot a save of `slot` moves to (several quarantined copies stay apart). */
export function quarantineSlotOf(slot: string, existing: readonly string[]): string {
  let index = 1;
  while (existing.includes(`${QUARANTINE_PREFIX}${slot}/${index}`)) index += 1;
  return `${QUARANTINE_PREFIX}${slot}/${index}`;
}

/** The slot a save kept aside came from (`quarantaine/partie-2/1` → `partie-2`); other slots are themselves. */
export function originalSlotOf(slot: string): string {
  if (!slot.startsWith(QUARANTINE_PREFIX)) return slot;
  const rest = slot.slice(QUARANTINE_PREFIX.length);
  return rest.slice(0, rest.lastIndexOf('/')) || rest;
}

/** The slot the game writes after every accepted event. */
export const AUTOSAVE_SLOT = 'auto';

/** A save store in memory, for tests and for a browser without storage. */
export function createMemorySaveStore(): SaveStore & {
  readonly records: Map<string, SaveRecord & { reason: string | null }>;
} {
  const records = new Map<string, SaveRecord & { reason: string | null }>();
  return {
    records,
    list: () =>
      Promise.resolve(
        [...records.values()]
          .map((record) => ({
            slot: record.slot,
            label: record.label,
            savedAt: record.savedAt,
            size: record.text.length,
            quarantined: record.slot.startsWith(QUARANTINE_PREFIX),
            reason: record.reason,
          }))
          .sort((a, b) => (a.slot < b.slot ? -1 : 1)),
      ),
    load: (slot) => Promise.resolve(records.get(slot)?.text ?? null),
    save: (record) => {
      records.set(record.slot, { ...record, reason: null });
      return Promise.resolve();
    },
    remove: (slot) => {
      records.delete(slot);
      return Promise.resolve();
    },
    quarantine: (slot, reason) => {
      const record = records.get(slot);
      if (record) {
        const target = quarantineSlotOf(slot, [...records.keys()]);
        records.delete(slot);
        records.set(target, { ...record, slot: target, reason });
      }
      return Promise.resolve();
    },
  };
}
