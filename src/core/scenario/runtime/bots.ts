import { nextInt, type RngState } from '../../random/rng';
import { VERDICTS, type Verdict } from '../../scoring/evidence';
import type { DecisionDef, ScenarioFile, StepDef } from '../format/schema';
import type { ScenarioEvent, SubmittedValue } from '../step-view';
import type { ScenarioContext } from './context';
import { resolveValue } from './values';

/** How a bot plays: the model answer, anything well-formed, or the worst legal-looking answer. */
export type BotStrategy = 'good' | 'random' | 'careless';

type Values = Record<string, SubmittedValue>;

function rankOf(verdict: Verdict | undefined): number {
  return verdict === undefined ? VERDICTS.length : VERDICTS.indexOf(verdict);
}

/** The model answer of a submit step, from its scoring map. */
export function modelAnswer(scenario: ScenarioFile, step: StepDef, context: ScenarioContext): Values {
  const decision: DecisionDef | undefined =
    'decision' in step && step.decision ? scenario.scoring[step.decision] : undefined;
  if (decision?.solution) return { ...decision.solution };
  const values: Values = {};
  if (step.type === 'form') {
    for (const field of step.fields) {
      const scoring = decision?.fields?.[field.id];
      const best = Object.entries(scoring?.answers ?? {}).sort(
        ([, a], [, b]) => rankOf(a.verdict) - rankOf(b.verdict),
      )[0];
      const expected =
        scoring?.expected === undefined ? undefined : resolveValue(scoring.expected, context.vars);
      if (best) values[field.id] = best[0];
      else if (field.type === 'multi')
        values[field.id] = String(expected ?? '')
          .split(',')
          .filter(Boolean);
      else if (expected !== undefined)
        values[field.id] = typeof expected === 'boolean' ? String(expected) : expected;
      else
        values[field.id] =
          field.options?.[0]?.id ?? (field.type === 'number' || field.type === 'amount' ? 0 : '—');
    }
  }
  if (step.type === 'inspect') for (const key of decision?.discrepancies ?? []) values[key] = true;
  if (step.type === 'classify') {
    for (const item of step.items)
      values[item.id] = decision?.answers?.[item.id]?.bin ?? step.bins[0]?.id ?? '';
  }
  if (step.type === 'allocate')
    for (const line of step.groups.flatMap((group) => group.lines)) values[line.id] = line.initial ?? 0;
  if (step.type === 'rank') {
    for (const offer of step.offers) {
      for (const criterion of step.criteria) {
        values[`${offer.id}.${criterion.id}`] =
          offer.id === decision?.winner ? step.scale.max : step.scale.min;
      }
    }
  }
  return values;
}

/** A well-formed but arbitrary submission. */
export function randomAnswer(scenario: ScenarioFile, step: StepDef, rng: RngState): [Values, RngState] {
  let state = rng;
  const draw = (bound: number): number => {
    const [value, next] = nextInt(state, bound);
    state = next;
    return value;
  };
  const values: Values = {};
  if (step.type === 'form') {
    for (const field of step.fields) {
      const options = field.options ?? [];
      if (field.type === 'select') values[field.id] = options[draw(options.length)]?.id ?? '';
      else if (field.type === 'multi')
        values[field.id] = options.filter(() => draw(2) === 1).map((o) => o.id);
      else if (field.type === 'date') values[field.id] = `2027-0${1 + draw(9)}-1${draw(10)}`;
      else if (field.type === 'text') values[field.id] = ['oui', 'non', 'à voir'][draw(3)] ?? 'oui';
      else values[field.id] = draw(200_000);
    }
  }
  if (step.type === 'classify')
    for (const item of step.items) values[item.id] = step.bins[draw(step.bins.length)]?.id ?? '';
  if (step.type === 'allocate')
    for (const line of step.groups.flatMap((group) => group.lines)) values[line.id] = draw(300_000);
  if (step.type === 'rank') {
    const span = step.scale.max - step.scale.min + 1;
    for (const offer of step.offers) {
      for (const criterion of step.criteria)
        values[`${offer.id}.${criterion.id}`] = step.scale.min + draw(span);
    }
  }
  if (step.type === 'inspect') {
    for (const documentId of step.documents ?? []) {
      for (const field of scenario.documents?.[documentId]?.fields ?? []) {
        if (draw(5) === 0) values[`${documentId}.${field.id}`] = true;
      }
    }
  }
  return [values, state];
}

/**
 * A bot SGM's advice: the good bot advises the best option and says why, the careless one the worst without a
 * word, the random one any option, explained or not. The élu then decides as the same bot would.
 */
function adviceEvent(
  step: Extract<StepDef, { type: 'choice' }>,
  ranked: readonly { readonly id: string }[],
  strategy: BotStrategy,
  rng: RngState,
): [ScenarioEvent, RngState] {
  const submit = (optionId: string, explication: string): ScenarioEvent => ({
    type: 'user.submit',
    values: explication === '' ? { conseil: optionId } : { conseil: optionId, explication },
  });
  if (strategy === 'good') return [submit(ranked[0]?.id ?? '', 'Le droit est clair ici.'), rng];
  if (strategy === 'careless') return [submit(ranked[ranked.length - 1]?.id ?? '', ''), rng];
  const [index, next] = nextInt(rng, step.options.length * 2);
  const option = step.options[index % step.options.length];
  return [submit(option?.id ?? '', index >= step.options.length ? 'Voici pourquoi.' : ''), next];
}

/**
 * The event a bot sends at a step. `good` follows the scoring map's best answers, `careless` its worst,
 * `random` anything well-formed; timers are left to expire now and then by the random bot.
 */
export function botEvent(
  scenario: ScenarioFile,
  step: StepDef,
  context: ScenarioContext,
  strategy: BotStrategy,
  rng: RngState,
): [ScenarioEvent, RngState] {
  if (step.type === 'dialogue') return [{ type: 'user.advance' }, rng];
  if (step.type === 'choice') {
    const outcomes = step.decision ? scenario.scoring[step.decision]?.options : undefined;
    const ranked = [...step.options].sort(
      (a, b) => rankOf(outcomes?.[a.id]?.verdict) - rankOf(outcomes?.[b.id]?.verdict),
    );
    if (step.advice && step.decision && context.advice[step.decision] === undefined)
      return adviceEvent(step, ranked, strategy, rng);
    if (strategy === 'good') return [{ type: 'user.choose', optionId: ranked[0]?.id ?? '' }, rng];
    if (strategy === 'careless')
      return [{ type: 'user.choose', optionId: ranked[ranked.length - 1]?.id ?? '' }, rng];
    const [index, next] = nextInt(rng, step.options.length + (step.timer ? 1 : 0));
    const option = step.options[index];
    return [option ? { type: 'user.choose', optionId: option.id } : { type: 'timer.expire' }, next];
  }
  if (strategy === 'good')
    return [{ type: 'user.submit', values: modelAnswer(scenario, step, context) }, rng];
  const [values, next] = randomAnswer(scenario, step, rng);
  return [{ type: 'user.submit', values }, next];
}
