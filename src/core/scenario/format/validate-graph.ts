import type { ErrorSink } from './errors';
import type { ScenarioFile, StepDef } from './schema';

/** Every step a step can lead to, with the path of the field that names it. */
export function targetsOf(step: StepDef): { target: string; path: string }[] {
  switch (step.type) {
    case 'choice':
      return [
        ...step.options.map((option, index) => ({ target: option.next, path: `options[${index}].next` })),
        ...(step.timer ? [{ target: step.timer.next, path: 'timer.next' }] : []),
      ];
    case 'branch':
      return [
        ...step.branches.map((branch, index) => ({ target: branch.next, path: `branches[${index}].next` })),
        { target: step.otherwise, path: 'otherwise' },
      ];
    case 'queue':
      return [
        ...step.from.map((target, index) => ({ target, path: `from[${index}]` })),
        { target: step.next, path: 'next' },
      ];
    case 'end':
      return [];
    default:
      return [{ target: step.next, path: 'next' }];
  }
}

function reachableFrom(start: string, edges: Map<string, string[]>): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    for (const next of edges.get(current) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** Targets exist; every step is reachable from `start`; every step can reach an end (no dead end). */
export function checkGraph(scenario: ScenarioFile, sink: ErrorSink): void {
  const ids = Object.keys(scenario.steps);
  if (!scenario.steps[scenario.start]) {
    sink.add('start', 'L’étape de départ n’existe pas.', `une étape parmi ${ids.join(', ')}`, scenario.start);
    return;
  }
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  let targetsOk = true;
  for (const [id, step] of Object.entries(scenario.steps)) {
    for (const { target, path } of targetsOf(step)) {
      if (!scenario.steps[target]) {
        sink.add(
          `steps.${id}.${path}`,
          'Cette étape mène à une étape qui n’existe pas.',
          'un identifiant d’étape existant',
          target,
        );
        targetsOk = false;
        continue;
      }
      forward.set(id, [...(forward.get(id) ?? []), target]);
      backward.set(target, [...(backward.get(target) ?? []), id]);
    }
  }
  if (!targetsOk) return;
  const reachable = reachableFrom(scenario.start, forward);
  for (const id of ids.filter((candidate) => !reachable.has(candidate))) {
    sink.add(
      `steps.${id}`,
      'Étape inaccessible : aucun chemin n’y mène depuis le départ.',
      'une étape atteignable',
      id,
    );
  }
  const ends = ids.filter((id) => scenario.steps[id]?.type === 'end');
  if (ends.length === 0) {
    sink.add(
      'steps',
      'Le scénario n’a aucune étape de fin (type « end »).',
      'au moins une étape « end »',
      ids.length,
    );
    return;
  }
  const canFinish = new Set<string>();
  for (const end of ends) for (const id of reachableFrom(end, backward)) canFinish.add(id);
  for (const id of ids.filter((candidate) => reachable.has(candidate) && !canFinish.has(candidate))) {
    sink.add(
      `steps.${id}`,
      'Impasse : depuis cette étape, aucune fin n’est atteignable.',
      'un chemin vers une étape « end »',
      id,
    );
  }
}
