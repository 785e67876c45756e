import { err, ok, type Result } from '../result';
import type { YearLibrary } from '../year/config/library';
import type { YearEnv } from '../year/env';
import type { YearState } from '../year/state/types';
import { postOrFirst } from '../year/world/world';
import { writeSave, type SaveMeta } from './envelope';
import { payloadOf } from './payload';
import { loadSaveText, type RestoredYear } from './restore';
import { AUTOSAVE_SLOT, type SaveStore } from './save-store';

export { AUTOSAVE_SLOT };
/** The slots the player saves into by hand. */
export const MANUAL_SLOTS = ['partie-1', 'partie-2', 'partie-3'] as const;

/** A year loaded from a slot or a file, with what the player should read. */
export type LoadedSave = RestoredYear & { readonly meta: SaveMeta };

/** The French label of a save: year, week, post. */
export function saveLabel(env: YearEnv, state: YearState): string {
  const week = state.phase === 'over' ? 'année terminée' : `semaine ${state.week + 1} sur ${state.weekCount}`;
  return `${env.config.year}, ${week} — ${postOrFirst(env.world, state.setup.post).label}`;
}

/** The text of a save file of `state`; `savedAt` is the real time, given by the caller. */
export function saveText(env: YearEnv, state: YearState, savedAt: string): string {
  return writeSave(payloadOf(env, state), { savedAt, label: saveLabel(env, state) });
}

/** Writes the year into a slot; a storage failure is a French message, never an exception. */
export async function saveYear(
  store: SaveStore,
  slot: string,
  env: YearEnv,
  state: YearState,
  savedAt: string,
): Promise<Result<{ readonly size: number }, string>> {
  const text = saveText(env, state, savedAt);
  try {
    await store.save({ slot, text, savedAt, label: saveLabel(env, state) });
    return ok({ size: text.length });
  } catch {
    return err('La partie n’a pas pu être enregistrée sur cet appareil (stockage indisponible ou plein).');
  }
}

/**
 * Loads a slot. A save that cannot be read or replayed is moved to the quarantine (never deleted) and its
 * French reason returned; the game goes on.
 */
export async function loadYearFromSlot(
  store: SaveStore,
  slot: string,
  library: YearLibrary,
): Promise<Result<LoadedSave, string>> {
  let text: string | null;
  try {
    text = await store.load(slot);
  } catch {
    return err('Les sauvegardes de cet appareil sont inaccessibles pour le moment.');
  }
  if (text === null) return err('Cet emplacement est vide.');
  const loaded = loadSaveText(text, library);
  if (loaded.ok) return ok(loaded.value);
  try {
    await store.quarantine(slot, loaded.error.message);
  } catch {
    return err(`${loaded.error.message} Elle n’a pas pu être mise de côté.`);
  }
  return err(
    `${loaded.error.message} Elle a été mise de côté (quarantaine) ; vos autres sauvegardes ne sont pas touchées.`,
  );
}

/** A save file to download: its name (no accent, no space) and its text. */
export function exportSaveFile(
  env: YearEnv,
  state: YearState,
  savedAt: string,
): { fileName: string; text: string } {
  const week = state.phase === 'over' ? 'bilan' : `semaine-${state.week + 1}`;
  return {
    fileName: `une-annee-en-mairie-${env.config.id}-${week}.json`,
    text: saveText(env, state, savedAt),
  };
}

/** Reads an imported save file; the caller stores it in a slot once it loads. */
export function importSaveFile(text: string, library: YearLibrary): Result<LoadedSave, string> {
  const loaded = loadSaveText(text, library);
  return loaded.ok ? ok(loaded.value) : err(loaded.error.message);
}
