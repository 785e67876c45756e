import type { DayView, TaskView, WeekView } from '../../core/year';
import { formatFrenchDate } from '../../core/dates';
import { capitalised, dayMonth, hoursText, weekHeading } from './format';

/** The agenda being drafted: task id → weekday (0 = Monday). Committed with « Valider la semaine ». */
export type AgendaDraft = Readonly<Record<string, number>>;

const PRIORITY_TEXT = { 3: 'Priorité haute', 2: 'Priorité normale', 1: 'Peut attendre' } as const;
const KIND_TEXT: Readonly<Record<TaskView['kind'], string>> = {
  convocation: 'Conseil municipal',
  budget: 'Budget',
  'budget-transmission': 'Budget',
  taux: 'Fiscalité',
  comptes: 'Comptes',
  'comptes-transmission': 'Comptes',
  election: 'Élections',
  evenement: 'À traiter',
  guichet: 'Guichet',
};

/** A task card. */
export interface AgendaTaskModel {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  readonly kindText: string;
  readonly hoursText: string;
  readonly priority: 1 | 2 | 3;
  readonly priorityText: string;
  /** « Avant le lundi 22 février (CGCT L2121-11) », or the absence of a legal deadline. */
  readonly deadlineText: string;
  /** `depassee` if planned (or left) after its deadline, `proche` if due this week, else empty. */
  readonly urgency: 'depassee' | 'proche' | '';
  /** The weekday it is drafted on, or null (« à planifier »). */
  readonly day: number | null;
  /** French notes shown on the card: warnings (late, waiting for another task) and information (fixed day). */
  readonly notes: readonly { readonly text: string; readonly tone: 'alerte' | 'info' }[];
  /** Choices of the « Jour » selector, the keyboard way to plan. */
  readonly options: readonly { readonly value: string; readonly label: string; readonly disabled: boolean }[];
}

/** A day column. */
export interface AgendaDayModel {
  readonly index: number;
  readonly heading: string;
  readonly date: string;
  /** « 4 h sur 7 h », or why the day is closed. */
  readonly loadText: string;
  readonly closedText: string | null;
  readonly over: boolean;
  /** Share of the day used, 0–100, for the bar. */
  readonly percent: number;
  readonly appointments: readonly { readonly title: string; readonly hoursText: string }[];
  readonly tasks: readonly AgendaTaskModel[];
}

/** The whole agenda of the week. */
export interface AgendaModel {
  readonly heading: string;
  readonly postLabel: string;
  /** « 21 h planifiées sur 35 h disponibles ». */
  readonly budgetText: string;
  readonly budgetPercent: number;
  readonly overBudget: boolean;
  readonly unplanned: readonly AgendaTaskModel[];
  readonly days: readonly AgendaDayModel[];
  /** The plan is committed: the agenda is read-only until the week ends. */
  readonly locked: boolean;
  /** Why the draft would be refused (from the core), or null. */
  readonly problem: string | null;
  readonly commitLabel: string;
}

/** The draft a week starts from: the committed plan, or the counter slots on their own days. */
export function initialDraft(week: WeekView): AgendaDraft {
  const committed = week.tasks.filter((task) => task.plannedDay !== null);
  if (week.phase !== 'planning' || committed.length > 0)
    return Object.fromEntries(committed.map((task) => [task.id, task.plannedDay ?? 0]));
  return Object.fromEntries(
    week.tasks
      .filter((task) => task.fixedDay !== null && week.days[task.fixedDay]?.free !== 0)
      .map((task) => [task.id, task.fixedDay ?? 0]),
  );
}

/** The draft as the `week.plan` event carries it. */
export function draftSlots(draft: AgendaDraft): [string, number][] {
  return Object.entries(draft).sort(([a], [b]) => (a < b ? -1 : 1));
}

function closedText(day: DayView): string | null {
  if (day.holiday) return 'Jour férié : mairie fermée';
  if (day.restDay) return 'Jour de récupération';
  if (day.capacity === 0) return 'Pas de permanence à la mairie ce jour-là';
  return null;
}

