import {
  urbanismeRuleDomain,
  type UrbanismeCase,
  type UrbanismeResult,
} from '../../../../../src/core/rules/urbanisme';

/** A valid case: a PCMI filed on Tuesday 3 March 2026 in a commune with a PLU, outside any abords. */
export const BASE: UrbanismeCase = {
  demande: 'PCMI',
  document: 'PLU',
  depotDate: '2026-03-03',
  abordsMonumentHistorique: false,
};

/** Parses then evaluates, as the `rules` command does; throws on a malformed case. */
export function run(raw: unknown): UrbanismeResult {
  const parsed = urbanismeRuleDomain.parseCase(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return urbanismeRuleDomain.evaluate(parsed.value);
}

/** The French message of a malformed case; throws if the case is valid. */
export function errorOf(raw: unknown): string {
  const parsed = urbanismeRuleDomain.parseCase(raw);
  if (parsed.ok) throw new Error('cas accepté à tort');
  return parsed.error;
}
