import type { HubHotspotId } from '../assets/hub-places';
import { addDays, dateParts, isPublicHoliday, type IsoDate } from '../dates';
import type { YearEnv } from './env';
import type { Channel } from './config/year-schema';
import { yearCalendar, type CalendarEntry } from './calendar-view';
import { activityTitle } from './state/activities';
import { dayCapacity, dayDate, WORKDAY_LABELS } from './state/calendar';
import { isBurdenMeter, METER_LABELS, METER_START, meterValues } from './state/meters';
import { CHANNEL_LABELS } from './state/tasks';
import type { Activity, JournalEntry, Meter, MeterEntry, Task, YearState } from './state/types';
import {
  byUrgency,
  currentMonday,
  currentSunday,
  freeHours,
  postOfState,
  visibleTasks,
  weekAppointments,
  weekCapacity,
} from './state/week';
import { METERS } from '../scenario/catalogue';

/** One working day of the agenda. */
export interface DayView {
  /** 0 = Monday … 4 = Friday. */
  readonly index: number;
  readonly weekday: string;
  readonly date: IsoDate;
  /** Hours the post gives that day (0 on a holiday or a day off). */
  readonly capacity: number;
  /** Hours left for tasks once the day's scheduled scenarios are counted. */
  readonly free: number;
  readonly holiday: boolean;
  readonly restDay: boolean;
}

/** A task of the week as the agenda shows it. */
export interface TaskView extends Task {
  /** Weekday it is committed to this week, or null. */
  readonly plannedDay: number | null;
  /** Titles of the tasks it waits for. */
  readonly requiresTitles: readonly string[];
}

/** A scenario of the week (scheduled, or a short event being played). */
export interface ActivityView {
  readonly id: string;
  readonly kind: Activity['kind'];
  readonly scenarioId: string;
  /** The place of the hub that opens it (the scenario's `place`), or null when only the desk does. */
  readonly place: HubHotspotId | null;
  readonly title: string;
  readonly date: IsoDate;
  readonly hours: number;
  readonly status: Activity['status'];
  readonly cancelledBecause: string | null;
  /** The player can open it now. */
  readonly playable: boolean;
}

/** A short event in the inbox. */
export interface InboxItem {
  readonly eventId: string;
  readonly channel: Channel;
  readonly channelLabel: string;
  readonly from: string;
  readonly subject: string;
  readonly arrives: IsoDate;
  readonly deadline: IsoDate;
  readonly priority: 1 | 2 | 3;
  readonly hours: number;
  readonly status: 'nouveau' | 'planifie' | 'en-cours' | 'traite' | 'sans-reponse';
  readonly playable: boolean;
}

/** A meter and why it moved. */
export interface MeterView {
  readonly meter: Meter;
  readonly label: string;
  readonly value: number;
  readonly start: number;
  /** Change since the start of the current week. */
  readonly weekDelta: number;
  readonly burden: boolean;
  /** Every traced change, latest first, with its cause in French. */
  readonly why: readonly (MeterEntry & { readonly causeLabel: string })[];
}

/** Everything the year's screens need for the current week: plain JSON, French texts. */
export interface WeekView {
  readonly yearTitle: string;
  readonly year: number;
  /** 1-based. */
  readonly week: number;
  readonly weekCount: number;
  readonly monday: IsoDate;
  readonly sunday: IsoDate;
  /** The week's month (0 = January), as {@link monthOfWeek} decides it: the one the mairie's wall calendar shows. */
  readonly month: number;
  readonly phase: YearState['phase'];
  readonly postLabel: string;
  readonly capacity: number;
  readonly days: readonly DayView[];
  readonly tasks: readonly TaskView[];
  readonly appointments: readonly ActivityView[];
  readonly inbox: readonly InboxItem[];
  readonly calendar: readonly CalendarEntry[];
  readonly meters: readonly MeterView[];
  /** Journal of the year, latest first. */
  readonly journal: readonly JournalEntry[];
  readonly active: ActivityView | null;
  /** Null when the week can be ended; else why not, in French. */
  readonly cannotEndBecause: string | null;
}

/** Where a meter change comes from, in French: the scenario, the task and its deadline, the consequence. */
function causeLabel(env: YearEnv, state: YearState, entry: MeterEntry): string {
  const cause = entry.cause;
  switch (cause.kind) {
    case 'scenario':
    case 'verdicts': {
      const title = env.scenarios[cause.scenarioId]?.title ?? cause.scenarioId;
      return cause.kind === 'scenario' ? `Scénario « ${title} »` : `Décisions notées de « ${title} »`;
    }
    case 'echeance': {
      const task = state.tasks.find((item) => item.id === cause.taskId);
      return `Échéance : ${task?.title ?? cause.taskId}${cause.reference ? ` (${cause.reference})` : ''}`;
    }
    case 'consequence':
      return `Conséquence différée (${cause.reference})`;
    case 'semaine':
      return `Organisation de la semaine ${cause.week + 1}`;
  }
}

