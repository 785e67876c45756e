import type { Evidence, Verdict } from './evidence';

/** The part of an evidence that the marks depend on. */
export type ScoredDecision = Pick<Evidence, 'verdict' | 'weight'>;

/**
 * Share of its weight an evidence earns. `illegal` is negative: breaking a rule costs half the weight, so it
 * weighs more than a missed bonus (`risque`, 0) — see docs/SCORING.md.
 */
export const VERDICT_FACTORS: Readonly<Record<Verdict, number>> = {
  conforme: 1,
  acceptable: 0.5,
  risque: 0,
  illegal: -0.5,
};

/** Points of one evidence: its weight times its verdict's factor (a multiple of 0.5, negative when illegal). */
export function evidencePoints(decision: ScoredDecision): number {
  return decision.weight * VERDICT_FACTORS[decision.verdict];
}

/** What a set of evidence adds up to, for a competence, a bloc or the whole game. */
export interface Tally {
  readonly evidenceCount: number;
  /** Net points: may be negative when illegal verdicts outweigh the rest. */
  readonly points: number;
  /** Sum of the weights: the points a flawless player would have earned. */
  readonly weight: number;
  /** How many of the evidence are `illegal`. */
  readonly illegalCount: number;
}

/** The tally of nothing: no evidence, no mark. */
export const EMPTY_TALLY: Tally = { evidenceCount: 0, points: 0, weight: 0, illegalCount: 0 };

/** Adds up a set of evidence. */
export function tally(decisions: readonly ScoredDecision[]): Tally {
  return decisions.reduce(addToTally, EMPTY_TALLY);
}

function addToTally(sum: Tally, decision: ScoredDecision): Tally {
  return {
    evidenceCount: sum.evidenceCount + 1,
    points: sum.points + evidencePoints(decision),
    weight: sum.weight + decision.weight,
    illegalCount: sum.illegalCount + (decision.verdict === 'illegal' ? 1 : 0),
  };
}

/** Adds tallies together (the overall mark is the mark of the blocs' summed tallies). */
export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (sum, next) => ({
      evidenceCount: sum.evidenceCount + next.evidenceCount,
      points: sum.points + next.points,
      weight: sum.weight + next.weight,
      illegalCount: sum.illegalCount + next.illegalCount,
    }),
    EMPTY_TALLY,
  );
}

/** Share of the weight earned, floored at 0 (net points below zero count as nothing earned); null without evidence. */
export function ratioOf(sum: Pick<Tally, 'points' | 'weight'>): number | null {
  if (sum.weight <= 0) return null;
  return Math.max(0, sum.points) / sum.weight;
}

/** Marks are given to the half point: 20 half-points… 40 half-points make 20/20. */
const HALF_POINTS_IN_TWENTY = 40;

/**
 * Mark /20 of a tally: 20 × max(0, points) / weight, rounded to the nearest half point, a value exactly between
 * two half points going up (17.25 → 17.5, 3.75 → 4). Null without evidence: no mark is not a 0.
 *
 * Computed on integers (points are multiples of 0.5, weights are integers) so that a .25 case is exactly a .25
 * case, never 17.249999… in floating point.
 */
export function markOutOf20(sum: Pick<Tally, 'points' | 'weight'>): number | null {
  if (sum.weight <= 0) return null;
  const doubledPoints = Math.max(0, Math.round(sum.points * 2));
  const doubledWeight = Math.round(sum.weight * 2);
  // half-points = 40 × points / weight = 40 × doubledPoints / doubledWeight; round half up = floor(x + 1/2).
  const halfPoints = Math.floor(
    (2 * HALF_POINTS_IN_TWENTY * doubledPoints + doubledWeight) / (2 * doubledWeight),
  );
  return halfPoints / 2;
}

/** The mark at which a bloc is validated, as in the real evaluation of the certification. */
export const BLOC_PASS_MARK = 10;

/** True when a bloc has a mark and it reaches {@link BLOC_PASS_MARK} (the rounded mark is the one that counts). */
export function isValidatedMark(mark: number | null): boolean {
  return mark !== null && mark >= BLOC_PASS_MARK;
}
