import type { ScenarioFile, StepDef } from '../scenario/format/schema';
import { leafPath, locateStep } from '../scenario/runtime/step-path';
import type { YearEnv } from '../year/env';
import { activitySnapshot } from '../year/state/activities';
import type { YearState } from '../year/state/types';

/**
 * The keys a step's `user.submit` may carry, in the step's own order: form fields, classify items, allocate
 * lines, rank cells (`offer.criterion`), inspect fields (`documentId.fieldId`). A save writes a submission's values
 * in this order and drops the keys.
 */
export function submitKeys(scenario: ScenarioFile, step: StepDef): string[] {
  switch (step.type) {
    case 'form':
      return step.fields.map((field) => field.id);
    case 'classify':
      return step.items.map((item) => item.id);
    case 'allocate':
      return step.groups.flatMap((group) => group.lines.map((line) => line.id));
    case 'rank':
      return step.offers.flatMap((offer) => step.criteria.map((criterion) => `${offer.id}.${criterion.id}`));
    case 'inspect':
      return (step.documents ?? []).flatMap(
        (documentId) =>
          scenario.documents?.[documentId]?.fields.map((field) => `${documentId}.${field.id}`) ?? [],
      );
    default:
      return [];
  }
}

/** The submission keys of a step of an activity's scenario, by step key (`dossier/cni`). */
function keysAtStep(env: YearEnv, scenarioId: string, stepKey: string): string[] | null {
  const program = env.program(scenarioId);
  const located = program ? locateStep(program.scenario, program.library, stepKey.split('/')) : null;
  return located ? submitKeys(located.scenario, located.step) : null;
}

/** For each `user.submit` of the year's log (by index), the keys of the step it was sent at. */
export function submitKeysOfLog(env: YearEnv, state: YearState): Map<number, readonly string[]> {
  const byIndex = new Map<number, readonly string[]>();
  const sent = new Map<string, number>();
  let active: string | null = null;
  state.log.forEach((event, index) => {
    if (event.type === 'activity.open') active = event.activityId;
    if (event.type !== 'activity.event' || active === null) return;
    const activity = state.activities.find((item) => item.id === active);
    const position = sent.get(active) ?? 0;
    sent.set(active, position + 1);
    const stepKey = activity?.steps[position];
    if (!activity || stepKey === undefined || event.event.type !== 'user.submit') return;
    const keys = keysAtStep(env, activity.scenarioId, stepKey);
    if (keys) byIndex.set(index, keys);
  });
  return byIndex;
}

/** The submission keys of the step the open scenario of `state` is at, or null. */
export function currentSubmitKeys(env: YearEnv, state: YearState): string[] | null {
  const activity = state.activities.find((item) => item.id === state.active);
  const program = activity ? env.program(activity.scenarioId) : undefined;
  const snapshot = activity ? activitySnapshot(env, activity) : null;
  if (!program || !snapshot) return null;
  const located = locateStep(program.scenario, program.library, leafPath(snapshot.value));
  return located ? submitKeys(located.scenario, located.step) : null;
}
