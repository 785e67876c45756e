import { addDays, formatFrenchDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import type { YearEnv } from '../env';
import { yearStart } from '../config/legal-calendar';
import type { ScheduledDef } from '../config/year-schema';
import { startRun } from '../../scenario/runtime/run';
import { postOf, worldVarsOf } from '../world/world';
import { activitySeed } from './activities';
import { mondayOf, weekCountOf } from './calendar';
import { counterTasks, initialTasks } from './tasks';
import type { Activity, YearSetup, YearState } from './types';

/** How many seeds are tried to draw a variant the year accepts, before keeping the first. */
const VARIANT_TRIES = 64;

/**
 * The seed of a scheduled scenario and the variant-day it starts on: the first seed derived from the year's
 * code whose drawn variant is one the year accepts (deterministic, so every trainee of a group gets it).
 */
export function scheduledStart(
  env: YearEnv,
  yearSeed: number,
  item: ScheduledDef,
): { seed: number; date: string } | null {
  const program = env.program(item.scenario);
  if (!program) return null;
  const worldVars = worldVarsOf(env.world);
  let first: { seed: number; date: string } | null = null;
  for (let attempt = 0; attempt < VARIANT_TRIES; attempt += 1) {
    const seed = activitySeed(yearSeed, attempt === 0 ? item.id : `${item.id}#${attempt}`);
    const context = startRun(program, { seed, worldVars }).context;
    const candidate = { seed, date: context.date };
    first ??= candidate;
    if (item.variants === undefined || item.variants.includes(context.variant)) return candidate;
  }
  return first;
}

function anchorDate(env: YearEnv, item: ScheduledDef, scenarioDate: string): string | undefined {
  if (item.date !== undefined) return item.date;
  if (item.council !== undefined)
    return env.config.councils.find((council) => council.id === item.council)?.date;
  if (item.electionRound !== undefined) return env.config.election?.rounds[item.electionRound - 1];
  return scenarioDate;
}

/**
 * The state of a new year: the councils as planned, the scheduled scenarios on their dates, the tasks known
 * from the start and the counter slots of the first week. Refuses a setup naming another year or an unknown
 * post, or a seed that is not an integer, in French.
 */
export function startYear(env: YearEnv, setup: YearSetup): Result<YearState, string> {
  if (setup.configId !== env.config.id)
    return err(`Cette partie est celle de l’année « ${setup.configId} », pas de « ${env.config.id} ».`);
  if (!Number.isSafeInteger(setup.seed)) return err('Le code de la partie doit être un nombre entier.');
  const post = postOf(env.world, setup.post);
  if (!post)
    return err(
      `Poste inconnu : « ${setup.post} » (possibles : ${env.world.posts.map((p) => p.id).join(', ')}).`,
    );
  const activities: Activity[] = env.config.scheduled.flatMap((item) => {
    const drawn = scheduledStart(env, setup.seed, item);
    const date = drawn ? anchorDate(env, item, drawn.date) : undefined;
    if (!drawn || date === undefined) return [];
    return [
      {
        id: item.id,
        kind: 'rendez-vous',
        scenarioId: item.scenario,
        date,
        hours: item.hours,
        status: 'a-venir',
        cancelledBecause: null,
        seed: drawn.seed,
        log: [],
        steps: [],
        evidence: [],
        meterChanges: [],
      },
    ];
  });
  const weekCount = weekCountOf(env.config.year);
  const lastSunday = addDays(mondayOf(env.config.year, weekCount - 1), 6);
  const outside = activities.find(
    (item) => item.date < mondayOf(env.config.year, 0) || item.date > lastSunday,
  );
  if (outside)
    return err(
      `Le scénario « ${outside.scenarioId} » tombe le ${formatFrenchDate(outside.date)}, hors des semaines de l’année ${env.config.year}.`,
    );
  const start = yearStart(env.config);
  return ok({
    setup,
    week: 0,
    weekCount,
    phase: 'planning',
    plan: {},
    tasks: [...initialTasks(env, start), ...counterTasks(post, 0, mondayOf(env.config.year, 0), [])],
    councils: env.config.councils.map((council) => ({
      id: council.id,
      date: council.date,
      plannedDate: council.date,
      postponements: 0,
      status: 'prevue',
    })),
    activities: activities.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    active: null,
    pending: [],
    evidence: [],
    meterLog: [],
    trajectory: [],
    journal: [],
    restDays: [],
    log: [],
  });
}
