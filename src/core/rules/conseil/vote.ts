import type { LegalRule } from './legal-basis';

/** L2121-20: majority and casting vote. */
export const MAJORITY_RULE: LegalRule = {
  reference: 'CGCT L2121-20',
  confidence: 'C',
  statement:
    'Les délibérations sont prises à la majorité absolue des suffrages exprimés ; les abstentions ne comptent ' +
    'pas. En cas de partage égal des voix, la voix du président est prépondérante, sauf en cas de scrutin secret.',
};

/** How the président voted, if at all. */
export type PresidentVote = 'for' | 'against' | 'abstain';

/** The count of a vote on a délibération. */
export interface VoteTally {
  readonly for: number;
  readonly against: number;
  readonly abstain?: number;
  readonly secret?: boolean;
  /** The président's own vote (already counted in `for`/`against`); it decides a tie, except in secret ballot. */
  readonly presidentVote?: PresidentVote | null;
}

/** The result of a vote. */
export interface VoteResult {
  readonly outcome: 'adopted' | 'rejected';
  /** For + against: abstentions are not suffrages exprimés. */
  readonly suffragesExprimes: number;
  /** Votes for needed to adopt without a casting vote: the absolute majority of suffrages exprimés. */
  readonly absoluteMajority: number;
  readonly tie: boolean;
  /** The président's casting vote settled a tie. */
  readonly castingVote: boolean;
}

/** Absolute majority of a number of suffrages exprimés: more than half (12 → 7, 13 → 7). */
export function absoluteMajority(suffragesExprimes: number): number {
  return Math.floor(suffragesExprimes / 2) + 1;
}

/**
 * The outcome of a vote from the tally alone (L2121-20): adopted with an absolute majority of suffrages
 * exprimés; on a tie, the président's vote decides in an open vote; in a secret ballot, or when the président
 * abstained, a tie rejects; with no suffrage exprimé, nothing is adopted.
 */
export function voteOutcome(tally: VoteTally): VoteResult {
  const suffragesExprimes = tally.for + tally.against;
  const tie = tally.for === tally.against;
  // The casting vote exists only in an open vote on a real tie, and only if the président took a side.
  const president =
    !tie || tally.secret === true || suffragesExprimes === 0 ? null : (tally.presidentVote ?? null);
  const adopted = tie ? president === 'for' : tally.for > tally.against;
  return {
    outcome: adopted ? 'adopted' : 'rejected',
    suffragesExprimes,
    absoluteMajority: absoluteMajority(suffragesExprimes),
    tie,
    castingVote: president === 'for' || president === 'against',
  };
}

/** Guard form of {@link voteOutcome}. */
export function isAdopted(tally: VoteTally): boolean {
  return voteOutcome(tally).outcome === 'adopted';
}

/** Councillors who may cast a vote: those present who take part, plus one vote per accepted proxy. */
export function availableVotes(votingPresent: number, acceptedProxies: number): number {
  return votingPresent + acceptedProxies;
}

/** True when the tally does not count more ballots (abstentions included) than there are votes in the room. */
export function isTallyWithinVotes(tally: VoteTally, votes: number): boolean {
  return tally.for + tally.against + (tally.abstain ?? 0) <= votes;
}
