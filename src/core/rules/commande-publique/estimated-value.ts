import { err, ok, type Result } from '../../result';
import { fromCents, toCents } from '../../money';
import { MAX_AMOUNT, formatEuros, isValidAmount } from './money';
import type { Confidence, Nature } from './types';

/**
 * One lot of the need. It gives exactly one of:
 * - `annualHT`: its yearly value, multiplied by the duration (`years` + `renewalYears`);
 * - `totalHT`: its whole value (works, or a one-off purchase), options included.
 */
export interface Lot {
  readonly annualHT?: number;
  readonly totalHT?: number;
}

/** The need as the buyer describes it before choosing a procedure. */
export interface Need {
  readonly lots: readonly Lot[];
  /** Firm duration in years; required as soon as one lot gives `annualHT`. */
  readonly years?: number;
  /** Years of possible renewal (reconductions), counted in full; 0 when absent. */
  readonly renewalYears?: number;
}

/** The estimated value and how it was reached, lot by lot. */
export interface EstimatedValue {
  /** Sum of the lots, excluding VAT, over the whole duration including renewals. */
  readonly totalHT: number;
  /** Each lot's value, in the order given. */
  readonly lotValuesHT: readonly number[];
  /** The rules applied (R2121-1: HT, options, renewals, all lots). */
  readonly references: readonly string[];
  /** [P] in the fact sheet: the principle is confirmed, the article numbers were read on secondary sources. */
  readonly confidence: Confidence;
}

/** Why a need cannot be valued: the faulty field and a French message. */
export interface NeedError {
  readonly field: 'lots' | 'years' | 'renewalYears';
  readonly message: string;
}

function needError(
  field: NeedError['field'],
  message: string,
): { readonly ok: false; readonly error: NeedError } {
  return err({ field, message });
}

/** Most lots in one need: with {@link MAX_YEARS} and MAX_AMOUNT, every sum stays an exact number of cents. */
export const MAX_LOTS = 100;
/** Longest duration, firm or renewed, in years. */
export const MAX_YEARS = 50;

/** Rules for the estimated value (legal-facts §5.2; article numbers checked on marche-public.fr, see docs). */
export const ESTIMATED_VALUE_REFERENCES = ['CCP R2121-1'] as const;

function checkDuration(need: Need): Result<number, NeedError> {
  const renewalYears = need.renewalYears ?? 0;
  if (!Number.isFinite(renewalYears) || renewalYears < 0 || renewalYears > MAX_YEARS) {
    return needError(
      'renewalYears',
      `« renewalYears » doit être un nombre d’années de 0 à ${MAX_YEARS} (reçu : ${renewalYears}).`,
    );
  }
  const years = need.years;
  if (years === undefined) {
    return needError(
      'years',
      '« years » (durée ferme en années) est obligatoire dès qu’un lot est donné en « annualHT ».',
    );
  }
  if (!Number.isFinite(years) || years <= 0 || years > MAX_YEARS) {
    return needError(
      'years',
      `« years » doit être une durée en années, supérieure à 0 et d’au plus ${MAX_YEARS} (reçu : ${years}).`,
    );
  }
  return ok(years + renewalYears);
}

function lotCents(lot: Lot, index: number, need: Need): Result<number, NeedError> {
  const label = `lot n° ${index + 1}`;
  const { annualHT, totalHT } = lot;
  if (annualHT !== undefined && totalHT !== undefined) {
    return needError('lots', `${label} : donner soit « annualHT », soit « totalHT », pas les deux.`);
  }
  const amount = annualHT ?? totalHT;
  if (amount === undefined)
    return needError(
      'lots',
      `${label} : il faut « annualHT » (valeur annuelle) ou « totalHT » (valeur totale).`,
    );
  if (!isValidAmount(amount)) {
    return needError(
      'lots',
      `${label} : montant invalide (${amount}) ; attendu un montant HT de 0 à ${formatEuros(MAX_AMOUNT)}.`,
    );
  }
  if (annualHT === undefined) return ok(toCents(amount));
  const duration = checkDuration(need);
  if (!duration.ok) return duration;
  return ok(Math.round(toCents(amount) * duration.value));
}

/**
 * The estimated value of a need (CCP R2121-1): excluding VAT, over the whole duration including renewals,
 * all lots added. Refuses, in French, a lot with both or neither of `annualHT` / `totalHT`, a lot in
 * `annualHT` without `years`, a negative or absurd amount, and an empty list of lots; the error names the field.
 */
export function estimateNeedValue(need: Need): Result<EstimatedValue, NeedError> {
  if (need.lots.length === 0) return needError('lots', 'Il faut au moins un lot.');
  if (need.lots.length > MAX_LOTS)
    return needError('lots', `Au plus ${MAX_LOTS} lots (reçu : ${need.lots.length}).`);
  const values: number[] = [];
  for (const [index, lot] of need.lots.entries()) {
    const value = lotCents(lot, index, need);
    if (!value.ok) return value;
    values.push(value.value);
  }
  return ok({
    totalHT: fromCents(values.reduce((total, cents) => total + cents, 0)),
    lotValuesHT: values.map(fromCents),
    references: ESTIMATED_VALUE_REFERENCES,
    confidence: 'partial',
  });
}

/** Which purchases belong to the same need, so that their values are added (and never split). */
export interface AggregationRule {
  /** French statement of the rule, for a debrief. */
  readonly rule: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/**
 * What to add together before comparing with a threshold: works by operation (CCP R2121-5), homogeneous
 * supplies or services (CCP R2121-6); splitting a need to stay under a threshold is forbidden (CCP R2121-4).
 */
export function aggregationRule(nature: Nature): AggregationRule {
  if (nature === 'travaux') {
    return {
      rule:
        'Travaux : on additionne la valeur de tous les travaux d’une même opération (unité fonctionnelle, ' +
        'technique ou économique, dans une période et un périmètre limités), quel que soit le nombre de ' +
        'marchés ou d’entreprises, plus les fournitures mises à disposition du titulaire.',
      references: ['CCP R2121-5', 'CCP R2121-4'],
      confidence: 'partial',
    };
  }
  return {
    rule:
      'Fournitures et services : on additionne la valeur de toutes les prestations homogènes (par leurs ' +
      'caractéristiques propres ou parce qu’elles forment une unité fonctionnelle), sur la durée du marché, ' +
      'ou sur l’année pour un besoin récurrent, quel que soit le nombre de marchés ou de fournisseurs.',
    references: ['CCP R2121-6', 'CCP R2121-4'],
    confidence: 'partial',
  };
}
