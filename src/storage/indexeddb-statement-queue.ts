// The xAPI statements waiting for the learning platform's LRS, in IndexedDB: they survive a lost connection, a
// closed tab and a crash, and leave only once the LRS has them (src/lms/xapi-sender.ts).
import type { QueuedStatement, StatementQueue } from '../lms/xapi-sender';
import type { XapiStatement } from '../lms/xapi-types';
import { done, request } from './indexeddb-save-store';

/** A database of its own: the saves' database keeps its version, and a player's saves never wait on it. */
export const STATEMENT_DATABASE = 'une-annee-en-mairie-xapi';
const STORE = 'declarations';
const VERSION = 1;

interface StoredStatement {
  readonly key: number;
  readonly endpoint: string;
  readonly statement: XapiStatement;
}

function isStored(value: unknown): value is StoredStatement {
  return (
    typeof value === 'object' &&
    value !== null &&
    'key' in value &&
    typeof value.key === 'number' &&
    'endpoint' in value &&
    typeof value.endpoint === 'string' &&
    'statement' in value &&
    typeof value.statement === 'object'
  );
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(name, VERSION);
    opening.onupgradeneeded = () => {
      // Auto-incremented keys are the order the statements were made in.
      if (!opening.result.objectStoreNames.contains(STORE))
        opening.result.createObjectStore(STORE, { keyPath: 'key', autoIncrement: true });
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB indisponible'));
    opening.onblocked = () => reject(new Error('IndexedDB bloquée par un autre onglet'));
  });
}

/** The statement queue in IndexedDB; `factory` is the browser's `indexedDB`, given by the composition root. */
export function createIndexedDbStatementQueue(
  factory: IDBFactory,
  name: string = STATEMENT_DATABASE,
): StatementQueue {
  let database: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    database ??= open(factory, name).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  return {
    async add(endpoint, statements) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      for (const statement of statements) store.add({ endpoint, statement });
      await done(transaction);
    },
    async head(endpoint, limit) {
      const store = (await db()).transaction(STORE, 'readonly').objectStore(STORE);
      // A queue holds a few statements, or a few hundred after a long time offline: read whole, in key order.
      const all: unknown[] = await request(() => store.getAll());
      return all
        .filter(isStored)
        .filter((item) => item.endpoint === endpoint)
        .slice(0, limit)
        .map(({ key, statement }): QueuedStatement => ({ key, statement }));
    },
    async remove(keys) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      for (const key of keys) store.delete(key);
      await done(transaction);
    },
  };
}
