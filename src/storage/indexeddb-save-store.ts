// The only module that touches IndexedDB: it implements the core's SaveStore port for the browser.
import {
  QUARANTINE_PREFIX,
  quarantineSlotOf,
  type SaveRecord,
  type SaveStore,
  type SlotInfo,
} from '../core/save/save-store';

/** Name of the database and of its object store. */
export const SAVE_DATABASE = 'une-annee-en-mairie';
const STORE = 'sauvegardes';
const VERSION = 1;

interface StoredRecord extends SaveRecord {
  readonly reason: string | null;
}

function isStoredRecord(value: unknown): value is StoredRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    'slot' in value &&
    typeof value.slot === 'string' &&
    'text' in value &&
    typeof value.text === 'string'
  );
}

export function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const pending = make();
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB'));
  });
}

export function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB : transaction annulée'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB'));
  });
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(name, VERSION);
    opening.onupgradeneeded = () => {
      if (!opening.result.objectStoreNames.contains(STORE))
        opening.result.createObjectStore(STORE, { keyPath: 'slot' });
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB indisponible'));
    opening.onblocked = () => reject(new Error('IndexedDB bloquée par un autre onglet'));
  });
}

function infoOf(record: StoredRecord): SlotInfo {
  return {
    slot: record.slot,
    label: record.label,
    savedAt: record.savedAt,
    size: record.text.length,
    quarantined: record.slot.startsWith(QUARANTINE_PREFIX),
    reason: record.reason,
  };
}

/**
 * Saves in IndexedDB (one record per slot). `factory` is the browser's `indexedDB`, given by the composition
 * root; every failure (private browsing, quota, blocked upgrade) rejects, and the core turns it into French.
 */
export function createIndexedDbSaveStore(factory: IDBFactory, name: string = SAVE_DATABASE): SaveStore {
  let database: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    database ??= open(factory, name).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  const records = async (): Promise<StoredRecord[]> => {
    const store = (await db()).transaction(STORE, 'readonly').objectStore(STORE);
    const all = await request(() => store.getAll());
    return all.filter(isStoredRecord);
  };
  return {
    async list() {
      return (await records()).map(infoOf).sort((a, b) => (a.slot < b.slot ? -1 : 1));
    },
    async load(slot) {
      const store = (await db()).transaction(STORE, 'readonly').objectStore(STORE);
      const found: unknown = await request(() => store.get(slot));
      return isStoredRecord(found) ? found.text : null;
    },
    async save(record) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).put({ ...record, reason: null } satisfies StoredRecord);
      await done(transaction);
    },
    async remove(slot) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).delete(slot);
      await done(transaction);
    },
    async quarantine(slot, reason) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      const found: unknown = await request(() => store.get(slot));
      const keys = await request(() => store.getAllKeys());
      if (isStoredRecord(found)) {
        const target = quarantineSlotOf(slot, keys.map(String));
        store.put({ ...found, slot: target, reason } satisfies StoredRecord);
        store.delete(slot);
      }
      await done(transaction);
    },
  };
}
