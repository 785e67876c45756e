import type { IsoDate } from '../../dates';
import { absoluteMajority } from './vote';
import type { LegalRule } from './legal-basis';

/** L2121-21: public and secret ballots, nominations. */
export const BALLOT_MODE_RULE: LegalRule = {
  reference: 'CGCT L2121-21',
  confidence: 'C',
  statement:
    'Le vote a lieu au scrutin public à la demande du quart des membres présents ; il a lieu au scrutin secret ' +
    'quand un tiers des membres présents le réclame, ou s’il s’agit de procéder à une nomination ou à une ' +
    'présentation, sauf décision unanime contraire du conseil quand aucun texte n’impose le secret. Si les deux ' +
    'sont demandés, le scrutin secret prévaut (réponse ministérielle, JO Sénat du 25 juin 2009).',
};

/** How the council votes: by show of hands, public ballot (names recorded), or secret ballot. */
export type BallotMode = 'ordinaire' | 'public' | 'secret';

/** The requests and the nature of the vote. */
export interface BallotRequest {
  /** Members physically present. */
  readonly presentCount: number;
  readonly secretRequests?: number;
  readonly publicRequests?: number;
  /** A nomination or presentation (e.g. a delegate to a syndicat). */
  readonly nomination?: boolean;
  /** The council decided unanimously not to vote secretly on this nomination. */
  readonly unanimousOpenVote?: boolean;
  /** A text imposes the secret ballot for this nomination. */
  readonly secretRequiredByText?: boolean;
}

/** The ballot to hold, and why (French). */
export interface BallotDecision {
  readonly mode: BallotMode;
  readonly reason: string;
  readonly reference: string;
}

/** True when `requests` reach the fraction `1/denominator` of the members present. */
function reachesFraction(requests: number, presentCount: number, denominator: number): boolean {
  return requests > 0 && requests * denominator >= presentCount;
}

/** Decides the ballot mode (L2121-21). */
export function ballotMode(request: BallotRequest): BallotDecision {
  const reference = BALLOT_MODE_RULE.reference;
  if (reachesFraction(request.secretRequests ?? 0, request.presentCount, 3)) {
    return {
      mode: 'secret',
      reason: 'Un tiers au moins des membres présents réclame le scrutin secret.',
      reference,
    };
  }
  if (
    request.nomination === true &&
    (request.secretRequiredByText === true || request.unanimousOpenVote !== true)
  ) {
    return { mode: 'secret', reason: 'Il s’agit d’une nomination : le scrutin secret s’impose.', reference };
  }
  if (reachesFraction(request.publicRequests ?? 0, request.presentCount, 4)) {
    return { mode: 'public', reason: 'Le quart des membres présents demande le scrutin public.', reference };
  }
  return { mode: 'ordinaire', reason: 'Aucune demande suffisante : vote à main levée.', reference };
}

/** A candidate to a nomination. */
export interface NominationCandidate {
  readonly name: string;
  readonly votes: number;
  readonly birthDate: IsoDate;
}

/** The result of one round of a nomination. */
export interface NominationRoundResult {
  /** Null: nobody is elected at this round (or an exact tie of age, which the law does not settle). */
  readonly elected: string | null;
  /** Votes needed in rounds 1 and 2 (absolute majority of suffrages exprimés); null in round 3. */
  readonly majorityNeeded: number | null;
  readonly tieBrokenByAge: boolean;
}

/**
 * One round of a nomination (L2121-21): absolute majority in rounds 1 and 2, relative majority in round 3,
 * where a tie goes to the oldest candidate. Suffrages exprimés are the votes the candidates received.
 */
export function nominationRound(
  round: 1 | 2 | 3,
  candidates: readonly NominationCandidate[],
): NominationRoundResult {
  const exprimes = candidates.reduce((sum, candidate) => sum + candidate.votes, 0);
  const best = Math.max(0, ...candidates.map((candidate) => candidate.votes));
  const leaders = candidates.filter((candidate) => candidate.votes === best && best > 0);
  if (round < 3) {
    const needed = absoluteMajority(exprimes);
    const winner = leaders.length === 1 && best >= needed ? leaders[0] : undefined;
    return { elected: winner?.name ?? null, majorityNeeded: needed, tieBrokenByAge: false };
  }
  if (leaders.length <= 1)
    return { elected: leaders[0]?.name ?? null, majorityNeeded: null, tieBrokenByAge: false };
  const oldestBirth = leaders.map((candidate) => candidate.birthDate).sort()[0];
  const oldest = leaders.filter((candidate) => candidate.birthDate === oldestBirth);
  return {
    elected: oldest.length === 1 ? (oldest[0]?.name ?? null) : null,
    majorityNeeded: null,
    tieBrokenByAge: true,
  };
}
