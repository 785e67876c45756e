import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import { addCalendarMonths } from '../conseil/calendar';
import { weakestConfidence, type Confidence, type ConcessionCase } from './types';

/** The temporary concessions last 15 years at most; then 30, 50 years, or perpetuity (CGCT L2223-14). */
export const CONCESSION_TEMPORAIRE_MAX_ANS = 15;
/** Renewal stays open for two years after the term; the commune takes the plot back only then (CGCT L2223-15). */
export const RENOUVELLEMENT_ANS = 2;
/** Reprise for abandon: more than 30 years since the acte (L2223-17)… */
export const ABANDON_ACTE_ANS = 30;
/** …and more than 10 years since the last burial (R2223-12). */
export const ABANDON_INHUMATION_ANS = 10;

/** The `concession` answer: the contract’s fields first. */
export interface ConcessionResult {
  readonly dureeLegale: boolean;
  readonly reprisePourNonRenouvellementPossible: boolean;
  readonly renouvellementPossibleJusquau: IsoDate | null;
  readonly procedureAbandonPossible: boolean;
  readonly references: readonly string[];
  readonly kind: 'concession';
  readonly confidence: Confidence;
  readonly confidenceDetail: {
    readonly dureeLegale: Confidence;
    readonly reprisePourNonRenouvellementPossible: Confidence;
    readonly renouvellementPossibleJusquau: Confidence;
    readonly procedureAbandonPossible: Confidence;
  };
  /** The term used: given, or computed from the acte; null for a perpetual concession. */
  readonly echeance: IsoDate | null;
  /** First day the durations of L2223-17 and R2223-12 are met; null for an expired temporary concession. */
  readonly procedureAbandonPossibleAPartirDu: IsoDate | null;
  readonly explication: string;
}

/** True for the durations L2223-14 allows: 1 to 15 years, 30, 50 years, or perpetuity. */
export function isDureeLegale(dureeAns: number | 'perpetuelle'): boolean {
  if (dureeAns === 'perpetuelle') return true;
  if (!Number.isInteger(dureeAns) || dureeAns < 1) return false;
  return dureeAns <= CONCESSION_TEMPORAIRE_MAX_ANS || dureeAns === 30 || dureeAns === 50;
}

/** `date` plus whole years, month to month (29 February + 1 year → 28 February). */
function addYears(date: IsoDate, years: number): IsoDate {
  return addCalendarMonths(date, 12 * years);
}

/** M on `threshold` and the day after: there the answer hangs on a day-exact count (sheet §6.6). */
function boundaryConfidence(date: IsoDate, threshold: IsoDate): Confidence {
  return date === threshold || date === addDays(threshold, 1) ? 'M' : 'C';
}

/**
 * A concession at a given date. Durations: L2223-14. Renewal of a temporary, 30- or 50-year concession at the term
 * or within the 2 years after it; the commune takes the plot back once those 2 years are over, not before
 * (L2223-15). Reprise for abandon: only after more than 30 years since the acte and more than 10 years since the last
 * burial (L2223-17, R2223-12), the visible abandon remaining to be recorded by procès-verbal; an expired temporary
 * concession follows L2223-15 instead (P). Years are counted month to month; the term computed from the acte is P
 * (the sheet does not say the term runs from the acte’s date); dates on a limit are M.
 */
