import type { KeyValueStore } from '../storage/key-value-store';
import { applyPatch, parseSettings, type Settings, type SettingsPatch } from './settings';

/** Storage key of the settings; versioned so a future format can migrate. */
export const SETTINGS_STORAGE_KEY = 'une-annee-en-mairie.reglages.v1';

/** The one source of the player's preferences: read, change, listen. */
export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  reset(): Settings;
  /** Called after every change with the new settings; returns an unsubscribe function. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

function readStored(store: KeyValueStore, defaults: Settings): Settings {
  const text = store.read(SETTINGS_STORAGE_KEY);
  if (text === null) return defaults;
  try {
    return parseSettings(JSON.parse(text) as unknown, defaults);
  } catch {
    return defaults;
  }
}

export function createSettingsStore(store: KeyValueStore, defaults: Settings): SettingsStore {
  let current = readStored(store, defaults);
  const listeners = new Set<(settings: Settings) => void>();
  const commit = (next: Settings): Settings => {
    current = next;
    store.write(SETTINGS_STORAGE_KEY, JSON.stringify(next));
    listeners.forEach((listener) => listener(next));
    return next;
  };
  return {
    get: () => current,
    update: (patch) => commit(applyPatch(current, patch)),
    reset: () => commit(defaults),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
