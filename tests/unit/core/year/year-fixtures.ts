import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedRng } from '../../../../src/core/random/rng';
import { botEvent, type BotStrategy } from '../../../../src/core/scenario';
import { leafPath, locateStep } from '../../../../src/core/scenario/runtime/step-path';
import { activitySnapshot } from '../../../../src/core/year/state/activities';
import { currentMonday, currentSunday } from '../../../../src/core/year/state/week';
import {
  applyYearEvent,
  botPlan,
  createYearEnv,
  loadYearLibrary,
  startYear,
  yearConfigAsOf,
  type YearEnv,
  type YearEvent,
  type YearLibrary,
  type YearState,
  type Task,
} from '../../../../src/core/year';

function filesUnder(folder: string): { file: string; text: string }[] {
  const root = join(process.cwd(), folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: `${folder}/${name}`, text: readFileSync(join(root, name), 'utf8') }));
}

let cached: YearLibrary | null = null;

/** The repository's communes, year configurations and scenarios, plus the test-only years. */
export function repoYearLibrary(): YearLibrary {
  cached ??= loadYearLibrary([...filesUnder('scenarios'), ...filesUnder('tests/fixtures/years')]);
  return cached;
}

/** The test-only year: 2027 with the tutorial and the short events only (until the five scenarios land). */
export const TEST_YEAR = 'annee-2027-tutoriel';

/**
 * The environment of a year of the library (as it was at `asOfVersion`, today's by default); a missing scenario
 * fails with the loader's French message.
 */
export function yearEnv(configId: string = TEST_YEAR, asOfVersion?: number): YearEnv {
  const library = repoYearLibrary();
  const config = library.years[configId];
  const world = config ? library.worlds[config.world] : undefined;
  if (!config || !world) throw new Error(`Année ou commune introuvable : ${configId}`);
  const asOf = yearConfigAsOf(config, asOfVersion ?? config.version);
  const env = createYearEnv(world, asOf, library.catalogue.scenarios);
  if (!env.ok) throw new Error(env.error);
  return env.value;
}

/** A fresh year. */
export function newYear(env: YearEnv, seed = 1, post = 'temps-plein'): YearState {
  const started = startYear(env, { configId: env.config.id, seed, post });
  if (!started.ok) throw new Error(started.error);
  return started.value;
}

/** Applies events that must be accepted. */
export function apply(env: YearEnv, state: YearState, ...events: YearEvent[]): YearState {
  let current = state;
  for (const event of events) {
    const next = applyYearEvent(env, current, event);
    if (!next.ok) throw new Error(`${event.type} refusé : ${next.error.message}`);
    current = next.value;
  }
  return current;
}

/** Plays the open activity to its end with the scenario bot. */
export function finishActivity(env: YearEnv, state: YearState, strategy: BotStrategy = 'good'): YearState {
  let current = state;
  let rng = seedRng(3);
  while (current.active !== null) {
    const activity = current.activities.find((item) => item.id === current.active);
    const program = activity ? env.program(activity.scenarioId) : undefined;
    const snapshot = activity ? activitySnapshot(env, activity) : null;
    const located =
      program && snapshot ? locateStep(program.scenario, program.library, leafPath(snapshot.value)) : null;
    if (!located || !snapshot) throw new Error('scénario bloqué');
    let event;
    [event, rng] = botEvent(located.scenario, located.step, snapshot.context, strategy, rng);
    current = apply(env, current, { type: 'activity.event', event });
  }
  return current;
}

/**
 * Plays whole weeks like the good bot, except that tasks matching `skip` are never planned: the way to make a
 * deadline pass on purpose.
 */
export function playWeeks(
  env: YearEnv,
  state: YearState,
  weeks: number,
  skip: (task: Task) => boolean = () => false,
): YearState {
  let current = state;
  for (let count = 0; count < weeks && current.phase !== 'over'; count += 1) {
    const [slots] = botPlan(
      env,
      { ...current, tasks: current.tasks.filter((task) => !skip(task)) },
      'good',
      seedRng(1),
    );
    current = playPlannedWeek(env, current, slots);
  }
  return current;
}

/** Commits `slots`, plays the week's scenarios and planned events, and ends the week. */
export function playPlannedWeek(
  env: YearEnv,
  state: YearState,
  slots: readonly (readonly [string, number])[],
): YearState {
  let current = apply(env, state, { type: 'week.plan', slots });
  const toPlay = [
    ...current.activities
      .filter(
        (a) =>
          a.kind === 'rendez-vous' &&
          a.status === 'a-venir' &&
          a.date >= currentMonday(env, current) &&
          a.date <= currentSunday(env, current),
      )
      .map((a) => a.id),
    ...slots.filter(([id]) => id.startsWith('evenement.')).map(([id]) => id.slice('evenement.'.length)),
  ];
  for (const id of toPlay)
    current = finishActivity(env, apply(env, current, { type: 'activity.open', activityId: id }));
  return apply(env, current, { type: 'week.end' });
}