export function decideConcession(input: ConcessionCase): ConcessionResult {
  const { dureeAns, acteDate, questionDate } = input;
  const perpetuelle = dureeAns === 'perpetuelle';
  const dureeLegale = isDureeLegale(dureeAns);
  const echeance = perpetuelle ? null : (input.echeanceDate ?? addYears(acteDate, dureeAns));
  const termConfidence: Confidence = !dureeLegale ? 'M' : input.echeanceDate !== undefined ? 'C' : 'P';
  const renewal = echeance === null ? null : addYears(echeance, RENOUVELLEMENT_ANS);
  const reprise = renewal !== null && questionDate > renewal;
  const repriseConfidence =
    renewal === null ? 'C' : weakestConfidence(termConfidence, boundaryConfidence(questionDate, renewal));
  const expired = echeance !== null && questionDate >= echeance;
  const abandon = decideAbandon(input, expired);
  const confidenceDetail = {
    dureeLegale: 'C' as Confidence,
    reprisePourNonRenouvellementPossible: repriseConfidence,
    renouvellementPossibleJusquau: renewal === null ? ('C' as Confidence) : termConfidence,
    procedureAbandonPossible: abandon.confidence,
  };
  return {
    dureeLegale,
    reprisePourNonRenouvellementPossible: reprise,
    renouvellementPossibleJusquau: renewal,
    procedureAbandonPossible: abandon.possible,
    references: [
      'CGCT L2223-14',
      ...(perpetuelle ? [] : ['CGCT L2223-15']),
      'CGCT L2223-17',
      'CGCT R2223-12',
    ],
    kind: 'concession',
    confidence: weakestConfidence(...Object.values(confidenceDetail)),
    confidenceDetail,
    echeance,
    procedureAbandonPossibleAPartirDu: abandon.from,
    explication: [
      describeDuree(dureeAns, dureeLegale),
      describeRenewal(echeance, renewal, questionDate, reprise),
      abandon.explication,
    ].join(' '),
  };
}

interface AbandonDecision {
  readonly possible: boolean;
  readonly from: IsoDate | null;
  readonly confidence: Confidence;
  readonly explication: string;
}

function decideAbandon(input: ConcessionCase, expired: boolean): AbandonDecision {
  if (expired) {
    return {
      possible: false,
      from: null,
      confidence: 'P',
      explication:
        'Concession échue : c’est le régime du renouvellement (L2223-15) qui s’applique, pas la reprise pour ' +
        'état d’abandon.',
    };
  }
  const acteThreshold = addYears(input.acteDate, ABANDON_ACTE_ANS);
  const last = input.derniereInhumationDate;
  const burialThreshold = last === undefined ? acteThreshold : addYears(last, ABANDON_INHUMATION_ANS);
  const threshold = acteThreshold >= burialThreshold ? acteThreshold : burialThreshold;
  const from = addDays(threshold, 1);
  const possible = input.questionDate >= from;
  const burial =
    last === undefined
      ? 'aucune inhumation indiquée'
      : `dernière inhumation le ${formatFrenchDate(last)}, plus de 10 ans à compter du ${formatFrenchDate(addDays(burialThreshold, 1))}`;
  return {
    possible,
    from,
    confidence: boundaryConfidence(input.questionDate, threshold),
    explication:
      `Reprise pour état d’abandon : plus de 30 ans depuis l’acte (à compter du ${formatFrenchDate(addDays(acteThreshold, 1))}) ` +
      `et ${burial} ; procédure ${possible ? 'possible' : `impossible avant le ${formatFrenchDate(from)}`}` +
      (possible
        ? ', si l’abandon est constaté par procès-verbal, puis de nouveau un an après (loi 3DS).'
        : '.'),
  };
}

function describeDuree(dureeAns: number | 'perpetuelle', legale: boolean): string {
  const label = dureeAns === 'perpetuelle' ? 'Concession perpétuelle' : `Concession de ${dureeAns} ans`;
  return legale
    ? `${label} : durée prévue par L2223-14.`
    : `${label} : durée que L2223-14 ne prévoit pas (15 ans au plus, 30, 50 ans ou perpétuelle) ; la suite du ` +
        'calcul n’est qu’indicative.';
}

function describeRenewal(
  echeance: IsoDate | null,
  renewal: IsoDate | null,
  questionDate: IsoDate,
  reprise: boolean,
): string {
  if (echeance === null || renewal === null)
    return 'Pas d’échéance, donc pas de reprise pour non-renouvellement.';
  const state = reprise
    ? 'les deux ans sont passés sans renouvellement : la commune peut reprendre le terrain.'
    : `pas de reprise pour non-renouvellement avant le ${formatFrenchDate(addDays(renewal, 1))}.`;
  const asked = questionDate < echeance ? 'la concession court encore ; ' : '';
  return (
    `Échéance le ${formatFrenchDate(echeance)} : renouvellement au tarif alors en vigueur possible jusqu’au ` +
    `${formatFrenchDate(renewal)} ; ${asked}${state} (L’information des ayants droit exigée par la loi 3DS n’est ` +
    'pas détaillée ici : point non noté.)'
  );
}
