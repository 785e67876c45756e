import { formatFrenchPercent } from '../../french-format';
import { err, ok, type Result } from '../../result';
import { fromCents, toCents } from '../../money';
import { MAX_AMOUNT, formatEuros, isValidAmount, sumEuros } from './money';
import type { Confidence } from './types';

/** Ceiling of the retenue de garantie, in percent of the initial amount plus modifications (CCP R2191-33). */
export const RETENUE_DE_GARANTIE_MAX_PERCENT = 5;

/** Whether a planned retenue de garantie respects the ceiling. */
export interface RetenueCheck {
  readonly lawful: boolean;
  /** Largest retenue allowed, on the same basis (HT or TTC) as the amounts given. */
  readonly maximum: number;
  readonly explanation: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/**
 * Retenue de garantie (CCP R2191-32 to R2191-35): it covers only the reservations at acceptance and during the
 * guarantee period, and may not exceed 5 % of the initial amount plus the modifications (R2191-33). The 3 % rate
 * for SMEs binds only the State and authorities with over 60 M€ of real operating expenses (décret 2024-1251):
 * not a small commune, so 5 % is the ceiling here.
 */
export function checkRetenueDeGarantie(input: {
  readonly initialAmount: number;
  readonly modifications?: readonly number[];
  readonly ratePercent: number;
}): Result<RetenueCheck, string> {
  const modifications = input.modifications ?? [];
  if (!isValidAmount(input.initialAmount) || modifications.some((amount) => !isValidAmount(amount))) {
    return err(`Montants invalides : attendus de 0 à ${formatEuros(MAX_AMOUNT)}.`);
  }
  if (!Number.isFinite(input.ratePercent) || input.ratePercent < 0)
    return err('Le taux de retenue est un pourcentage positif.');
  const basis = sumEuros([input.initialAmount, ...modifications]);
  const maximum = fromCents(Math.floor((toCents(basis) * RETENUE_DE_GARANTIE_MAX_PERCENT) / 100));
  const lawful = input.ratePercent <= RETENUE_DE_GARANTIE_MAX_PERCENT;
  return ok({
    lawful,
    maximum,
    explanation: lawful
      ? `Retenue de ${formatFrenchPercent(input.ratePercent)} : dans la limite de ${formatFrenchPercent(RETENUE_DE_GARANTIE_MAX_PERCENT)} (au plus ${formatEuros(maximum, '')}).`
      : `Retenue de ${formatFrenchPercent(input.ratePercent)} : au-delà du plafond de ${formatFrenchPercent(RETENUE_DE_GARANTIE_MAX_PERCENT)} du montant initial augmenté des modifications.`,
    references: ['CCP R2191-33'],
    confidence: 'confirmed',
  });
}
