import { BUDGET_REFERENCES } from '../../rules/budget';
import { CONVOCATION_DELAY_RULE, FIRST_MEETING_DELAY_RULE, PERIODICITY_RULE } from '../../rules/conseil';
import type { Verdict } from '../../scoring/evidence';
import type { Meter } from './types';

/**
 * One consequence of the year: the evidence it records (null: it only moves meters), the meters it moves and
 * the legal basis. The French texts are written where the consequence fires, with its dates.
 */
export interface ConsequenceSpec {
  readonly reference: string;
  readonly competences: readonly string[];
  readonly weight: 1 | 2 | 3;
  readonly verdict: Verdict | null;
  readonly meters: Readonly<Partial<Record<Meter, number>>>;
  /** Kept among the key moments of the bilan. */
  readonly key: boolean;
}

const COUNCIL = 'RNCP41781-BC01-01';
const BUDGET = 'RNCP41781-BC03-01';
const ACCOUNTS = 'RNCP41781-BC03-02';
const ELECTIONS = 'RNCP41781-BC02-07';

/** The consequences table of the year (docs/YEAR.md reproduces it). */
export const CONSEQUENCES = {
  /** Convocation sent with three jours francs: the meeting holds. */
  convocationInTime: {
    reference: CONVOCATION_DELAY_RULE.reference,
    competences: [COUNCIL],
    weight: 2,
    verdict: 'conforme',
    meters: { confianceMaire: 1 },
    key: false,
  },
  /** Convocation late or not sent: the meeting cannot be held on its date and is postponed. */
  convocationLate: {
    reference: CONVOCATION_DELAY_RULE.reference,
    competences: [COUNCIL],
    weight: 2,
    verdict: 'risque',
    meters: { confianceMaire: -3, chargeDeTravail: 2 },
    key: true,
  },
  /** The installation meeting cannot move (L2121-7): a late convocation makes it irregular. */
  installationLate: {
    reference: FIRST_MEETING_DELAY_RULE.reference,
    competences: [COUNCIL],
    weight: 2,
    verdict: 'illegal',
    meters: { securiteJuridique: -5, confianceMaire: -3 },
    key: true,
  },
  /** A postponed meeting that slips into next year is cancelled. */
  councilCancelled: {
    reference: PERIODICITY_RULE.reference,
    competences: [COUNCIL],
    weight: 1,
    verdict: null,
    meters: { confianceMaire: -3 },
    key: true,
  },
  quarterMet: {
    reference: PERIODICITY_RULE.reference,
    competences: [COUNCIL],
    weight: 1,
    verdict: 'conforme',
    meters: {},
    key: false,
  },
  quarterMissed: {
    reference: PERIODICITY_RULE.reference,
    competences: [COUNCIL],
    weight: 2,
    verdict: 'illegal',
    meters: { securiteJuridique: -5, confianceMaire: -2 },
    key: true,
  },
  budgetVotedInTime: {
    reference: BUDGET_REFERENCES.dateLimiteVote,
    competences: [BUDGET],
    weight: 3,
    verdict: 'conforme',
    meters: { santeFinanciere: 2, confianceMaire: 1 },
    key: true,
  },
  /** The day after the limit, the préfet refers the budget to the chambre régionale des comptes. */
  budgetReferredToCrc: {
    reference: BUDGET_REFERENCES.dateLimiteVote,
    competences: [BUDGET],
    weight: 3,
    verdict: 'illegal',
    meters: { santeFinanciere: -8, securiteJuridique: -6, confianceMaire: -6 },
    key: true,
  },
  /** A month later the CRC gives its opinion and the préfet settles the budget: the commune has lost its hand. */
  budgetSettledByPrefect: {
    reference: BUDGET_REFERENCES.dateLimiteVote,
    competences: [BUDGET],
    weight: 1,
    verdict: null,
    meters: { confianceMaire: -4, santeFinanciere: -2 },
    key: true,
  },
  /**
   * The transmission deadline (15 days after the vote deadline) is confirmed, but L1612-8 may have been moved by
   * the ordonnance n° 2025-526 and what a late transmission entails is not confirmed (erratum 10): weight 1,
   * the reference carries its « numérotation à vérifier » note, no CRC effect on the finances.
   */
  transmissionInTime: {
    reference: BUDGET_REFERENCES.transmission,
    competences: [BUDGET],
    weight: 1,
    verdict: 'conforme',
    meters: { securiteJuridique: 1 },
    key: false,
  },
  transmissionMissed: {
    reference: BUDGET_REFERENCES.transmission,
    competences: [BUDGET],
    weight: 1,
    verdict: 'illegal',
    meters: { securiteJuridique: -3 },
    key: true,
  },
  taxRatesInTime: {
    reference: BUDGET_REFERENCES.tauxFiscaux,
    competences: [BUDGET],
    weight: 2,
    verdict: 'conforme',
    meters: { santeFinanciere: 1 },
    key: false,
  },
  /** Rates not notified in time: last year's rates apply, the voted ones are lost for the year. */
  taxRatesMissed: {
    reference: BUDGET_REFERENCES.tauxFiscaux,
    competences: [BUDGET],
    weight: 2,
    verdict: 'risque',
    meters: { santeFinanciere: -5, confianceMaire: -2 },
    key: true,
  },
  accountsVotedInTime: {
    reference: BUDGET_REFERENCES.compteAdministratif,
    competences: [ACCOUNTS],
    weight: 2,
    verdict: 'conforme',
    meters: { securiteJuridique: 1 },
    key: false,
  },
  accountsVotedLate: {
    reference: BUDGET_REFERENCES.compteAdministratif,
    competences: [ACCOUNTS],
    weight: 2,
    verdict: 'illegal',
    meters: { securiteJuridique: -4, confianceMaire: -2 },
    key: true,
  },
  accountsTransmittedInTime: {
    reference: BUDGET_REFERENCES.transmissionCompteAdministratif,
    competences: [ACCOUNTS],
    weight: 2,
    verdict: 'conforme',
    meters: {},
    key: false,
  },
  accountsTransmissionMissed: {
    reference: BUDGET_REFERENCES.transmissionCompteAdministratif,
    competences: [ACCOUNTS],
    weight: 2,
    verdict: 'illegal',
    meters: { securiteJuridique: -4, santeFinanciere: -2 },
    key: true,
  },
  electionPrepared: {
    reference: 'code électoral R42 à R44',
    competences: [ELECTIONS],
    weight: 1,
    verdict: 'conforme',
    meters: { confianceMaire: 1 },
    key: false,
  },
  electionUnprepared: {
    reference: 'code électoral R42 à R44',
    competences: [ELECTIONS],
    weight: 2,
    verdict: 'risque',
    meters: { confianceMaire: -3, chargeDeTravail: 3 },
    key: true,
  },
  /**
   * A short event left without an answer past its date (a service standard of the game): scored on the event's
   * first competence, with that référentiel line as reference.
   */
  eventMissed: {
    reference: 'RNCP41781 BC02-02',
    competences: ['RNCP41781-BC02-02'],
    weight: 1,
    verdict: 'risque',
    meters: {},
    key: false,
  },
  counterClosed: {
    reference: 'RNCP41781 BC02-01',
    competences: ['RNCP41781-BC02-01'],
    weight: 1,
    verdict: null,
    meters: { satisfactionUsagers: -2 },
    key: false,
  },
} as const satisfies Readonly<Record<string, ConsequenceSpec>>;

/** The name of a consequence of {@link CONSEQUENCES}. */
export type ConsequenceId = keyof typeof CONSEQUENCES;
