import type { LegalRule } from './legal-basis';

/** L2121-15: secrétaire de séance. */
export const SECRETARY_RULE: LegalRule = {
  reference: 'CGCT L2121-15',
  confidence: 'C',
  statement:
    'Au début de chaque séance, le conseil nomme un ou plusieurs de ses membres pour remplir les fonctions de ' +
    'secrétaire ; il peut leur adjoindre des auxiliaires pris hors de ses membres (souvent le SGM), qui ' +
    'assistent aux séances sans participer aux délibérations.',
};

/** Problems with the secretaries named at the opening (French); empty when valid. */
export function secretaryProblems(secretaries: readonly string[], councillors: readonly string[]): string[] {
  if (secretaries.length === 0) {
    return ['Le conseil doit nommer, au début de la séance, au moins un secrétaire parmi ses membres.'];
  }
  return secretaries
    .filter((name) => !councillors.includes(name))
    .map(
      (name) =>
        `« ${name} » n’est pas conseiller municipal : il peut être auxiliaire du secrétaire (comme le SGM), pas secrétaire de séance.`,
    );
}

/** L2121-18: public sittings, huis clos. */
export const HUIS_CLOS_RULE: LegalRule = {
  reference: 'CGCT L2121-18',
  confidence: 'C',
  statement:
    'Les séances sont publiques. Sur la demande de trois membres ou du maire, le conseil peut décider, sans ' +
    'débat, à la majorité absolue des membres présents ou représentés, de se réunir à huis clos ; le maire ne ' +
    'peut pas le décider seul.',
};

/** Members whose joint request (without the maire) may open a vote on the huis clos. */
export const HUIS_CLOS_MIN_REQUESTERS = 3;

/** A request for huis clos and the council's vote on it. */
export interface HuisClosRequest {
  readonly requestedByMaire: boolean;
  readonly requestingMembers: number;
  /** Members present or represented (proxies count here, unlike for the quorum). */
  readonly presentOrRepresented: number;
  /** Votes for the huis clos; null when the council did not vote (the maire cannot decree it alone). */
  readonly votesFor: number | null;
}

/** The council's decision on huis clos. */
export interface HuisClosDecision {
  readonly requestValid: boolean;
  readonly majorityNeeded: number;
  readonly adopted: boolean;
}

/** Decides a huis clos (L2121-18): a valid request, then the absolute majority of members present or represented. */
export function decideHuisClos(request: HuisClosRequest): HuisClosDecision {
  const requestValid = request.requestedByMaire || request.requestingMembers >= HUIS_CLOS_MIN_REQUESTERS;
  const majorityNeeded = Math.floor(request.presentOrRepresented / 2) + 1;
  return {
    requestValid,
    majorityNeeded,
    adopted: requestValid && request.votesFor !== null && request.votesFor >= majorityNeeded,
  };
}
