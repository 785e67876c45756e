import { voteOutcome, type VoteTally } from './vote';
import type { LegalRule } from './legal-basis';

/** L2131-11: conseiller intéressé. */
export const INTERESTED_MEMBER_RULE: LegalRule = {
  reference: 'CGCT L2131-11',
  confidence: 'C',
  statement:
    'Sont illégales les délibérations auxquelles ont pris part un ou plusieurs conseillers intéressés à ' +
    'l’affaire, en leur nom personnel ou comme mandataires. L’élu intéressé ne participe ni aux travaux ' +
    'préparatoires ni au débat ni au vote, quitte la salle et ne vote pas par procuration ; il ne compte pas ' +
    'dans le quorum. Le juge annule si l’intérêt est distinct de celui des habitants et si la participation a ' +
    'pu influer sur le résultat (CE 16 décembre 1994, Commune d’Oullins).',
};

/** What an interested councillor did about the item. */
export interface InterestedMemberConduct {
  readonly name: string;
  readonly tookPartInPreparation?: boolean;
  /** Stayed in the room for the debate or the vote. */
  readonly stayedInRoom?: boolean;
  readonly voted?: boolean;
  /** Gave a proxy to vote on the item in his or her name. */
  readonly gaveProxy?: boolean;
  /** Voted for someone else with a proxy on the item. */
  readonly usedProxy?: boolean;
}

/** The ways an interested councillor took part (French); empty when he or she stood aside as required. */
export function interestedMemberBreaches(conduct: InterestedMemberConduct): string[] {
  const who = `« ${conduct.name} »`;
  const breaches: string[] = [];
  if (conduct.tookPartInPreparation === true) breaches.push(`${who} a participé aux travaux préparatoires.`);
  if (conduct.stayedInRoom === true)
    breaches.push(`${who} est resté dans la salle pendant le débat ou le vote.`);
  if (conduct.voted === true) breaches.push(`${who} a pris part au vote.`);
  if (conduct.gaveProxy === true) breaches.push(`${who} a donné pouvoir de voter en son nom sur ce point.`);
  if (conduct.usedProxy === true) breaches.push(`${who} a voté pour un autre conseiller grâce à un pouvoir.`);
  return breaches;
}

/**
 * True when removing the interested members' votes would change the outcome: a strong sign of the « influence
 * effective » the judge looks for. False does not make the délibération safe (influence through the debate or
 * the preparation counts too), so this is information for the debrief, not a verdict.
 */
export function couldInterestedVotesChangeOutcome(
  tally: VoteTally,
  interestedVotes: { readonly for: number; readonly against: number; readonly includesPresident?: boolean },
): boolean {
  const without: VoteTally = {
    ...tally,
    for: tally.for - interestedVotes.for,
    against: tally.against - interestedVotes.against,
    presidentVote: interestedVotes.includesPresident === true ? null : tally.presidentVote,
  };
  return voteOutcome(without).outcome !== voteOutcome(tally).outcome;
}