function activityView(env: YearEnv, state: YearState, activity: Activity): ActivityView {
  return {
    id: activity.id,
    kind: activity.kind,
    scenarioId: activity.scenarioId,
    place: env.scenarios[activity.scenarioId]?.place ?? null,
    title: activityTitle(env, activity),
    date: activity.date,
    hours: activity.hours,
    status: activity.status,
    cancelledBecause: activity.cancelledBecause,
    playable:
      state.phase === 'execution' &&
      (state.active === null ? activity.status === 'a-venir' : state.active === activity.id),
  };
}

function inbox(env: YearEnv, state: YearState, sunday: IsoDate): InboxItem[] {
  return env.config.events
    .filter((event) => event.arrives <= sunday)
    .map((event) => {
      const task = state.tasks.find((item) => item.id === `evenement.${event.id}`);
      const activity = state.activities.find((item) => item.id === event.id);
      const planned = state.plan[`evenement.${event.id}`] !== undefined;
      const status: InboxItem['status'] =
        activity?.status === 'termine'
          ? 'traite'
          : activity?.status === 'en-cours'
            ? 'en-cours'
            : task?.status === 'missed'
              ? 'sans-reponse'
              : planned
                ? 'planifie'
                : 'nouveau';
      return {
        eventId: event.id,
        channel: event.channel,
        channelLabel: CHANNEL_LABELS[event.channel],
        from: event.from,
        subject: event.subject,
        arrives: event.arrives,
        deadline: addDays(event.arrives, event.dueDays),
        priority: event.priority,
        hours: event.hours,
        status,
        playable:
          state.phase === 'execution' &&
          (status === 'planifie' ? state.active === null : status === 'en-cours'),
      };
    })
    .sort((a, b) => (a.arrives > b.arrives ? -1 : a.arrives < b.arrives ? 1 : 0));
}

function cannotEndBecause(env: YearEnv, state: YearState): string | null {
  if (state.phase === 'over') return 'L’année est terminée.';
  const active = state.activities.find((item) => item.id === state.active);
  if (active) return `Terminez d’abord « ${activityTitle(env, active)} ».`;
  const waiting = weekAppointments(env, state).find((item) => item.status !== 'termine');
  return waiting ? `Il reste à jouer « ${activityTitle(env, waiting)} ».` : null;
}

/**
 * The tasks the agenda shows: those still open, and, once the week is planned, those the plan has done (the
 * committed agenda stays on screen for the rest of the week).
 */
function weekTasks(env: YearEnv, state: YearState): Task[] {
  const committed = state.tasks.filter((task) => task.status !== 'open' && task.id in state.plan);
  return [...visibleTasks(env, state), ...committed].sort(byUrgency);
}

/**
 * The month of the week that starts on `monday` (0 = January): its Thursday's, as for ISO weeks, because most of
 * its working days fall in that month.
 */
export function monthOfWeek(monday: IsoDate): number {
  return dateParts(addDays(monday, 3)).month - 1;
}

/** The view-model of the current week; the calendar's « today » is the week's Monday. */
export function weekViewOf(env: YearEnv, state: YearState): WeekView {
  const monday = currentMonday(env, state);
  const sunday = currentSunday(env, state);
  const post = postOfState(env, state);
  const values = meterValues(state.meterLog);
  const before = meterValues(state.meterLog.filter((entry) => entry.date < monday));
  const byId = new Map(state.tasks.map((task) => [task.id, task]));
  const active = state.activities.find((item) => item.id === state.active);
  return {
    yearTitle: env.config.title,
    year: env.config.year,
    week: state.week + 1,
    weekCount: state.weekCount,
    monday,
    sunday,
    month: monthOfWeek(monday),
    phase: state.phase,
    postLabel: post.label,
    capacity: weekCapacity(env, state),
    days: WORKDAY_LABELS.map((weekday, index) => {
      const date = dayDate(monday, index);
      return {
        index,
        weekday,
        date,
        capacity: dayCapacity(post, date, state.restDays),
        free: freeHours(env, state, date),
        holiday: isPublicHoliday(date),
        restDay: state.restDays.includes(date),
      };
    }),
    tasks: weekTasks(env, state).map((task) => ({
      ...task,
      plannedDay: state.plan[task.id] ?? null,
      requiresTitles: task.requires
        .filter((id) => byId.get(id)?.status !== 'done')
        .map((id) => byId.get(id)?.title ?? id),
    })),
    appointments: weekAppointments(env, state).map((activity) => activityView(env, state, activity)),
    inbox: inbox(env, state, sunday),
    calendar: yearCalendar(env, state, monday),
    meters: METERS.map((meter) => ({
      meter,
      label: METER_LABELS[meter],
      value: values[meter],
      start: METER_START[meter],
      weekDelta: values[meter] - before[meter],
      burden: isBurdenMeter(meter),
      why: state.meterLog
        .filter((entry) => entry.meter === meter)
        .reverse()
        .map((entry) => ({ ...entry, causeLabel: causeLabel(env, state, entry) })),
    })),
    journal: [...state.journal].reverse(),
    active: active ? activityView(env, state, active) : null,
    cannotEndBecause: cannotEndBecause(env, state),
  };
}
