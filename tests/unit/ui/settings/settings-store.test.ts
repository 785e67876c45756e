import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../src/ui/settings/settings';
import { SETTINGS_STORAGE_KEY, createSettingsStore } from '../../../../src/ui/settings/settings-store';
import {
  createLocalStore,
  createMemoryStore,
  localStorageOf,
} from '../../../../src/ui/storage/key-value-store';

const defaults = defaultSettings();

describe('createSettingsStore', () => {
  it('starts from the defaults when nothing is stored', () => {
    expect(createSettingsStore(createMemoryStore(), defaults).get()).toEqual(defaults);
  });

  it('persists every change and reads it back in a new session', () => {
    const memory = createMemoryStore();
    createSettingsStore(memory, defaults).update({ highContrast: true, volumes: { ambience: 0 } });
    const reloaded = createSettingsStore(memory, defaults).get();
    expect(reloaded.highContrast).toBe(true);
    expect(reloaded.volumes.ambience).toBe(0);
  });

  it.each([['{pas du json'], ['"texte"'], ['[]'], ['null']])(
    'recovers from corrupt stored text %s',
    (text) => {
      const store = createSettingsStore(createMemoryStore({ [SETTINGS_STORAGE_KEY]: text }), defaults);
      expect(store.get()).toEqual(defaults);
    },
  );

  it('notifies subscribers until they unsubscribe', () => {
    const store = createSettingsStore(createMemoryStore(), defaults);
    const seen: boolean[] = [];
    const unsubscribe = store.subscribe((settings) => seen.push(settings.muted));
    store.update({ muted: true });
    unsubscribe();
    store.update({ muted: false });
    expect(seen).toEqual([true]);
  });

  it('reset goes back to the defaults and saves them', () => {
    const memory = createMemoryStore();
    const store = createSettingsStore(memory, defaults);
    store.update({ textSize: 'larger' });
    expect(store.reset()).toEqual(defaults);
    expect(JSON.parse(memory.entries.get(SETTINGS_STORAGE_KEY) ?? '{}')).toEqual(defaults);
  });
});

describe('createLocalStore', () => {
  const throwing = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };

  it('turns a throwing storage into a non-persisting one', () => {
    const store = createLocalStore(throwing);
    expect(() => store.write('k', 'v')).not.toThrow();
    expect(store.read('k')).toBeNull();
  });

  it('finds no storage when reading window.localStorage throws', () => {
    const blocked = {
      get localStorage(): Storage {
        throw new Error('SecurityError');
      },
    };
    expect(localStorageOf(blocked)).toBeUndefined();
  });

  it('works without any storage', () => {
    const store = createLocalStore(undefined);
    store.write('k', 'v');
    expect(store.read('k')).toBeNull();
  });

  it('keeps settings usable for the session when storage fails', () => {
    const store = createSettingsStore(createLocalStore(throwing), defaults);
    expect(store.update({ muted: true }).muted).toBe(true);
    expect(store.get().muted).toBe(true);
  });
});
