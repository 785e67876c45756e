import {
  addDays,
  formatFrenchDate,
  isIsoDate,
  PUBLIC_HOLIDAYS_REFERENCE,
  publicHolidayName,
  weekday,
  type IsoDate,
} from '../../dates';
import type { ErrorSink } from './errors';
import type { EffectDef, ScenarioFile, StepDef } from './schema';

/**
 * Why the mairie is closed on a day: « samedi », « dimanche », or the public holiday's name (code du
 * travail L3133-1: « lundi de Pentecôte »…); null on a day it is open. The game's mairie opens Monday to
 * Friday: anything dated outside needs a reason given by the law (a Sunday election, code électoral L55).
 */
export function closedDayOf(date: IsoDate): string | null {
  const holiday = publicHolidayName(date);
  if (holiday !== null) return holiday;
  const day = weekday(date);
  return day === 6 ? 'samedi' : day === 0 ? 'dimanche' : null;
}

/** A dated moment of a scenario that falls on a day the mairie is closed, with no reason given. */
export interface ClosedDayProblem {
  readonly path: string;
  readonly date: IsoDate;
  readonly closed: string;
  /** Where to write `closedDayReason` if the law does make it so. */
  readonly reasonGoesIn: string;
  readonly variant?: string;
}

function advanceOf(effects: readonly EffectDef[] | undefined): number {
  return (effects ?? []).reduce(
    (days, effect) => days + (effect.type === 'advanceDate' ? effect.days : 0),
    0,
  );
}

/** The ways out of a step, with the days an option's effects advance. */
function exits(step: StepDef): { next: string; days: number }[] {
  switch (step.type) {
    case 'choice':
      return [
        ...step.options.map((option) => ({ next: option.next, days: advanceOf(option.effects) })),
        ...(step.timer ? [{ next: step.timer.next, days: 0 }] : []),
      ];
    case 'branch':
      return [...step.branches.map((branch) => branch.next), step.otherwise].map((next) => ({
        next,
        days: 0,
      }));
    case 'queue':
      return [...step.from, step.next].map((next) => ({ next, days: 0 }));
    case 'end':
      return [];
    default:
      return [{ next: step.next, days: 0 }];
  }
}

/** Beyond two years of advances a loop is feeding itself: stop walking it. */
const MAX_OFFSET = 731;

/** A step a play enters on a new day, with its days after the start. */
export interface DatedStep {
  readonly stepId: string;
  readonly offset: number;
}

/**
 * Every step a play enters on a new day, with its days after the start: `advanceDate` effects move the
 * in-game day (on a step's entry, or when an option is chosen). The steps that follow on the same day are
 * that day's: the step the day begins with is the one that answers for it.
 *
 * A branch chooses its way from the play's state (« the séance was on a Friday: on to Monday »), which a
 * reading of the file cannot know: a day reached only through a branch is left out here, and the plays
 * of every variant by the bots check it (tests/unit/scenarios/closed-days-played.test.ts).
 */
export function datedSteps(scenario: ScenarioFile): DatedStep[] {
  const seen = new Set<string>();
  const arrivals = new Map<string, DatedStep>();
  const pending = [{ stepId: scenario.start, offset: 0, moved: false, branched: false }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const step = scenario.steps[item.stepId];
    if (!step) continue;
    const entry = 'effects' in step ? advanceOf(step.effects) : 0;
    const offset = item.offset + entry;
    const key = `${item.stepId}@${offset}@${String(item.branched)}`;
    if (!item.branched && (item.moved || entry > 0)) arrivals.set(key, { stepId: item.stepId, offset });
    if (seen.has(key) || offset > MAX_OFFSET) continue;
    seen.add(key);
    // Past a branch, a way the file allows may be one no play takes: every later day is the plays' to check.
    const branched = item.branched || step.type === 'branch';
    for (const exit of exits(step)) {
      pending.push({ stepId: exit.next, offset: offset + exit.days, moved: exit.days > 0, branched });
    }
  }
  return [...arrivals.values()];
}

