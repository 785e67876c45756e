/**
 * The year: one commune, a calendar of legal deadlines, the SGM's week, meters with traced consequences, bots,
 * the bilan. A year is a pure reducer over an append-only log of {@link YearEvent}s.
 */
export { worldSchema, type World, type Councillor, type Post, type BudgetYear } from './world/world-schema';
export { parseWorld, worldVarsOf, postOf, weeklyHours } from './world/world';
export {
  yearConfigSchema,
  CHANNELS,
  type YearConfig,
  type CouncilDef,
  type ScheduledDef,
  type EventDef,
  type Channel,
} from './config/year-schema';
export { isScenarioFile, parseYearConfig, loadYearLibrary, type YearLibrary } from './config/library';
export {
  budgetDeadlines,
  accountsDeadlines,
  quarterDeadlines,
  convocationDeadlineOf,
  installationWindow,
  staticDeadlines,
  type YearDeadline,
} from './config/legal-calendar';
export { checkYearConfig } from './config/check-year';
export { yearConfigAsOf, scenariosAddedSince } from './config/config-as-of';
export { createYearEnv, type YearEnv } from './env';
export type {
  YearSetup,
  YearEvent,
  YearRefusal,
  YearState,
  YearStep,
  Task,
  TaskKind,
  CouncilState,
  Activity,
  Meter,
  MeterEntry,
  MeterCause,
  JournalEntry,
  PendingConsequence,
} from './state/types';
export { startYear } from './state/start';
export { applyYearEvent, replayYear, stepYear, type YearReplay } from './state/reducer';
export { activitySeed } from './state/activities';
export { WORKDAY_LABELS, firstMonday, weekCountOf, mondayOf } from './state/calendar';
export { METER_LABELS, METER_START, meterValues, isBurdenMeter } from './state/meters';
export { CONSEQUENCES, type ConsequenceSpec, type ConsequenceId } from './state/consequences';
export { CHANNEL_LABELS } from './state/tasks';
export { frenchHours } from './hours';
export { planProblem } from './state/plan';
export { yearCalendar, type CalendarEntry, type DeadlineStatus } from './calendar-view';
export {
  weekViewOf,
  monthOfWeek,
  type WeekView,
  type DayView,
  type TaskView,
  type ActivityView,
  type InboxItem,
  type MeterView,
} from './week-view';
export { activityAtPlace } from './places';
export {
  buildYearBilan,
  ACTIVITY_STATUS_LABELS,
  yearEvidence,
  yearScenarioTitles,
  type YearBilan,
  type MeterTrajectory,
  type KeyDecision,
  type BilanScenario,
} from './bilan';
export { botPlan, playYearWithBot, type BotYear } from './bots';
export { openYearSession, resumeYearSession, type YearSession } from './session';
