import { rhRuleDomain } from '../../../../../src/core/rules/rh';

/** Parses then evaluates, as the `rules` command does; a refused case gives `{ error }`. */
export function runRh(raw: unknown): Record<string, unknown> {
  const parsed = rhRuleDomain.parseCase(raw);
  return parsed.ok
    ? (rhRuleDomain.evaluate(parsed.value) as unknown as Record<string, unknown>)
    : { error: parsed.error };
}

/** The error message of a case that must be refused (fails the test when the case is accepted). */
export function rhError(raw: unknown): string {
  const parsed = rhRuleDomain.parseCase(raw);
  if (parsed.ok) throw new Error(`case accepted: ${JSON.stringify(raw)}`);
  return parsed.error;
}
