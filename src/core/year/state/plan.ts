import { formatFrenchDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import type { YearEnv } from '../env';
import { dayDate, WORKDAY_LABELS } from './calendar';
import { whenConvocationNotSent, whenTaskDone } from './task-outcomes';
import type { Task, YearRefusal, YearState } from './types';
import { currentMonday, currentSunday, freeHours } from './week';

type Slots = readonly (readonly [string, number])[];

function refuse(message: string): Result<never, YearRefusal> {
  return err({ message });
}

/** The French reason a plan cannot be committed, or null when it can. */
export function planProblem(env: YearEnv, state: YearState, slots: Slots): string | null {
  const monday = currentMonday(env, state);
  const byId = new Map(state.tasks.map((task) => [task.id, task]));
  const seen = new Set<string>();
  const used = [0, 0, 0, 0, 0];
  const dayOfSlot = new Map(slots.map(([id, day]) => [id, day]));
  for (const [id, day] of slots) {
    const task = byId.get(id);
    const dayLabel = WORKDAY_LABELS[day];
    if (!task || task.status !== 'open') return `Tâche inconnue ou déjà traitée : « ${id} ».`;
    if (seen.has(id)) return `« ${task.title} » est planifiée deux fois.`;
    seen.add(id);
    if (!Number.isInteger(day) || dayLabel === undefined) return `Jour invalide pour « ${task.title} ».`;
    const date = dayDate(monday, day);
    if (task.arrives > date)
      return `« ${task.title} » n’arrive que le ${formatFrenchDate(task.arrives)} : impossible de la faire ${dayLabel}.`;
    if (task.fixedDay !== null && task.fixedDay !== day)
      return `« ${task.title} » se tient le ${WORKDAY_LABELS[task.fixedDay] ?? ''}, pas le ${dayLabel}.`;
    for (const required of task.requires) {
      const before = byId.get(required);
      const requiredDay = dayOfSlot.get(required);
      const doneBefore = before?.status === 'done' && before.doneOn !== null && before.doneOn <= date;
      if (!doneBefore && (requiredDay === undefined || requiredDay > day))
        return `« ${task.title} » suppose d’avoir d’abord fait « ${before?.title ?? required} ».`;
    }
    used[day] = (used[day] ?? 0) + task.hours;
  }
  for (let day = 0; day < 5; day += 1) {
    const free = freeHours(env, state, dayDate(monday, day));
    if ((used[day] ?? 0) > free)
      return `Trop de travail le ${WORKDAY_LABELS[day] ?? ''} : ${used[day] ?? 0} h planifiées pour ${free} h disponibles.`;
  }
  return null;
}

function isConvocationDueThisWeek(task: Task, sunday: string, planned: ReadonlySet<string>): boolean {
  return (
    task.kind === 'convocation' &&
    task.status === 'open' &&
    !planned.has(task.id) &&
    task.deadline !== null &&
    task.deadline <= sunday
  );
}

/**
 * Commits the week's agenda. Tasks other than short events are done on their planned day, with what follows
 * (a convocation too late postpones its meeting, CGCT L2121-11); a convocation left unplanned whose deadline
 * falls this week postpones its meeting too. Short events stay to be played.
 */
export function commitPlan(env: YearEnv, state: YearState, slots: Slots): Result<YearState, YearRefusal> {
  if (state.phase === 'over') return refuse('L’année est terminée.');
  if (state.phase !== 'planning') return refuse('Le planning de la semaine est déjà validé.');
  const problem = planProblem(env, state, slots);
  if (problem !== null) return refuse(problem);
  const monday = currentMonday(env, state);
  const ordered = [...slots].sort((a, b) => a[1] - b[1]);
  let next: YearState = {
    ...state,
    plan: Object.fromEntries(slots.map(([id, day]) => [id, day])),
    phase: 'execution',
  };
  for (const [id, day] of ordered) {
    const task = next.tasks.find((item) => item.id === id);
    if (task && task.kind !== 'evenement') next = whenTaskDone(env, next, task, dayDate(monday, day));
  }
  const sunday = currentSunday(env, state);
  const planned = new Set(slots.map(([id]) => id));
  for (const task of next.tasks.filter((item) => isConvocationDueThisWeek(item, sunday, planned))) {
    const fresh = next.tasks.find((item) => item.id === task.id);
    if (fresh && isConvocationDueThisWeek(fresh, sunday, planned))
      next = whenConvocationNotSent(env, next, fresh, dayDate(monday, 7));
  }
  return ok(next);
}
