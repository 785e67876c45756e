/**
 * What a practice run or a year tells a cmi5 platform, as the game's moments: the step or week reached
 * (`progressed`), each scored decision (`answered`), the end (`finished`: completed, passed or failed). The
 * decisions' kinds, the order of a year's decisions and the mark come from the SCORM tracking's pure pieces, so
 * that both platforms hear the same.
 */
import type { ScenarioProgram } from '../core/scenario/runtime/run';
import type { ScenarioSession } from '../core/scenario/runtime/session';
import type { Evidence } from '../core/scoring/evidence';
import type { YearEnv, YearSession } from '../core/year';
import { launchesRun, type RunSco } from './launch';
import { interactionTypeOf } from './scorm12-report';
import { decisionKinds, kindIn, markOf, yearEvidenceFeed, yearKindOf } from './track';
import type { XapiLink } from './xapi-link';
import type { RunRef } from './xapi-statements';

const untracked = () => undefined;
const hundredths = (fraction: number) => Math.round(Math.min(1, Math.max(0, fraction)) * 100) / 100;

/** An `answered` moment per decision. */
function answer(link: XapiLink, run: RunRef, evidence: Evidence, kind: string | undefined): void {
  link.record({ kind: 'answered', at: link.now(), run, evidence, interactionType: interactionTypeOf(kind) });
}

/**
 * Records a practice session's or a binôme pack's moments on the link after every accepted event, if the AU is
 * this scenario (or the whole game); returns the unsubscription.
 */
export function trackPracticeXapi(
  link: XapiLink,
  program: ScenarioProgram,
  session: ScenarioSession,
  played: RunSco = 'scenario',
): () => void {
  const { entry } = link;
  if (entry && !launchesRun(entry, played, program.scenario.id)) return untracked;
  // A binôme pack's AU moves on « Completed »: its end is never judged passed or failed.
  const marked = played === 'scenario';
  const kinds = decisionKinds(program);
  const decisions = Object.values(program.scenario.steps).filter(
    (candidate) => 'decision' in candidate && typeof candidate.decision === 'string',
  ).length;
  const run = { scenarioId: program.scenario.id, seed: session.snapshot().context.seed };
  let answered = 0;
  let step: string | null = null;
  let finished = false;
  const report = () => {
    const evidence = session.evidence();
    for (const item of evidence.slice(answered)) answer(link, run, item, kindIn(kinds, item));
    answered = evidence.length;
    const done = session.isDone();
    const now = session.view().stepId;
    if (now !== step) {
      step = now;
      // Decisions taken (a form's fields are one) over the decisions a run can meet: a branch skips some.
      const taken = new Set(evidence.map((item) => item.step.split('.')[0])).size;
      const progress = done ? 1 : hundredths(taken / Math.max(1, decisions));
      link.record({ kind: 'progressed', at: link.now(), run, step: now, progress });
    }
    if (done && !finished) {
      finished = true;
      const mark = marked ? markOf(evidence) : null;
      link.record({ kind: 'finished', at: link.now(), run, mark, elapsedMs: link.elapsed() });
    }
  };
  report();
  return session.subscribe(report);
}

/**
 * Records a year's moments on the link after every accepted event, if the AU is the year (or the whole game):
 * each decision as it arrives, each new week (`semaine-3`) and the bilan, the end of the year marked on all its
 * decisions.
 * Returns the unsubscription.
 */
export function trackYearXapi(link: XapiLink, env: YearEnv, session: YearSession): () => void {
  if (link.entry && link.entry.sco !== 'annee') return untracked;
  const kindOf = yearKindOf(env);
  const feed = yearEvidenceFeed(session);
  const { setup } = session.state();
  const year = { scenarioId: setup.configId, seed: setup.seed };
  // Decisions taken before this launch (a year continued from the device) count in the mark, not declared again.
  const evidence: Evidence[] = [...feed()];
  let step: string | null = null;
  let finished = false;
  const report = () => {
    const state = session.state();
    for (const item of feed()) {
      evidence.push(item);
      answer(link, { scenarioId: item.scenarioId, seed: setup.seed }, item, kindOf(item));
    }
    const over = state.phase === 'over';
    // Each week, then the year's bilan.
    const reached = over ? 'bilan' : `semaine-${state.week + 1}`;
    if (reached !== step) {
      step = reached;
      const progress = over ? 1 : hundredths(state.week / Math.max(1, state.weekCount));
      link.record({ kind: 'progressed', at: link.now(), run: year, step, progress });
    }
    if (over && !finished) {
      finished = true;
      const mark = markOf(evidence);
      link.record({ kind: 'finished', at: link.now(), run: year, mark, elapsedMs: link.elapsed() });
    }
  };
  report();
  return session.subscribe(report);
}
