import type { Scalar, ScenarioFile, ValueSource } from '../format/schema';
import { interpolate } from '../format/text';
import { calculators } from '../vocabulary/registry';

/** A scenario text in French with the variables filled in; a missing id is shown as such (validation forbids it). */
export function textOf(
  scenario: ScenarioFile,
  textId: string,
  vars: Readonly<Record<string, Scalar>>,
): string {
  const template = scenario.texts[textId];
  return template === undefined ? `⟦${textId}⟧` : interpolate(template, vars);
}

/** Resolves a value written literally, read from a variable, or computed by a named rule. */
export function resolveValue(
  source: ValueSource,
  vars: Readonly<Record<string, Scalar>>,
): Scalar | undefined {
  if (typeof source !== 'object') return source;
  if ('var' in source) return vars[source.var];
  const calculator = calculators[source.rule];
  if (!calculator) return undefined;
  const args: Record<string, Scalar | undefined> = {};
  for (const [name, value] of Object.entries(source.args)) {
    args[name] = typeof value === 'object' ? vars[value.var] : value;
  }
  const parsed = calculator.args.safeParse(args);
  if (!parsed.success) return undefined;
  try {
    return calculator.compute(parsed.data);
  } catch {
    // A rule refusing its arguments (incoherent dates…) yields no value; validation reports it per variant.
    return undefined;
  }
}

/** Resolves assessor arguments: `{ var }` references are replaced by the variables' values. */
export function resolveArgs(
  args: Readonly<Record<string, Scalar | { var: string } | readonly Scalar[]>>,
  vars: Readonly<Record<string, Scalar>>,
): Record<string, Scalar | readonly Scalar[] | undefined> {
  const out: Record<string, Scalar | readonly Scalar[] | undefined> = {};
  for (const [name, value] of Object.entries(args)) {
    out[name] =
      typeof value === 'object' && !Array.isArray(value) && 'var' in value ? vars[value.var] : value;
  }
  return out;
}
