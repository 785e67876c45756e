/**
 * What the game's flows tell a learning platform: after every accepted event of the SCO's scenario or year, its
 * save string, status, interactions and, once finished, its score. The flows call these functions with their
 * session; the values come from scorm12-report.ts and the core, the calls to the platform from scorm12.ts.
 */
import {
  practiceSuspendData,
  readPracticeSuspendData,
  yearSaveTextOf,
  yearSuspendData,
  type PracticeResume,
} from '../core/save';
import type { ScenarioFile } from '../core/scenario';
import type { ScenarioProgram } from '../core/scenario/runtime/run';
import type { ScenarioSession } from '../core/scenario/runtime/session';
import type { Evidence } from '../core/scoring/evidence';
import { scoreEvidence } from '../core/scoring/scorecard';
import { yearEvidence, type YearEnv, type YearSession } from '../core/year';
import { launchesRun, type RunSco } from './launch';
import type { LmsLink } from './scorm12';
import { interactionsOf, type StepKindOf } from './scorm12-report';

/** The kind of the step each decision of a program is taken at, by decision id. */
export function decisionKinds(program: ScenarioProgram | undefined): Map<string, string> {
  const kinds = new Map<string, string>();
  if (!program) return kinds;
  for (const scenario of [program.scenario, ...Object.values(program.library)])
    for (const step of Object.values(scenario.steps))
      if ('decision' in step && typeof step.decision === 'string' && !kinds.has(step.decision))
        kinds.set(step.decision, step.type);
  return kinds;
}

/** The links whose resume data was read: a relaunch resumes once. */
const taken = new WeakSet<LmsLink>();

/** A form field's evidence is at `decision.field`: the kind is its decision's. */
export const kindIn = (kinds: ReadonlyMap<string, string>, evidence: Evidence): string | undefined =>
  kinds.get(evidence.step) ?? kinds.get(evidence.step.split('.')[0] ?? '');

/** The mark /20 of a run's evidence, or null when nothing was marked. */
export const markOf = (evidence: readonly Evidence[]): number | null => {
  const card = scoreEvidence(evidence);
  return card.ok ? card.value.overall.mark : null;
};

/**
 * The practice run to resume for `scenario` when the platform relaunches its SCO, read once (a replay from the
 * catalogue starts afresh); null for a first attempt. An unreadable string is said through `announce`.
 */
export function takePracticeResume(
  link: LmsLink,
  scenario: ScenarioFile,
  announce: (text: string) => void,
): PracticeResume | null {
  if (link.launch.sco !== 'scenario' || link.launch.scenarioId !== scenario.id) return null;
  const data = taken.has(link) ? null : link.resumeData;
  taken.add(link);
  if (data === null) return null;
  const read = readPracticeSuspendData(data, scenario);
  if (read.ok) return read.value;
  announce(read.error);
  return null;
}

/** A year's save string, as a save file's text, when the platform relaunches the year's SCO; read once. */
export function takeYearResume(link: LmsLink, savedAt: string): string | null {
  if (link.launch.sco !== 'annee' || taken.has(link)) return null;
  taken.add(link);
  return link.resumeData === null ? null : yearSaveTextOf(link.resumeData, savedAt);
}

/** Says the suspend-data problem once, not after every event. */
function problemSayer(announce: (text: string) => void): (problem: string | null) => void {
  let said = false;
  return (problem) => {
    if (problem !== null && !said) announce(problem);
    said = problem !== null;
  };
}

/**
 * Reports a practice session or a binôme pack to the platform after every accepted event, if it is the SCO's
 * scenario; returns the unsubscription. A binôme pack is never marked (it ends `completed`) and keeps nothing to
 * resume from: the pair's choices and private cards stay on the table, a relaunch deals a new session.
 */
export function trackPractice(
  link: LmsLink,
  program: ScenarioProgram,
  session: ScenarioSession,
  announce: (text: string) => void,
  played: RunSco = 'scenario',
): () => void {
  if (!launchesRun(link.launch, played, program.scenario.id)) return () => undefined;
  const marked = played === 'scenario';
  const kinds = decisionKinds(program);
  const kindOf: StepKindOf = (evidence) => kindIn(kinds, evidence);
  const say = problemSayer(announce);
  // The platform already holds this run's decisions up to now (a resumed run), after those of earlier runs.
  const first = Math.max(0, link.interactionCount() - session.evidence().length);
  const report = () => {
    const evidence = session.evidence();
    const finished = session.isDone();
    say(
      link.report({
        suspendData: marked ? practiceSuspendData(session.snapshot().context) : '',
        interactions: interactionsOf(evidence, kindOf, first),
        firstInteraction: first,
        mark: finished && marked ? markOf(evidence) : null,
        finished,
      }),
    );
  };
  report();
  return session.subscribe(report);
}

/** The kind of a year's decision, from the program of the scenario it was taken in (each read once). */
export function yearKindOf(env: YearEnv): StepKindOf {
  const kinds = new Map<string, Map<string, string>>();
  return (evidence) => {
    let table = kinds.get(evidence.scenarioId);
    if (!table) {
      table = decisionKinds(env.program(evidence.scenarioId));
      kinds.set(evidence.scenarioId, table);
    }
    return kindIn(table, evidence);
  };
}

/**
 * A year's decisions in the order they arrive: the first call gives those taken so far, each next one those
 * taken since. The year's own evidence and each activity's grow side by side, so they are listed as they come,
 * never re-sorted (SCORM 1.2 interactions and xAPI statements are written once each, in order).
 */
export function yearEvidenceFeed(session: YearSession): () => readonly Evidence[] {
  let seenYear: number | null = null;
  const seenActivity = new Map<string, number>();
  return () => {
    const state = session.state();
    if (seenYear === null) {
      seenYear = state.evidence.length;
      for (const activity of state.activities) seenActivity.set(activity.id, activity.evidence.length);
      return yearEvidence(state);
    }
    const fresh = state.evidence.slice(seenYear);
    seenYear = state.evidence.length;
    for (const activity of state.activities) {
      fresh.push(...activity.evidence.slice(seenActivity.get(activity.id) ?? 0));
      seenActivity.set(activity.id, activity.evidence.length);
    }
    return fresh;
  };
}

/** Reports a year to the platform after every accepted event, if the SCO is the year; returns the unsubscription. */
export function trackYear(
  link: LmsLink,
  env: YearEnv,
  session: YearSession,
  announce: (text: string) => void,
): () => void {
  if (link.launch.sco !== 'annee') return () => undefined;
  const kindOf = yearKindOf(env);
  const say = problemSayer(announce);
  const feed = yearEvidenceFeed(session);
  const evidence: Evidence[] = [...feed()];
  const first = Math.max(0, link.interactionCount() - evidence.length);
  const report = () => {
    const state = session.state();
    evidence.push(...feed());
    const finished = state.phase === 'over';
    say(
      link.report({
        suspendData: yearSuspendData(env, state),
        interactions: interactionsOf(evidence, kindOf, first),
        firstInteraction: first,
        mark: finished ? markOf(evidence) : null,
        finished,
      }),
    );
  };
  report();
  return session.subscribe(report);
}
