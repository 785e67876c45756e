import { nextInt, seedRng, shuffle, type RngState } from '../random/rng';
import { err, ok, type Result } from '../result';
import { botEvent, type BotStrategy } from '../scenario/runtime/bots';
import { leafPath, locateStep } from '../scenario/runtime/step-path';
import type { ScenarioEvent } from '../scenario/step-view';
import type { YearEnv } from './env';
import { activitySnapshot } from './state/activities';
import { dayDate } from './state/calendar';
import { applyYearEvent } from './state/reducer';
import { startYear } from './state/start';
import type { Task, YearEvent, YearSetup, YearState } from './state/types';
import { currentMonday, currentSunday, freeHours, visibleTasks, weekAppointments } from './state/week';

type Slot = readonly [string, number];

/** Days a task may go on, given the slots already chosen this week. */
function allowedDays(env: YearEnv, state: YearState, task: Task, chosen: readonly Slot[]): number[] {
  const monday = currentMonday(env, state);
  return [0, 1, 2, 3, 4].filter((day) => {
    const date = dayDate(monday, day);
    if (task.arrives > date || (task.fixedDay !== null && task.fixedDay !== day)) return false;
    const used = chosen
      .filter(([, chosenDay]) => chosenDay === day)
      .reduce((sum, [id]) => sum + (state.tasks.find((item) => item.id === id)?.hours ?? 0), 0);
    if (used + task.hours > freeHours(env, state, date)) return false;
    return task.requires.every((required) => {
      const done = state.tasks.find((item) => item.id === required);
      if (done?.status === 'done' && done.doneOn !== null && done.doneOn <= date) return true;
      return chosen.some(([id, chosenDay]) => id === required && chosenDay <= day);
    });
  });
}

/**
 * The week's agenda a bot commits: `good` does everything as early as it can, most urgent first; `careless`
 * procrastinates (only what falls due this week, least important first, on the last possible day); `random`
 * takes a random share of the tasks on random days.
 */
export function botPlan(
  env: YearEnv,
  state: YearState,
  strategy: BotStrategy,
  rng: RngState,
): [Slot[], RngState] {
  const chosen: Slot[] = [];
  let state_ = rng;
  let tasks = visibleTasks(env, state);
  if (strategy === 'careless') {
    const sunday = currentSunday(env, state);
    tasks = tasks.filter((task) => task.deadline !== null && task.deadline <= sunday).reverse();
  }
  if (strategy === 'random') [tasks, state_] = shuffle(state_, tasks);
  for (const task of tasks) {
    const days = allowedDays(env, state, task, chosen);
    if (days.length === 0) continue;
    if (strategy === 'good') chosen.push([task.id, days[0] ?? 0]);
    else if (strategy === 'careless') chosen.push([task.id, days[days.length - 1] ?? 0]);
    else {
      const [take, afterTake] = nextInt(state_, 10);
      const [index, afterIndex] = nextInt(afterTake, days.length);
      state_ = afterIndex;
      if (take < 6) chosen.push([task.id, days[index] ?? 0]);
    }
  }
  return [chosen, state_];
}

/** A year played by a bot, with every event it sent. */
export interface BotYear {
  readonly state: YearState;
  readonly log: readonly YearEvent[];
}

function send(env: YearEnv, state: YearState, event: YearEvent): Result<YearState, string> {
  const next = applyYearEvent(env, state, event);
  return next.ok ? next : err(`${event.type} refusé en semaine ${state.week + 1} : ${next.error.message}`);
}

/** Plays the open activity to its end with the scenario bot of the same strategy. */
function playActivity(
  env: YearEnv,
  start: YearState,
  strategy: BotStrategy,
  rng: RngState,
): Result<[YearState, RngState], string> {
  let state = start;
  let current = rng;
  for (let guard = 0; state.active !== null; guard += 1) {
    const activity = state.activities.find((item) => item.id === state.active);
    const program = activity ? env.program(activity.scenarioId) : undefined;
    const snapshot = activity ? activitySnapshot(env, activity) : null;
    if (!activity || !program || !snapshot || guard > 500)
      return err('Scénario bloqué pendant la partie du robot.');
    const located = locateStep(program.scenario, program.library, leafPath(snapshot.value));
    if (!located) return err(`Étape introuvable dans « ${activity.scenarioId} ».`);
    let event: ScenarioEvent;
    [event, current] = botEvent(located.scenario, located.step, snapshot.context, strategy, current);
    const next = send(env, state, { type: 'activity.event', event });
    if (!next.ok) return next;
    state = next.value;
  }
  return ok([state, current]);
}

/**
 * Plays a whole year with a bot: each week, it commits its agenda, plays the week's scheduled scenarios and
 * the short events it planned, then ends the week. `botSeed` drives the bot's own draws.
 */
export function playYearWithBot(
  env: YearEnv,
  setup: YearSetup,
  strategy: BotStrategy,
  botSeed: number,
): Result<BotYear, string> {
  const started = startYear(env, setup);
  if (!started.ok) return started;
  let state = started.value;
  let rng = seedRng(botSeed);
  while (state.phase !== 'over') {
    let slots: Slot[];
    [slots, rng] = botPlan(env, state, strategy, rng);
    const planned = send(env, state, { type: 'week.plan', slots });
    if (!planned.ok) return planned;
    state = planned.value;
    const toPlay = [
      ...weekAppointments(env, state).map((activity) => activity.id),
      ...slots.filter(([id]) => id.startsWith('evenement.')).map(([id]) => id.slice('evenement.'.length)),
    ];
    for (const activityId of toPlay) {
      const opened = send(env, state, { type: 'activity.open', activityId });
      if (!opened.ok) return opened;
      const played = playActivity(env, opened.value, strategy, rng);
      if (!played.ok) return played;
      [state, rng] = played.value;
    }
    const ended = send(env, state, { type: 'week.end' });
    if (!ended.ok) return ended;
    state = ended.value;
  }
  return ok({ state, log: state.log });
}
