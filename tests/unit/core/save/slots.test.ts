import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_SLOT,
  createMemorySaveStore,
  exportSaveFile,
  importSaveFile,
  loadYearFromSlot,
  MANUAL_SLOTS,
  originalSlotOf,
  quarantineSlotOf,
  saveYear,
  type SaveStore,
} from '../../../../src/core/save';
import { openYearSession, resumeYearSession } from '../../../../src/core/year';
import { newYear, playWeeks, repoYearLibrary, yearEnv } from '../year/year-fixtures';

const library = repoYearLibrary();
const env = yearEnv();
const savedAt = '2026-11-23T18:00:00Z';

describe('save slots', () => {
  it('autosaves after every accepted event and loads back at the same point', async () => {
    const store = createMemorySaveStore();
    const opened = openYearSession(env, { configId: env.config.id, seed: 4, post: 'temps-plein' });
    if (!opened.ok) throw new Error(opened.error);
    const year = opened.value;
    const saves: Promise<unknown>[] = [];
    year.subscribe((state) => saves.push(saveYear(store, AUTOSAVE_SLOT, env, state, savedAt)));
    year.send({ type: 'week.plan', slots: [['guichet.0.0', 0]] });
    year.send({ type: 'activity.open', activityId: 'premier-jour' });
    year.send({ type: 'week.end' });
    await Promise.all(saves);
    expect(saves).toHaveLength(2);
    const loaded = await loadYearFromSlot(store, AUTOSAVE_SLOT, library);
    expect(loaded.ok && loaded.value.state).toEqual(year.state());
    const [slot] = await store.list();
    expect(slot).toMatchObject({
      slot: 'auto',
      label: '2027, semaine 2 sur 52 — Poste à temps complet (35 heures)',
      quarantined: false,
    });
  });

  it('keeps several slots apart', async () => {
    const store = createMemorySaveStore();
    const first = newYear(env, 1);
    const second = playWeeks(env, newYear(env, 2), 2);
    await saveYear(store, MANUAL_SLOTS[0], env, first, savedAt);
    await saveYear(store, MANUAL_SLOTS[1], env, second, savedAt);
    const one = await loadYearFromSlot(store, MANUAL_SLOTS[0], library);
    const two = await loadYearFromSlot(store, MANUAL_SLOTS[1], library);
    expect(one.ok && one.value.state).toEqual(first);
    expect(two.ok && two.value.state).toEqual(second);
    expect((await store.list()).map((slot) => slot.slot)).toEqual(['partie-1', 'partie-2']);
  });

  it('moves a corrupt save to the quarantine, with its reason, and leaves the other slots alone', async () => {
    const store = createMemorySaveStore();
    await saveYear(store, MANUAL_SLOTS[0], env, newYear(env), savedAt);
    await store.save({
      slot: MANUAL_SLOTS[1],
      text: '{"format":"une-annee-en-mairie/sauvegarde","vers',
      savedAt,
      label: 'abîmée',
    });
    const loaded = await loadYearFromSlot(store, MANUAL_SLOTS[1], library);
    expect(loaded.ok || loaded.error).toBe(
      'Le fichier de sauvegarde est illisible : ce n’est pas du JSON (il est peut-être tronqué). Elle a été mise de côté (quarantaine) ; vos autres sauvegardes ne sont pas touchées.',
    );
    const slots = await store.list();
    expect(slots.map((slot) => [slot.slot, slot.quarantined])).toEqual([
      ['partie-1', false],
      ['quarantaine/partie-2/1', true],
    ]);
    expect(slots[1]?.reason).toMatch(/illisible/);
    expect((await loadYearFromSlot(store, MANUAL_SLOTS[0], library)).ok).toBe(true);
    expect(await loadYearFromSlot(store, MANUAL_SLOTS[1], library)).toEqual({
      ok: false,
      error: 'Cet emplacement est vide.',
    });
  });

  it('says so in French when the storage fails, without throwing', async () => {
    const failing: SaveStore = {
      list: () => Promise.reject(new Error('quota')),
      load: () => Promise.reject(new Error('quota')),
      save: () => Promise.reject(new Error('quota')),
      remove: () => Promise.reject(new Error('quota')),
      quarantine: () => Promise.reject(new Error('quota')),
    };
    expect(await saveYear(failing, AUTOSAVE_SLOT, env, newYear(env), savedAt)).toEqual({
      ok: false,
      error: 'La partie n’a pas pu être enregistrée sur cet appareil (stockage indisponible ou plein).',
    });
    expect(await loadYearFromSlot(failing, AUTOSAVE_SLOT, library)).toEqual({
      ok: false,
      error: 'Les sauvegardes de cet appareil sont inaccessibles pour le moment.',
    });
  });

  it('exports a save file and imports it back', () => {
    const state = playWeeks(env, newYear(env, 6), 3);
    const file = exportSaveFile(env, state, savedAt);
    expect(file.fileName).toBe('une-annee-en-mairie-annee-2027-tutoriel-semaine-4.json');
    const imported = importSaveFile(file.text, library);
    expect(imported.ok && imported.value.state).toEqual(state);
    expect(importSaveFile('pas une sauvegarde', library)).toEqual({
      ok: false,
      error: 'Le fichier de sauvegarde est illisible : ce n’est pas du JSON (il est peut-être tronqué).',
    });
  });
});

describe('continue a saved year', () => {
  it('resumes a session on the loaded state without replaying it again', async () => {
    const store = createMemorySaveStore();
    const state = playWeeks(env, newYear(env, 7), 2);
    await saveYear(store, AUTOSAVE_SLOT, env, state, savedAt);
    const loaded = await loadYearFromSlot(store, AUTOSAVE_SLOT, library);
    if (!loaded.ok) throw new Error(loaded.error);
    const year = resumeYearSession(loaded.value.env, loaded.value.state);
    expect(year.view().week).toBe(3);
    expect(year.send({ type: 'week.plan', slots: [] }).ok).toBe(true);
  });
});

describe('quarantine slot names', () => {
  it('names each save kept aside apart, and reads back the slot it came from', () => {
    const first = quarantineSlotOf('partie-2', []);
    const second = quarantineSlotOf('partie-2', [first]);
    expect([first, second]).toEqual(['quarantaine/partie-2/1', 'quarantaine/partie-2/2']);
    expect(originalSlotOf(second)).toBe('partie-2');
    expect(originalSlotOf(quarantineSlotOf(AUTOSAVE_SLOT, []))).toBe(AUTOSAVE_SLOT);
    expect(originalSlotOf('partie-1')).toBe('partie-1');
  });
});
