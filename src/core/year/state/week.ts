import { addDays, type IsoDate } from '../../dates';
import type { YearEnv } from '../env';
import { postOrFirst } from '../world/world';
import type { Post } from '../world/world-schema';
import { dayCapacity, dayDate, isInWeek, mondayOf } from './calendar';
import type { Activity, Task, YearState } from './types';

/** Monday of the state's current week. */
export function currentMonday(env: YearEnv, state: YearState): IsoDate {
  return mondayOf(env.config.year, state.week);
}

/** Sunday closing the state's current week. */
export function currentSunday(env: YearEnv, state: YearState): IsoDate {
  return addDays(currentMonday(env, state), 6);
}

/** The post the year is played with (checked at the start). */
export function postOfState(env: YearEnv, state: YearState): Post {
  return postOrFirst(env.world, state.setup.post);
}

/** Scheduled scenarios of the current week that still count (not cancelled). */
export function weekAppointments(env: YearEnv, state: YearState): Activity[] {
  const monday = currentMonday(env, state);
  return state.activities.filter(
    (activity) =>
      activity.kind === 'rendez-vous' && activity.status !== 'annule' && isInWeek(activity.date, monday),
  );
}

/** Hours a day offers for tasks: the post's hours that day minus the scenarios held that day. */
export function freeHours(env: YearEnv, state: YearState, date: IsoDate): number {
  const booked = weekAppointments(env, state)
    .filter((activity) => activity.date === date)
    .reduce((sum, activity) => sum + activity.hours, 0);
  return Math.max(0, dayCapacity(postOfState(env, state), date, state.restDays) - booked);
}

/** Hours a week offers in all (the post's hours, days off excepted). */
export function weekCapacity(env: YearEnv, state: YearState): number {
  const monday = currentMonday(env, state);
  const post = postOfState(env, state);
  return [0, 1, 2, 3, 4].reduce(
    (sum, day) => sum + dayCapacity(post, dayDate(monday, day), state.restDays),
    0,
  );
}

/** Open tasks already arrived by the end of the current week, in deadline then priority order. */
export function visibleTasks(env: YearEnv, state: YearState): Task[] {
  const sunday = currentSunday(env, state);
  return state.tasks.filter((task) => task.status === 'open' && task.arrives <= sunday).sort(byUrgency);
}

/** Earliest deadline first (none last), then highest priority, then id: a stable order for every view. */
export function byUrgency(a: Task, b: Task): number {
  const da = a.deadline ?? '9999-12-31';
  const db = b.deadline ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
