import type { StateValue } from 'xstate';
import type { ScenarioFile, StepDef } from '../format/schema';

/** The active leaf of a state value, as the list of state keys from the root: `['dossier', 'cni']`. */
export function leafPath(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  const [key, child] = Object.entries(value)[0] ?? [];
  if (key === undefined || child === undefined) return [];
  return [key, ...leafPath(child)];
}

/** A step with the scenario that owns it (a sub-scenario's step belongs to the sub-scenario). */
export interface LocatedStep {
  readonly scenario: ScenarioFile;
  readonly stepId: string;
  readonly step: StepDef;
}

/** Finds the step at a path of state keys, descending through `sub` steps. */
export function locateStep(
  root: ScenarioFile,
  library: Readonly<Record<string, ScenarioFile>>,
  path: readonly string[],
): LocatedStep | null {
  let scenario = root;
  for (let index = 0; index < path.length; index += 1) {
    const stepId = path[index] ?? '';
    const step = scenario.steps[stepId];
    if (!step) return null;
    if (index === path.length - 1) return { scenario, stepId, step };
    if (step.type !== 'sub') return null;
    const child = library[step.scenario];
    if (!child) return null;
    scenario = child;
  }
  return null;
}
