import { err, ok, type Result } from '../../result';
import { fromCents, toCents } from '../../money';
import { MAX_AMOUNT, formatEuros, isValidAmount } from './money';
import type { Confidence } from './types';

/** Amount the initial amount must exceed (strictly) for an advance to be due (CCP R2191-3). */
export const ADVANCE_AMOUNT_THRESHOLD_HT = 50_000;
/** Execution period, in months, it must exceed (strictly) as well (CCP R2191-3). */
export const ADVANCE_DURATION_THRESHOLD_MONTHS = 2;
/** Minimum rate for a commune whose real operating expenses stay under 60 M€ (R2191-7). */
export const ADVANCE_MINIMUM_PERCENT = 5;

/** Whether an advance is due, and its minimum. */
export interface AdvanceRequirement {
  readonly required: boolean;
  /** Minimum advance, TTC, when required (0 otherwise). */
  readonly minimumTTC: number;
  readonly explanation: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/**
 * Advance (CCP R2191-3, R2191-7): due when the initial amount exceeds 50 000 € HT and the execution period
 * exceeds two months, unless the holder waives it. At least 5 % of the initial amount TTC for a small commune;
 * beyond 12 months, 5 % of 12 × the amount TTC divided by the duration in months.
 */
export function advanceRequirement(input: {
  readonly initialAmountHT: number;
  readonly initialAmountTTC: number;
  readonly durationMonths: number;
}): Result<AdvanceRequirement, string> {
  const { initialAmountHT, initialAmountTTC, durationMonths } = input;
  if (!isValidAmount(initialAmountHT) || !isValidAmount(initialAmountTTC)) {
    return err(`Montants invalides : attendus de 0 à ${formatEuros(MAX_AMOUNT)}.`);
  }
  if (!(durationMonths > 0) || !Number.isFinite(durationMonths))
    return err('La durée d’exécution en mois doit être positive.');
  const required =
    toCents(initialAmountHT) > toCents(ADVANCE_AMOUNT_THRESHOLD_HT) &&
    durationMonths > ADVANCE_DURATION_THRESHOLD_MONTHS;
  const base =
    durationMonths <= 12 ? toCents(initialAmountTTC) : (toCents(initialAmountTTC) * 12) / durationMonths;
  const minimumTTC = required ? fromCents(Math.ceil((base * ADVANCE_MINIMUM_PERCENT) / 100)) : 0;
  const explanation = required
    ? `Marché de plus de ${formatEuros(ADVANCE_AMOUNT_THRESHOLD_HT)} et de plus de 2 mois : avance obligatoire ` +
      `(sauf renonciation du titulaire), d’au moins ${formatEuros(minimumTTC, ' TTC')}.`
    : `Avance non obligatoire : il faut à la fois plus de ${formatEuros(ADVANCE_AMOUNT_THRESHOLD_HT)} et plus de 2 mois d’exécution.`;
  return ok({
    required,
    minimumTTC,
    explanation,
    references: ['CCP R2191-3', 'CCP R2191-7'],
    confidence: 'confirmed',
  });
}
