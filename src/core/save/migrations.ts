import { err, ok, type Result } from '../result';
import { describeIssues } from '../validation/schema';
import type { YearEvent } from '../year/state/types';
import { compactLog, weeksOfLog } from './event-codec';
import { CURRENT_SAVE_VERSION, payloadV1Schema } from './payload';

/** One step of migration: the content of format n to the content of format n + 1, or why it cannot be. */
type Migration = (content: unknown) => Result<unknown, string>;

function isYearEvent(value: unknown): value is YearEvent {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  return ['week.plan', 'activity.open', 'activity.event', 'week.end'].includes(String(value.type));
}

/**
 * Format 1 → 2: the events become compact; the versions, unknown then, are left empty (the replay checks
 * the events against today's scenarios); the post is the full-time one, the only one format 1 knew.
 */
function v1ToV2(content: unknown): Result<unknown, string> {
  const parsed = payloadV1Schema.safeParse(content);
  if (!parsed.success) return err(describeIssues(parsed.error).join(' ; '));
  const events = parsed.data.log;
  if (!events.every(isYearEvent)) return err('un événement du format 1 est inconnu');
  return ok({
    v: 2,
    w: [parsed.data.world, 1],
    c: [parsed.data.config, 1],
    s: {},
    seed: parsed.data.seed,
    post: 'temps-plein',
    log: compactLog(events, weeksOfLog(events)),
  });
}

/** Migrations by source format. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

/** Brings a content of format `from` up to the current format, one step at a time. */
export function migrate(content: unknown, from: number): Result<unknown, string> {
  let current = content;
  for (let version = from; version < CURRENT_SAVE_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return err(`aucune migration connue depuis le format ${version}`);
    const next = step(current);
    if (!next.ok)
      return err(`migration du format ${version} au format ${version + 1} impossible : ${next.error}`);
    current = next.value;
  }
  return ok(current);
}
