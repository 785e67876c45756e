import { expect } from 'vitest';
import type { ScenarioFile } from '../../../src/core/scenario';

/**
 * What every binôme pack's legal point holds, in the authoring convention (docs/AUTHORING.md, binôme): a private
 * card for each seat (`<point>-carte-elu`, `<point>-carte-sgm`), a discussion and the law's step.
 */
export function expectLegalPointsStaged(scenario: ScenarioFile, points: readonly string[]): void {
  for (const point of points) {
    const elu = scenario.steps[`${point}-carte-elu`];
    const sgm = scenario.steps[`${point}-carte-sgm`];
    expect(elu?.type === 'dialogue' && elu.private && elu.role, point).toBe('maire');
    expect(sgm?.type === 'dialogue' && sgm.private && sgm.role, point).toBe('sgm');
    expect(scenario.steps[`${point}-discussion`]?.type, point).toBe('dialogue');
    expect(scenario.steps[`${point}-loi`]?.type, point).toBe('dialogue');
  }
}

/**
 * The pair's joint choices (step id → variable): choices with no advice and no decision, so never judged, whose
 * options set the variable to their own id — as their only effect when `onlyEffect`, else first (the others move
 * the year's meters). Returns the option ids of each step, for the pack's own checks.
 */
export function expectJointChoices(
  scenario: ScenarioFile,
  joint: Readonly<Record<string, string>>,
  onlyEffect: boolean,
): Readonly<Record<string, readonly string[]>> {
  const options: Record<string, string[]> = {};
  for (const [stepId, variable] of Object.entries(joint)) {
    const step = scenario.steps[stepId];
    expect(step?.type, stepId).toBe('choice');
    if (step?.type !== 'choice') continue;
    expect([step.advice, step.decision], stepId).toEqual([undefined, undefined]);
    for (const option of step.options) {
      const setting = { type: 'setVar', var: variable, value: option.id };
      const label = `${stepId}.${option.id}`;
      if (onlyEffect) expect(option.effects, label).toEqual([setting]);
      else expect(option.effects?.[0], label).toEqual(setting);
    }
    options[stepId] = step.options.map((option) => option.id);
  }
  return options;
}
