import { nextInt, seedRng, type RngState } from '../../random/rng';
import type { Scalar, ScenarioFile } from '../format/schema';
import type { ScenarioContext, ScenarioInput } from './context';
import { resolveValue } from './values';
import { DEFAULT_WORLD_VARS } from '../world-vars';

/**
 * Draws a scenario's variant with the generator; returns its id, the variant's own variables and the next
 * state. The scenario's defaults are not included: see {@link scenarioVars} for the precedence.
 */
export function drawVariant(
  scenario: ScenarioFile,
  rng: RngState,
): { variant: string; vars: Record<string, Scalar>; rng: RngState } {
  const variants = scenario.variants ?? [];
  if (variants.length === 0) return { variant: 'unique', vars: {}, rng };
  const [index, next] = nextInt(rng, variants.length);
  const chosen = variants[index] ?? variants[0];
  return { variant: chosen?.id ?? 'unique', vars: { ...chosen?.vars }, rng: next };
}

/**
 * A scenario's variables: its defaults, then what the world (the year) gives, then the drawn variant — so the
 * year can change a default, and a variant always says what makes it that variant.
 */
export function scenarioVars(
  scenario: ScenarioFile,
  worldVars: Readonly<Record<string, Scalar>> | undefined,
  variantVars: Readonly<Record<string, Scalar>>,
): Record<string, Scalar> {
  return { ...scenario.vars, ...worldVars, ...variantVars };
}

/** The context a scenario starts with: the variant drawn from the seed, the date, an empty log. */
export function initialContext(scenario: ScenarioFile, input: ScenarioInput): ScenarioContext {
  const drawn = drawVariant(scenario, seedRng(input.seed));
  const given = scenarioVars(scenario, input.worldVars ?? DEFAULT_WORLD_VARS, drawn.vars);
  const variantDate = typeof given.date === 'string' ? given.date : undefined;
  const date = input.date ?? variantDate ?? scenario.dates[0] ?? '2027-01-04';
  const vars: Record<string, Scalar> = { ...given, date };
  // Computed in file order, so that one computed value may use an earlier one.
  for (const [name, source] of Object.entries(scenario.computed ?? {})) {
    const value = resolveValue(source, vars);
    if (value !== undefined) vars[name] = value;
  }
  return {
    scenarioId: scenario.id,
    version: scenario.version,
    seed: input.seed,
    rng: drawn.rng,
    variant: drawn.variant,
    vars,
    date,
    choices: {},
    advice: {},
    evidence: [],
    meterChanges: [],
    queues: {},
    network: [],
    log: [],
  };
}
