import { err, ok, type Result } from '../result';
import { scenariosAddedSince, yearConfigAsOf } from '../year/config/config-as-of';
import type { YearLibrary } from '../year/config/library';
import { createYearEnv, type YearEnv } from '../year/env';
import { applyYearEvent } from '../year/state/reducer';
import { startYear } from '../year/state/start';
import type { YearState } from '../year/state/types';
import { expandEvent } from './event-codec';
import { currentSubmitKeys } from './submit-keys';
import { readSave, type SaveError, type SaveMeta } from './envelope';
import type { SavePayload } from './payload';

/** A year brought back from a save, ready for a session. */
export interface RestoredYear {
  readonly env: YearEnv;
  readonly state: YearState;
  /** French notes the player should read (a scenario updated since the save…). */
  readonly warnings: readonly string[];
}

function fail(code: SaveError['code'], message: string): Result<never, SaveError> {
  return err({ code, message });
}

/**
 * Replays a save through today's commune, year and scenarios, the year as it was when the game started (the
 * activities added since are left out: see `yearConfigAsOf`). A missing piece or a log that no longer replays
 * is refused; a version that changed but still replays to the end is accepted with a warning.
 */
export function restoreYear(library: YearLibrary, payload: SavePayload): Result<RestoredYear, SaveError> {
  const [worldId, worldVersion] = payload.w;
  const [configId, configVersion] = payload.c;
  const world = library.worlds[worldId];
  const config = library.years[configId];
  if (!world)
    return fail('versions', `La commune « ${worldId} » de cette sauvegarde n’existe plus dans le jeu.`);
  if (!config)
    return fail('versions', `L’année « ${configId} » de cette sauvegarde n’existe plus dans le jeu.`);
  const warnings: string[] = [];
  if (world.version !== worldVersion)
    warnings.push(`La commune a changé depuis la sauvegarde (version ${worldVersion} → ${world.version}).`);
  if (config.version !== configVersion)
    warnings.push(`L’année a changé depuis la sauvegarde (version ${configVersion} → ${config.version}).`);
  const added = scenariosAddedSince(config, configVersion).map(
    (id) => `« ${library.catalogue.scenarios[id]?.title ?? id} »`,
  );
  if (added.length > 0)
    warnings.push(
      `Cette partie continue sans les activités ajoutées depuis (${added.join(', ')}) : une nouvelle partie les propose.`,
    );
  for (const [scenarioId, version] of Object.entries(payload.s)) {
    const scenario = library.catalogue.scenarios[scenarioId];
    if (!scenario)
      return fail('versions', `Le scénario « ${scenarioId} » de cette sauvegarde n’existe plus dans le jeu.`);
    if (scenario.version !== version)
      warnings.push(
        `« ${scenario.title} » a changé depuis la sauvegarde (version ${version} → ${scenario.version}).`,
      );
  }
  const env = createYearEnv(world, yearConfigAsOf(config, configVersion), library.catalogue.scenarios);
  if (!env.ok) return fail('versions', `Cette année ne peut plus être jouée : ${env.error}`);
  const started = startYear(env.value, { configId, seed: payload.seed, post: payload.post });
  if (!started.ok) return fail('rejeu', `La sauvegarde ne peut pas être reprise : ${started.error}`);
  let state = started.value;
  const changed = warnings.length > 0 ? ` ; ${warnings.join(' ')}` : '';
  for (const [index, compact] of payload.log.entries()) {
    // A positional submission needs the step the replay has reached: events are expanded as they are replayed.
    const event = expandEvent(compact, state.week, () => currentSubmitKeys(env.value, state));
    if (!event.ok)
      return fail('contenu', `La sauvegarde est corrompue : événement n° ${index + 1}, ${event.error}.`);
    const next = applyYearEvent(env.value, state, event.value);
    if (!next.ok)
      return fail(
        'rejeu',
        `La sauvegarde ne se rejoue pas : l’événement n° ${index + 1} est refusé (${next.error.message})${changed}`,
      );
    state = next.value;
  }
  return ok({ env: env.value, state, warnings });
}

/** Reads and replays a save file's text: never throws, a French error otherwise. */
export function loadSaveText(
  text: string,
  library: YearLibrary,
): Result<RestoredYear & { readonly meta: SaveMeta; readonly migratedFrom: number | null }, SaveError> {
  const read = readSave(text);
  if (!read.ok) return read;
  const restored = restoreYear(library, read.value.payload);
  if (!restored.ok) return restored;
  const migration =
    read.value.migratedFrom === null
      ? []
      : [`Sauvegarde convertie depuis le format ${read.value.migratedFrom}.`];
  return ok({
    ...restored.value,
    warnings: [...migration, ...restored.value.warnings],
    meta: read.value.meta,
    migratedFrom: read.value.migratedFrom,
  });
}
