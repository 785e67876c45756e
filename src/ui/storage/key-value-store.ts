/** The little the shell needs of a persistent store; localStorage in the browser, a Map in tests. */
export interface KeyValueStore {
  read(key: string): string | null;
  write(key: string, value: string): void;
}

/**
 * Wraps the browser's localStorage. Private browsing or a full quota make it throw: the game then keeps
 * working for the session and simply does not persist.
 */
export function createLocalStore(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): KeyValueStore {
  return {
    read(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        storage?.setItem(key, value);
      } catch {
        // Not persisted: nothing else to do, the setting still applies for this session.
      }
    },
  };
}

/** The window's localStorage, or undefined where merely reading the property throws (storage blocked). */
export function localStorageOf(view: Pick<Window, 'localStorage'>): Storage | undefined {
  try {
    return view.localStorage;
  } catch {
    return undefined;
  }
}

/** An in-memory store, for tests and for browsers without storage. */
export function createMemoryStore(initial: Readonly<Record<string, string>> = {}): KeyValueStore & {
  readonly entries: Map<string, string>;
} {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    read: (key) => entries.get(key) ?? null,
    write: (key, value) => {
      entries.set(key, value);
    },
  };
}
