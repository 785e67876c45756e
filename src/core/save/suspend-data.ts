import { err, ok, type Result } from '../result';
import type { ScenarioFile } from '../scenario/format/schema';
import type { ScenarioContext } from '../scenario/runtime/context';
import type { ScenarioEvent } from '../scenario/step-view';
import { describeIssues, z } from '../validation/schema';
import type { YearEnv } from '../year/env';
import type { YearState } from '../year/state/types';
import { crc32 } from './checksum';
import { compactLog, compactLogSchema, expandEvent } from './event-codec';
import { compressContent, decompressContent, SAVE_FORMAT } from './envelope';
import { CURRENT_SAVE_VERSION, payloadOf } from './payload';

/**
 * The save strings a learning platform keeps (SCORM 1.2's `cmi.suspend_data`): the compressed base64 of a save's
 * content, without its envelope. A year's is the `data` of its save file; a practice scenario's holds the
 * scenario, its version, the seed and the compact log, replayed on resume as a year's activities are.
 */

/** The save string of a year: what its save file's `data` holds. */
export function yearSuspendData(env: YearEnv, state: YearState): string {
  return compressContent(payloadOf(env, state));
}

/**
 * A year's save string back as a save file's text (sealed with its checksum), for `loadSaveText`, which
 * replays it and says in French what is wrong with it.
 */
export function yearSaveTextOf(data: string, savedAt: string): string {
  return JSON.stringify({
    format: SAVE_FORMAT,
    version: CURRENT_SAVE_VERSION,
    savedAt,
    label: 'Reprise depuis la plateforme de formation',
    data,
    checksum: crc32(data),
  });
}

const practicePayloadSchema = z.strictObject({
  /** `p1`: a practice run, format 1. */
  v: z.literal('p1'),
  /** Scenario id and version. */
  s: z.tuple([z.string().min(1).max(200), z.number().int().min(1)]),
  seed: z.number().int().safe(),
  log: compactLogSchema,
});

/** The save string of a practice run: its scenario and version, its seed and its compact log. */
export function practiceSuspendData(context: ScenarioContext): string {
  return compressContent({
    v: 'p1',
    s: [context.scenarioId, context.version],
    seed: context.seed,
    log: compactLog(
      context.log.map((event) => ({ type: 'activity.event', event })),
      [],
    ),
  });
}

/** A practice run read back from its save string, ready to be replayed from its seed. */
export interface PracticeResume {
  readonly scenarioId: string;
  readonly seed: number;
  readonly log: readonly ScenarioEvent[];
}

/**
 * Reads a practice run's save string for `scenarioId`; a string of another scenario or version, or damaged, is
 * a French error (the run then starts afresh). Never throws.
 */
export function readPracticeSuspendData(
  data: string,
  scenario: ScenarioFile,
): Result<PracticeResume, string> {
  const content = decompressContent(data);
  if (!content.ok) return err(content.error.message);
  const payload = practicePayloadSchema.safeParse(content.value);
  if (!payload.success)
    return err(`La progression enregistrée est illisible : ${describeIssues(payload.error).join(' ; ')}.`);
  const [scenarioId, version] = payload.data.s;
  if (scenarioId !== scenario.id) return err('La progression enregistrée est celle d’un autre scénario.');
  if (version !== scenario.version)
    return err(`« ${scenario.title} » a changé depuis la dernière partie : elle reprend du début.`);
  const log: ScenarioEvent[] = [];
  for (const [index, compact] of payload.data.log.entries()) {
    const event = expandEvent(compact, 0, () => null);
    if (!event.ok || event.value.type !== 'activity.event')
      return err(`La progression enregistrée est corrompue : événement n° ${index + 1}.`);
    log.push(event.value.event);
  }
  return ok({ scenarioId, seed: payload.data.seed, log });
}
