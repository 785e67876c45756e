import type { IsoDate } from '../dates';
import { buildReport } from '../report/build-report';
import type { Report } from '../report/report-model';
import { err, ok, type Result } from '../result';
import type { Evidence, Verdict } from '../scoring/evidence';
import type { YearEnv } from './env';
import { activityTitle } from './state/activities';
import { isBurdenMeter, METER_LABELS, METER_START, meterValues } from './state/meters';
import type { Activity, Meter, YearState } from './state/types';
import { postOrFirst } from './world/world';
import { METERS } from '../scenario/catalogue';

/** One meter over the year. */
export interface MeterTrajectory {
  readonly meter: Meter;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** Value at the end of each week played. */
  readonly weekly: readonly number[];
  /** True for the charge de travail, where lower is better. */
  readonly burden: boolean;
}

/** A key moment of the year: a decisive decision (weight 3) of a scenario, a deadline kept or missed, a consequence. */
export interface KeyDecision {
  readonly date: IsoDate;
  /** French: where it happened (scenario title, or « Calendrier de l’année »). */
  readonly source: string;
  /** French: what happened. */
  readonly text: string;
  readonly verdict: Verdict | null;
  readonly reference: string | null;
}

/** French labels of an activity's status. */
export const ACTIVITY_STATUS_LABELS: Readonly<Record<Activity['status'], string>> = {
  'a-venir': 'à venir',
  'en-cours': 'en cours',
  termine: 'terminé',
  annule: 'annulé',
};

/** A scenario of the year in the bilan. */
export interface BilanScenario {
  readonly activityId: string;
  readonly scenarioId: string;
  readonly title: string;
  readonly kind: Activity['kind'];
  readonly date: IsoDate;
  readonly status: Activity['status'];
  readonly decisions: number;
  readonly mistakes: number;
}

/** The bilan of a year: marks per bloc across the year, the meters' trajectory, the key decisions. */
export interface YearBilan {
  readonly configId: string;
  readonly title: string;
  readonly seed: number;
  readonly postLabel: string;
  readonly weeksPlayed: number;
  readonly weekCount: number;
  readonly over: boolean;
  readonly report: Report;
  readonly meters: readonly MeterTrajectory[];
  readonly keyDecisions: readonly KeyDecision[];
  readonly scenarios: readonly BilanScenario[];
}

/** Every scored decision of the year: the year's own (deadlines) and those of its scenarios. */
export function yearEvidence(state: YearState): Evidence[] {
  return [...state.evidence, ...state.activities.flatMap((activity) => activity.evidence)];
}

/** Scenario titles by id, and the year's title for its own evidence, as the report names them. */
export function yearScenarioTitles(env: YearEnv): Record<string, string> {
  return {
    ...Object.fromEntries(Object.values(env.scenarios).map((scenario) => [scenario.id, scenario.title])),
    [env.config.id]: 'Calendrier de l’année',
  };
}

function keyDecisions(env: YearEnv, state: YearState): KeyDecision[] {
  const fromJournal = state.journal
    .filter((entry) => entry.key && entry.tone !== 'info')
    .map((entry) => ({
      date: entry.date,
      source: 'Calendrier de l’année',
      text: entry.text,
      verdict: null,
      reference: entry.reference,
    }));
  const fromScenarios = state.activities.flatMap((activity) =>
    activity.evidence
      .filter((item) => item.weight >= 3)
      .map((item) => ({
        date: item.date,
        source: activityTitle(env, activity),
        text: item.verdict === 'conforme' ? item.choice : `${item.choice} — ${item.explanation}`,
        verdict: item.verdict,
        reference: item.reference,
      })),
  );
  return [...fromJournal, ...fromScenarios].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The bilan of a year (finished or not): the report of every decision against RNCP41781 (buildReport), the
 * meters week by week and the key decisions. `playedOn` is the real date, given by the caller.
 */
export function buildYearBilan(
  env: YearEnv,
  state: YearState,
  playedOn: IsoDate,
  playerLabel?: string,
): Result<YearBilan, string> {
  const report = buildReport({
    title: env.config.title,
    playedOn,
    evidence: yearEvidence(state),
    scenarioTitles: yearScenarioTitles(env),
    ...(playerLabel === undefined ? {} : { playerLabel }),
  });
  if (!report.ok) return err(report.error);
  const end = meterValues(state.meterLog);
  return ok({
    configId: env.config.id,
    title: env.config.title,
    seed: state.setup.seed,
    postLabel: postOrFirst(env.world, state.setup.post).label,
    weeksPlayed: state.trajectory.length,
    weekCount: state.weekCount,
    over: state.phase === 'over',
    report: report.value,
    meters: METERS.map((meter) => ({
      meter,
      label: METER_LABELS[meter],
      start: METER_START[meter],
      end: end[meter],
      weekly: state.trajectory.map((values) => values[meter]),
      burden: isBurdenMeter(meter),
    })),
    keyDecisions: keyDecisions(env, state),
    scenarios: state.activities.map((activity) => ({
      activityId: activity.id,
      scenarioId: activity.scenarioId,
      title: activityTitle(env, activity),
      kind: activity.kind,
      date: activity.date,
      status: activity.status,
      decisions: activity.evidence.length,
      mistakes: activity.evidence.filter((item) => item.verdict !== 'conforme').length,
    })),
  });
}
