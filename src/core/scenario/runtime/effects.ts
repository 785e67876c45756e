import { addDays } from '../../dates/iso-date';
import type { EffectDef, ScenarioFile } from '../format/schema';
import type { ScenarioCue } from '../session-port';
import type { ScenarioContext } from './context';
import { textOf } from './values';

/** What a list of effects does: the next context, and the cues to emit (not kept in the context). */
export interface EffectsOutcome {
  readonly context: ScenarioContext;
  /** In the order of the effects; each text is resolved with the variables at its place in the list. */
  readonly cues: readonly ScenarioCue[];
}

/** The context after a list of effects (variables, meters, the in-game date) and their cues, in order. */
export function applyEffects(
  scenario: ScenarioFile,
  effects: readonly EffectDef[],
  context: ScenarioContext,
  stepId: string,
): EffectsOutcome {
  let next = context;
  const cues: ScenarioCue[] = [];
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
        cues.push({
          kind: effect.kind,
          ...(effect.sound ? { sound: effect.sound } : {}),
          text: textOf(scenario, effect.text, next.vars),
        });
        break;
      case 'advanceDate':
        next = { ...next, date: addDays(next.date, effect.days) };
        // `{date}` in the texts follows the in-game date.
        next = { ...next, vars: { ...next.vars, date: next.date } };
        break;
    }
  }
  return { context: next, cues };
}
