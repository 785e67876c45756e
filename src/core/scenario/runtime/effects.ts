import { addDays } from '../../dates/iso-date';
import type { EffectDef, ScenarioFile } from '../format/schema';
import type { ScenarioContext } from './context';
import { textOf } from './values';

/** The context after a list of effects (variables, meters, cues, the in-game date), in order. */
export function applyEffects(
  scenario: ScenarioFile,
  effects: readonly EffectDef[],
  context: ScenarioContext,
  stepId: string,
): ScenarioContext {
  let next = context;
  for (const effect of effects) {
    switch (effect.type) {
      case 'setVar':
        next = { ...next, vars: { ...next.vars, [effect.var]: effect.value } };
        break;
      case 'adjustMeter':
        next = {
          ...next,
          meterChanges: [
            ...next.meterChanges,
            {
              meter: effect.meter,
              delta: effect.delta,
              reason: textOf(scenario, effect.reason, next.vars),
              step: stepId,
              date: next.date,
            },
          ],
        };
        break;
      case 'cue':
        next = {
          ...next,
          cues: [
            ...next.cues,
            {
              kind: effect.kind,
              ...(effect.sound ? { sound: effect.sound } : {}),
              text: textOf(scenario, effect.text, next.vars),
            },
          ],
        };
        break;
      case 'advanceDate':
        next = { ...next, date: addDays(next.date, effect.days) };
        // `{date}` in the texts follows the in-game date.
        next = { ...next, vars: { ...next.vars, date: next.date } };
        break;
    }
  }
  return next;
}
