import { err, ok, type Result } from '../result';
import { NETWORK_CONTACTS } from '../scenario/network';
import type { ScenarioEvent, SubmittedValue } from '../scenario/step-view';
import { z } from '../validation/schema';
import type { YearEvent } from '../year/state/types';

const value = z.union([
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(2000)).max(200),
]);
const compactSchema = z.union([
  z.enum(['e', 'a', 't']),
  z.tuple([z.literal('o'), z.string().min(1).max(200)]),
  z.tuple([z.literal('c'), z.string().min(1).max(200)]),
  z.tuple([z.literal('n'), z.enum(NETWORK_CONTACTS)]),
  z.tuple([z.literal('p'), z.string().max(4000)]),
  z.tuple([
    z.literal('s'),
    z.union([z.array(z.union([value, z.null()])).max(500), z.record(z.string().max(200), value)]),
  ]),
]);

/** Schema of a compact log, as read back from a save. */
export const compactLogSchema = z.array(compactSchema).max(20_000);

/**
 * One year event in the compact form of a save (format 2):
 *
 * | event                       | compact                                          |
 * |-----------------------------|--------------------------------------------------|
 * | week.end                    | "e"                                              |
 * | week.plan                   | ["p", "g0@0 budget.1@2 …"] (task@weekday)        |
 * | activity.open               | ["o", activityId]                                |
 * | activity.event advance      | "a"                                              |
 * | activity.event timer.expire | "t"                                              |
 * | activity.event choose       | ["c", optionId]                                  |
 * | activity.event network.ask  | ["n", contact]                                   |
 * | activity.event submit       | ["s", [values in the step's key order]] or ["s", {key: value}] |
 *
 * `g<i>` stands for `guichet.<week>.<i>`, the counter slots of the week being planned.
 */
export type CompactEvent = z.infer<typeof compactSchema>;

function counterPrefix(week: number): string {
  return `guichet.${week}.`;
}

function copyValue(item: SubmittedValue): string | number | boolean | string[] {
  return typeof item === 'object' ? [...item] : item;
}

function compactValues(
  values: Readonly<Record<string, SubmittedValue>>,
  keys: readonly string[] | undefined,
): CompactEvent {
  const entries = Object.entries(values);
  if (!keys || entries.some(([key]) => !keys.includes(key)))
    return ['s', Object.fromEntries(entries.map(([key, item]) => [key, copyValue(item)]))];
  const row = keys.map((key) => {
    const item = values[key];
    return item === undefined ? null : copyValue(item);
  });
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return ['s', row];
}

function compactScenarioEvent(event: ScenarioEvent, keys: readonly string[] | undefined): CompactEvent {
  switch (event.type) {
    case 'user.advance':
      return 'a';
    case 'timer.expire':
      return 't';
    case 'user.choose':
      return ['c', event.optionId];
    case 'network.ask':
      return ['n', event.contact];
    case 'user.submit':
      return compactValues(event.values, keys);
  }
}

/**
 * The compact log of a year. `weeks[i]` is the week event i was sent in; `submitKeys` gives, for a submission's
 * index, the keys of its step (see submit-keys.ts).
 */
export function compactLog(
  log: readonly YearEvent[],
  weeks: readonly number[],
  submitKeys: ReadonlyMap<number, readonly string[]> = new Map(),
): CompactEvent[] {
  return log.map((event, index): CompactEvent => {
    switch (event.type) {
      case 'week.end':
        return 'e';
      case 'activity.open':
        return ['o', event.activityId];
      case 'activity.event':
        return compactScenarioEvent(event.event, submitKeys.get(index));
      case 'week.plan': {
        const prefix = counterPrefix(weeks[index] ?? -1);
        const slots = event.slots.map(
          ([id, day]) => `${id.startsWith(prefix) ? `g${id.slice(prefix.length)}` : id}@${day}`,
        );
        return ['p', slots.join(' ')];
      }
    }
  });
}

/** The weeks the events of a log were sent in: each accepted `week.end` starts the next one. */
export function weeksOfLog(log: readonly YearEvent[]): number[] {
  let week = 0;
  return log.map((event) => (event.type === 'week.end' ? week++ : week));
}

function expandPlan(text: string, week: number): Result<YearEvent, string> {
  const slots: [string, number][] = [];
  for (const part of text.split(' ').filter((item) => item !== '')) {
    const match = /^(.+)@([0-6])$/.exec(part);
    if (!match?.[1] || !match[2]) return err(`créneau illisible « ${part} »`);
    const id = /^g\d+$/.test(match[1]) ? `${counterPrefix(week)}${match[1].slice(1)}` : match[1];
    slots.push([id, Number(match[2])]);
  }
  return ok({ type: 'week.plan', slots });
}

/**
 * One year event back from its compact form. `week` is the current week of the replay; `keys` gives the
 * submission keys of the step the open scenario is at (asked only for a positional submission).
 */
export function expandEvent(
  compact: CompactEvent,
  week: number,
  keys: () => readonly string[] | null,
): Result<YearEvent, string> {
  if (compact === 'e') return ok({ type: 'week.end' });
  if (compact === 'a') return ok({ type: 'activity.event', event: { type: 'user.advance' } });
  if (compact === 't') return ok({ type: 'activity.event', event: { type: 'timer.expire' } });
  switch (compact[0]) {
    case 'o':
      return ok({ type: 'activity.open', activityId: compact[1] });
    case 'c':
      return ok({ type: 'activity.event', event: { type: 'user.choose', optionId: compact[1] } });
    case 'n':
      return ok({ type: 'activity.event', event: { type: 'network.ask', contact: compact[1] } });
    case 'p':
      return expandPlan(compact[1], week);
    case 's': {
      const row = compact[1];
      if (!Array.isArray(row))
        return ok({ type: 'activity.event', event: { type: 'user.submit', values: row } });
      const names = keys();
      if (!names || row.length > names.length) return err('réponse sans étape correspondante');
      const values: Record<string, SubmittedValue> = {};
      row.forEach((item, index) => {
        const name = names[index];
        if (item !== null && name !== undefined) values[name] = item;
      });
      return ok({ type: 'activity.event', event: { type: 'user.submit', values } });
    }
  }
}
