import type { StepDef } from '../format/schema';
import type { StepTable } from '../runtime/step-table';

/** The scored decision a question to the network is about, and how far it lies from the step it was asked at. */
export interface NetworkSubject {
  /** Key of the step holding the decision (`dossier/cni` inside a sub-scenario). */
  readonly step: string;
  /** Decision id in the scenario's scoring table. */
  readonly decision: string;
  /** Answers the player gives, on the shortest path, before reaching the decision (0: it is this step). */
  readonly distance: number;
}

function successorsOf(step: StepDef): readonly string[] {
  switch (step.type) {
    case 'choice':
      return [...step.options.map((option) => option.next), ...(step.timer ? [step.timer.next] : [])];
    case 'branch':
      return [...step.branches.map((branch) => branch.next), step.otherwise];
    case 'queue':
      return [...step.from, step.next];
    case 'end':
      return [];
    default:
      return 'next' in step ? [step.next] : [];
  }
}

/** Steps that wait for the player (a branch or a sub-step passes without an answer). */
function waitsForPlayer(step: StepDef): boolean {
  return step.type !== 'branch' && step.type !== 'sub' && step.type !== 'queue';
}

function decisionOf(step: StepDef): string | undefined {
  return 'decision' in step ? step.decision : undefined;
}

/**
 * The nearest scored decision from a step, itself included, within the same scenario level (a question is about
 * the file at hand): breadth first over the steps' successors, counting only the steps that wait for an answer.
 * Null at a step from which no scored decision can be reached (the end).
 */
export function networkSubject(table: StepTable, stepKey: string): NetworkSubject | null {
  const slash = stepKey.lastIndexOf('/');
  const prefix = slash < 0 ? '' : stepKey.slice(0, slash + 1);
  const seen = new Set<string>([stepKey]);
  let frontier: readonly { key: string; distance: number }[] = [{ key: stepKey, distance: 0 }];
  while (frontier.length > 0) {
    const next: { key: string; distance: number }[] = [];
    for (const { key, distance } of frontier) {
      const step = table.steps.get(key)?.step;
      if (!step) continue;
      const decision = decisionOf(step);
      if (decision !== undefined) return { step: key, decision, distance };
      const cost = waitsForPlayer(step) ? 1 : 0;
      for (const successor of successorsOf(step)) {
        const successorKey = `${prefix}${successor}`;
        if (seen.has(successorKey)) continue;
        seen.add(successorKey);
        next.push({ key: successorKey, distance: distance + cost });
      }
    }
    frontier = next.sort((a, b) => a.distance - b.distance);
  }
  return null;
}