function taskModel(week: WeekView, task: TaskView, day: number | null): AgendaTaskModel {
  const date = day === null ? null : week.days[day]?.date;
  const late = task.deadline !== null && (date ? date > task.deadline : task.deadline < week.monday);
  const notes: { text: string; tone: 'alerte' | 'info' }[] = [];
  const alert = (text: string) => notes.push({ text, tone: 'alerte' });
  const info = (text: string) => notes.push({ text, tone: 'info' });
  if (task.status === 'done' && task.doneOn !== null) info(`Fait le ${dayMonth(task.doneOn)}.`);
  if (task.deadline !== null && date && date > task.deadline)
    alert(
      task.status === 'done' ? 'Fait après l’échéance.' : `Fait ${dayMonth(date)}, ce sera après l’échéance.`,
    );
  if (task.deadline !== null && day === null && task.deadline <= week.sunday)
    alert('Échéance cette semaine : non planifiée, elle sera manquée.');
  if (task.requiresTitles.length > 0) alert(`À faire d’abord : ${task.requiresTitles.join(' ; ')}.`);
  if (task.fixedDay !== null) info(`Se tient le ${week.days[task.fixedDay]?.weekday ?? ''} seulement.`);
  if (task.uncertain) info('Date indicative, à vérifier : elle n’est pas notée.');
  return {
    id: task.id,
    title: task.title,
    detail: task.detail,
    kindText: KIND_TEXT[task.kind],
    hoursText: hoursText(task.hours),
    priority: task.priority,
    priorityText: PRIORITY_TEXT[task.priority],
    deadlineText:
      task.deadline === null
        ? 'Sans échéance fixe'
        : `Avant le ${formatFrenchDate(task.deadline)}${task.reference ? ` (${task.reference})` : ''}`,
    // A done task is no longer pressing; one done late keeps its warning colour.
    urgency: late
      ? 'depassee'
      : task.status !== 'done' && task.deadline !== null && task.deadline <= week.sunday
        ? 'proche'
        : '',
    day,
    notes,
    options: [
      { value: '', label: 'À planifier', disabled: false },
      ...week.days.map((candidate) => ({
        value: String(candidate.index),
        label: capitalised(dayMonth(candidate.date)),
        disabled:
          candidate.free === 0 ||
          task.arrives > candidate.date ||
          (task.fixedDay !== null && task.fixedDay !== candidate.index),
      })),
    ],
  };
}

/**
 * The agenda of the week: the tasks to plan, each day with its hours, the time budget. `problem` is the
 * core's verdict on the draft (YearSession.planProblem), so the view never re-implements the rules.
 */
export function presentAgenda(week: WeekView, draft: AgendaDraft, problem: string | null): AgendaModel {
  const byDay = (index: number) => week.tasks.filter((task) => draft[task.id] === index);
  const used = (index: number) => byDay(index).reduce((sum, task) => sum + task.hours, 0);
  const planned = week.days.reduce((sum, day) => sum + used(day.index), 0);
  const booked = week.appointments.reduce((sum, item) => sum + item.hours, 0);
  const free = week.days.reduce((sum, day) => sum + day.free, 0);
  return {
    heading: weekHeading(week.week, week.weekCount, week.monday, week.sunday),
    postLabel: week.postLabel,
    budgetText: `${hoursText(planned + booked)} prévues sur ${hoursText(week.capacity)} disponibles (dont ${hoursText(booked)} de rendez-vous)`,
    budgetPercent:
      week.capacity === 0 ? 100 : Math.min(100, Math.round(((planned + booked) / week.capacity) * 100)),
    overBudget: planned > free,
    unplanned: week.tasks
      .filter((task) => draft[task.id] === undefined)
      .map((task) => taskModel(week, task, null)),
    days: week.days.map((day) => {
      const appointments = week.appointments.filter((item) => item.date === day.date);
      const load = used(day.index);
      return {
        index: day.index,
        heading: capitalised(dayMonth(day.date)),
        date: day.date,
        loadText: `${hoursText(load)} sur ${hoursText(day.free)} libres`,
        closedText: closedText(day),
        over: load > day.free,
        percent: day.free === 0 ? (load > 0 ? 100 : 0) : Math.min(100, Math.round((load / day.free) * 100)),
        appointments: appointments.map((item) => ({ title: item.title, hoursText: hoursText(item.hours) })),
        tasks: byDay(day.index).map((task) => taskModel(week, task, day.index)),
      };
    }),
    locked: week.phase !== 'planning',
    problem,
    commitLabel: 'Valider le planning de la semaine',
  };
}

/**
 * Moves a task in the draft (null: back to « à planifier ») and says what happened, for the live region.
 * Refuses a day the task cannot take, with the reason.
 */
export function moveTask(
  week: WeekView,
  draft: AgendaDraft,
  taskId: string,
  day: number | null,
): { readonly draft: AgendaDraft; readonly message: string } {
  const task = week.tasks.find((item) => item.id === taskId);
  if (!task) return { draft, message: 'Tâche introuvable.' };
  if (day === null) {
    const rest = Object.fromEntries(Object.entries(draft).filter(([id]) => id !== taskId));
    return { draft: rest, message: `« ${task.title} » retirée du planning.` };
  }
  const target = week.days[day];
  if (!target) return { draft, message: 'Jour invalide.' };
  const option = taskModel(week, task, null).options.find((item) => item.value === String(day));
  if (option?.disabled)
    return { draft, message: `« ${task.title} » ne peut pas être planifiée le ${target.weekday}.` };
  return {
    draft: { ...draft, [taskId]: day },
    message: `« ${task.title} » planifiée le ${dayMonth(target.date)}.`,
  };
}
