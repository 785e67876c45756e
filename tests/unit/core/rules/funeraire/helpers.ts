import { funeraireRuleDomain, type FuneraireResult } from '../../../../../src/core/rules/funeraire';

/** Parses then evaluates, as the `rules` command does; throws on a malformed case. */
export function run(raw: unknown): FuneraireResult {
  const parsed = funeraireRuleDomain.parseCase(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return funeraireRuleDomain.evaluate(parsed.value);
}

/** The French message of a malformed case; throws if the case is valid. */
export function errorOf(raw: unknown): string {
  const parsed = funeraireRuleDomain.parseCase(raw);
  if (parsed.ok) throw new Error('cas accepté à tort');
  return parsed.error;
}
