import type { ScenarioFile } from '../format/schema';
import type { LocatedStep } from './step-path';

/**
 * A scenario compiled once for its machine: every step it can reach, sub-scenarios included, keyed by its state
 * path (`dossier/cni` inside a sub-scenario, as {@link stepKeyOf} writes it), and the sub-scenarios by id. The
 * machine's guards and actions close over it, so that their params carry only a key, never a scenario file.
 */
export interface StepTable {
  /** State path → the step and the scenario that owns it. */
  readonly steps: ReadonlyMap<string, LocatedStep>;
  /** Sub-scenario name (as a `sub` step gives it) → its file, for the steps that enter one (variant draw, default variables). */
  readonly children: ReadonlyMap<string, ScenarioFile>;
}

/** The state path of a step under a parent path (`''` at the root). */
export function stepKey(prefix: string, stepId: string): string {
  return prefix === '' ? stepId : `${prefix}/${stepId}`;
}

/**
 * Compiles a validated scenario and the sub-scenarios its `sub` steps name (from `library`) into a
 * {@link StepTable}. A `sub` step naming a scenario absent from the library is a programming error: validation
 * has already refused such a file.
 */
export function compileStepTable(
  scenario: ScenarioFile,
  library: Readonly<Record<string, ScenarioFile>>,
): StepTable {
  const steps = new Map<string, LocatedStep>();
  const children = new Map<string, ScenarioFile>();
  const visit = (owner: ScenarioFile, prefix: string): void => {
    for (const [stepId, step] of Object.entries(owner.steps)) {
      const key = stepKey(prefix, stepId);
      steps.set(key, { scenario: owner, stepId, step });
      if (step.type !== 'sub') continue;
      const child = library[step.scenario];
      if (!child) throw new Error(`Sous-scénario introuvable : ${step.scenario}`);
      children.set(step.scenario, child);
      visit(child, key);
    }
  };
  visit(scenario, '');
  return { steps, children };
}
