import { formatFrenchPercent } from '../../french-format';
import type { IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { toCents } from '../../money';
import { MAX_AMOUNT, formatEuros, isValidAmount, sumEuros } from './money';
import { thresholdAt } from './thresholds';
import type { Confidence, Information, Nature } from './types';

/** Caps of CCP R2194-8, as a share of the initial amount. */
export const SMALL_MODIFICATION_CAP = {
  fournitures: 0.1,
  services: 0.1,
  travaux: 0.15,
} as const satisfies Record<Nature, number>;

/** Whether the modifications of a contract fit the small-value case. */
export interface ModificationCheck {
  /** Sum of the modifications, the new one included (R2194-9). */
  readonly cumulativeHT: number;
  /** Cumulative modifications as a share of the initial amount. */
  readonly ratio: number;
  readonly capRatio: number;
  readonly europeanThresholdHT: number;
  /** True when the cumulative amount is below both the cap and the European threshold (strictly). */
  readonly withinSmallModification: boolean;
  readonly explanation: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  /** Other grounds for modifying a contract: they need a judgement the engine does not make. */
  readonly otherGrounds: Information;
}

/**
 * Small-value modification (CCP R2194-8): possible without other justification when the modification is below
 * the European threshold AND below 10 % (supplies, services) or 15 % (works) of the initial amount; successive
 * modifications are added (R2194-9). « Below » is strict: a modification equal to the cap reaches it.
 */
export function checkSmallModification(input: {
  readonly nature: Nature;
  readonly initialAmountHT: number;
  /** Every modification so far, the planned one included, in euros HT (increases). */
  readonly modificationsHT: readonly number[];
  /** Date of the planned modification, for the European threshold then in force. */
  readonly date: IsoDate;
}): Result<ModificationCheck, string> {
  if (!isValidAmount(input.initialAmountHT) || !(input.initialAmountHT > 0)) {
    return err(
      `Montant initial invalide : attendu un montant HT positif, d’au plus ${formatEuros(MAX_AMOUNT)}.`,
    );
  }
  if (input.modificationsHT.some((amount) => !isValidAmount(amount))) {
    return err(
      'Chaque modification est un montant HT positif ou nul (les moins-values ne sont pas traitées).',
    );
  }
  const european = thresholdAt('formalise', input.nature, input.date);
  if (!european.ok) return european;
  const cumulativeHT = sumEuros(input.modificationsHT);
  const capRatio = SMALL_MODIFICATION_CAP[input.nature];
  const ratio = cumulativeHT / input.initialAmountHT;
  const belowCap = toCents(cumulativeHT) < toCents(input.initialAmountHT * capRatio);
  const belowEuropean = toCents(cumulativeHT) < toCents(european.value.amountHT);
  const withinSmallModification = belowCap && belowEuropean;
  const percent = formatFrenchPercent(capRatio * 100);
  const explanation = withinSmallModification
    ? `Modifications cumulées de ${formatEuros(cumulativeHT)}, sous ${percent} du montant initial et sous le seuil européen : possibles sans autre justification.`
    : `Modifications cumulées de ${formatEuros(cumulativeHT)} : ${belowCap ? 'au-delà du seuil européen' : `au moins ${percent} du montant initial`}. ` +
      'Le cas des modifications de faible montant ne s’applique pas : il faut un autre fondement ou une nouvelle mise en concurrence.';
  return ok({
    cumulativeHT,
    ratio,
    capRatio,
    europeanThresholdHT: european.value.amountHT,
    withinSmallModification,
    explanation,
    references: ['CCP R2194-8', 'CCP R2194-9'],
    confidence: 'confirmed',
    otherGrounds: {
      text:
        'Autres fondements possibles, à apprécier au cas par cas : clause de réexamen prévue au marché, prestations ' +
        'supplémentaires devenues nécessaires ou circonstances imprévisibles (chaque modification plafonnée à 50 % du ' +
        'montant initial), modification non substantielle.',
      references: ['CCP R2194-1', 'CCP R2194-2', 'CCP R2194-3', 'CCP R2194-5', 'CCP R2194-7'],
      confidence: 'confirmed',
    },
  });
}