function isPlayed(step: StepDef): boolean {
  return step.type !== 'branch' && step.type !== 'queue' && step.type !== 'sub';
}

function reasonOf(step: StepDef): string | undefined {
  return 'closedDayReason' in step ? step.closedDayReason : undefined;
}

/**
 * The closed-day check (erratum 11): the days a scenario is played at the mairie — its `dates`, its own
 * `date` and each variant's, and the days its `advanceDate` effects lead to — must be days the mairie is
 * open, unless the scenario, the variant or the step says why in `closedDayReason`. Other date variables
 * (a birth, a death, a deadline) are facts of the story, not days of work, and are not checked.
 */
export function closedDayProblems(scenario: ScenarioFile): ClosedDayProblem[] {
  if (scenario.closedDayReason !== undefined) return [];
  const problems: ClosedDayProblem[] = [];
  const variants = scenario.variants ?? [];
  const excused = new Set(
    variants.flatMap((variant) =>
      variant.closedDayReason !== undefined && typeof variant.vars.date === 'string'
        ? [variant.vars.date]
        : [],
    ),
  );
  // A header date that is a variant's date is that variant's: reported (or excused) there, once.
  const variantDates = new Set(variants.map((variant) => variant.vars.date));
  const check = (path: string, date: unknown, reasonGoesIn: string, variant?: string): void => {
    if (typeof date !== 'string' || !isIsoDate(date) || excused.has(date)) return;
    const closed = closedDayOf(date);
    if (closed !== null) problems.push({ path, date, closed, reasonGoesIn, ...(variant ? { variant } : {}) });
  };
  scenario.dates.forEach((date, i) => {
    if (!variantDates.has(date)) check(`dates[${i}]`, date, 'closedDayReason');
  });
  check('vars.date', scenario.vars?.date, 'closedDayReason');
  variants.forEach((variant, i) => {
    if (variant.closedDayReason === undefined) {
      check(`variants[${i}].vars.date`, variant.vars.date, `variants[${i}].closedDayReason`, variant.id);
    }
  });
  const starts =
    variants.length > 0
      ? variants.map((variant) => ({ id: variant.id, date: variant.vars.date ?? scenario.vars?.date }))
      : [{ id: undefined, date: scenario.vars?.date }];
  const reported = new Set<string>();
  for (const { stepId, offset } of datedSteps(scenario)) {
    const step = scenario.steps[stepId];
    // Nothing is played on a branch, a queue or a sub step: the steps they lead to are checked.
    if (offset === 0 || !step || !isPlayed(step) || reasonOf(step) !== undefined) continue;
    for (const start of starts) {
      const first = typeof start.date === 'string' && isIsoDate(start.date) ? start.date : scenario.dates[0];
      if (first === undefined || !isIsoDate(first)) continue;
      const date = addDays(first, offset);
      const closed = closedDayOf(date);
      if (closed === null || reported.has(`${stepId}|${date}`)) continue;
      reported.add(`${stepId}|${date}`);
      problems.push({
        path: `steps.${stepId}`,
        date,
        closed,
        reasonGoesIn: `steps.${stepId}.closedDayReason`,
        ...(start.id ? { variant: start.id } : {}),
      });
    }
  }
  return problems;
}

/** Adds the closed-day problems to a file's errors, in French. */
export function checkClosedDays(scenario: ScenarioFile, sink: ErrorSink): void {
  for (const problem of closedDayProblems(scenario)) {
    const variant = problem.variant ? ` (variante ${problem.variant})` : '';
    sink.add(
      problem.path,
      `Le ${formatFrenchDate(problem.date)}${variant}, la mairie est fermée (${problem.closed}) : choisissez un jour ouvré, ou, si la loi l’impose, dites pourquoi dans « ${problem.reasonGoesIn} ».`,
      `un jour d’ouverture (lundi à vendredi, hors jours fériés : ${PUBLIC_HOLIDAYS_REFERENCE}) ou une raison écrite`,
      problem.date,
    );
  }
}
