import { fromCents, toCents } from '../../money';
import { MAX_AMOUNT, formatEuros, isValidAmount } from '../commande-publique/money';
import { z } from '../../validation/schema';
import type { Confidence } from './types';

/** Least share of the public funding a commune maître d'ouvrage bears (CGCT L1111-10): 20 %. */
export const MIN_OWN_SHARE_PERCENT = 20;

const amount = (label: string) =>
  z
    .number({ error: `${label} attendu (montant en euros HT)` })
    .refine(isValidAmount, { message: `montant de 0 à ${formatEuros(MAX_AMOUNT, '')} attendu` });

/** `kind: "financement"`: may the public aids reach this amount? */
export const financementCaseSchema = z.strictObject({
  kind: z.literal('financement'),
  coutHT: amount('coutHT'),
  aidesPubliquesHT: amount('aidesPubliquesHT'),
  maitreOuvrage: z.literal('commune', { error: 'maitreOuvrage attendu : « commune »' }),
});

export type FinancementCase = z.infer<typeof financementCaseSchema>;

/** The `rules patrimoine` output for a funding plan. */
export interface FinancementResult {
  readonly kind: 'financement';
  readonly aidesMaxHT: number;
  readonly conforme: boolean;
  /** The commune's least own share, cost minus the largest aids. */
  readonly participationMinimaleHT: number;
  /** Public aids over the cost, in percent to two decimals; null for a zero cost. */
  readonly tauxAidesPourcent: number | null;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/**
 * Minimum participation of the maître d'ouvrage (CGCT L1111-10): a commune bears at least 20 % of the public
 * funding of its own investment, so the public aids are capped at 80 % of the cost, computed in whole cents
 * (an amount exactly at 80 % is lawful; a fraction of a cent goes to the commune's share). The préfet's
 * derogations (protected monuments, public calamities, financial capacity) are not modelled: the case says none.
 */
export function decideFinancement(input: FinancementCase): FinancementResult {
  const costCents = toCents(input.coutHT);
  const maxCents = Math.floor((costCents * (100 - MIN_OWN_SHARE_PERCENT)) / 100);
  const aidsCents = toCents(input.aidesPubliquesHT);
  const conforme = aidsCents <= maxCents;
  const aidesMaxHT = fromCents(maxCents);
  return {
    kind: 'financement',
    aidesMaxHT,
    conforme,
    participationMinimaleHT: fromCents(costCents - maxCents),
    tauxAidesPourcent: costCents === 0 ? null : Math.round((aidsCents * 10_000) / costCents) / 100,
    references: ['CGCT L1111-10'],
    confidence: 'C',
    explication:
      `Coût de ${formatEuros(input.coutHT)} : aides publiques de ${formatEuros(aidesMaxHT)} au plus (80 %), la commune ` +
      `portant au moins 20 %. ${conforme ? 'Plan de financement conforme' : `Aides de ${formatEuros(input.aidesPubliquesHT)} : au-delà du plafond`}, ` +
      'sauf dérogation du préfet (monument protégé, calamité publique, capacité financière).',
  };
}
