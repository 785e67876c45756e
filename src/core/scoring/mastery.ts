import type { Tally } from './points';
import { ratioOf } from './points';

/** Mastery of one competence, as a jury states it. */
export type Mastery = 'acquis' | 'en-cours' | 'non-acquis';

/** The mastery levels from best to worst. */
export const MASTERY_LEVELS: readonly Mastery[] = ['acquis', 'en-cours', 'non-acquis'];

/** Lowest ratio (points earned / weight) for each level above « non acquis ». */
export const MASTERY_THRESHOLDS = { acquis: 0.75, enCours: 0.5 } as const;

/**
 * Mastery of a competence from its tally: acquis from 0.75 of the weight earned, en cours d'acquisition from 0.5,
 * non acquis below. A competence touched by any `illegal` verdict is never « acquis »: a jury does not certify a
 * skill exercised once against the law, however well the rest went. Null without evidence.
 */
export function masteryOf(sum: Tally): Mastery | null {
  const ratio = ratioOf(sum);
  if (ratio === null) return null;
  if (ratio >= MASTERY_THRESHOLDS.acquis && sum.illegalCount === 0) return 'acquis';
  if (ratio >= MASTERY_THRESHOLDS.enCours) return 'en-cours';
  return 'non-acquis';
}
