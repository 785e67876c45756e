/**
 * What a practice run tells a cmi5 platform, as the game's moments: the step reached (`progressed`), each
 * scored decision (`answered`), the end of the run (`finished`: completed, passed or failed). The decisions'
 * kinds, results and the mark come from the SCORM tracking's pure pieces, so that both platforms hear the same.
 */
import type { ScenarioProgram } from '../core/scenario/runtime/run';
import type { ScenarioSession } from '../core/scenario/runtime/session';
import { interactionTypeOf } from './scorm12-report';
import { decisionKinds, kindIn, markOf } from './track';
import type { XapiLink } from './xapi-link';

/**
 * Records a practice session's moments on the link after every accepted event, if the launch is this scenario
 * (or the whole game); returns the unsubscription.
 */
export function trackPracticeXapi(
  link: XapiLink,
  program: ScenarioProgram,
  session: ScenarioSession,
): () => void {
  if (link.scenarioId !== null && link.scenarioId !== program.scenario.id) return () => undefined;
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
    for (const item of evidence.slice(answered))
      link.record({
        kind: 'answered',
        at: link.now(),
        run,
        evidence: item,
        interactionType: interactionTypeOf(kindIn(kinds, item)),
      });
    answered = evidence.length;
    const done = session.isDone();
    const now = session.view().stepId;
    if (now !== step) {
      step = now;
      // Decisions taken (a form's fields are one) over the decisions a run can meet: a branch skips some.
      const taken = new Set(evidence.map((item) => item.step.split('.')[0])).size;
      const progress = done ? 1 : Math.round(Math.min(1, taken / Math.max(1, decisions)) * 100) / 100;
      link.record({ kind: 'progressed', at: link.now(), run, step: now, progress });
    }
    if (done && !finished) {
      finished = true;
      link.record({
        kind: 'finished',
        at: link.now(),
        run,
        mark: markOf(evidence),
        elapsedMs: link.elapsed(),
      });
    }
  };
  report();
  return session.subscribe(report);
}
