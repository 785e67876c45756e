import { z } from '../validation/schema';
import { compactLog, compactLogSchema, weeksOfLog } from './event-codec';
import { submitKeysOfLog } from './submit-keys';
import type { YearEnv } from '../year/env';
import type { YearState } from '../year/state/types';

/** The save format this version of the game writes. */
export const CURRENT_SAVE_VERSION = 2;

const id = z.string().min(1).max(200);
const version = z.number().int().min(1);

/**
 * Format 2: what a save holds — the commune, the year configuration and the scenarios with their versions,
 * the setup (seed, post) and the compact event log. Everything else is replayed through the machines.
 */
export const payloadV2Schema = z.strictObject({
  v: z.literal(2),
  /** Commune id and version. */
  w: z.tuple([id, version]),
  /** Year configuration id and version. */
  c: z.tuple([id, version]),
  /** Version of each scenario the year plays. */
  s: z.record(id, version),
  seed: z.number().int().safe(),
  post: id,
  log: compactLogSchema,
});

/** A save's content, format 2. */
export type SavePayload = z.infer<typeof payloadV2Schema>;

/**
 * Format 1 (the first saves): full event objects, no versions, no post (full time was the only one). Kept so
 * that its migration to format 2 is proven by a test.
 */
export const payloadV1Schema = z.strictObject({
  version: z.literal(1),
  world: id,
  config: id,
  seed: z.number().int().safe(),
  log: z.array(z.unknown()).max(20_000),
});

/** A save's content, format 1. */
export type SavePayloadV1 = z.infer<typeof payloadV1Schema>;

/** The scenarios a year plays: its scheduled scenarios and its short events. */
export function yearScenarioIds(env: YearEnv): string[] {
  return [...new Set([...env.config.scheduled, ...env.config.events].map((item) => item.scenario))].sort();
}

/** The content of a save of `state`. */
export function payloadOf(env: YearEnv, state: YearState): SavePayload {
  return {
    v: 2,
    w: [env.world.id, env.world.version],
    c: [env.config.id, env.config.version],
    s: Object.fromEntries(
      yearScenarioIds(env).map((scenario) => [scenario, env.scenarios[scenario]?.version ?? 1]),
    ),
    seed: state.setup.seed,
    post: state.setup.post,
    log: compactLog(state.log, weeksOfLog(state.log), submitKeysOfLog(env, state)),
  };
}
