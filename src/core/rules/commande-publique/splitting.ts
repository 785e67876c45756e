import { daysBetween, isIsoDate, type IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { MAX_AMOUNT, formatEuros, isValidAmount, sumEuros } from './money';
import { checkCategorie, classifyProcedure, procedureLabel, thresholdAmounts } from './procedure';
import { classifySocialServiceProcedure } from './social-services';
import { thresholdsInForce } from './thresholds';
import {
  PROCEDURES,
  PUBLICITES,
  isScorableAsLaw,
  type Categorie,
  type Confidence,
  type Nature,
  type Procedure,
  type Publicite,
} from './types';

/** One order placed for a need. */
export interface Order {
  readonly date: IsoDate;
  readonly amountHT: number;
  /** What was ordered, for the debrief. */
  readonly label?: string;
}

/** What splitting analysis finds over orders the caller says answer the same need. */
export interface SplittingAnalysis {
  readonly totalHT: number;
  readonly largestOrderHT: number;
  /** Days from the first to the last order. */
  readonly spanDays: number;
  /** Procedure and publicity the whole need calls for, at the date of its first order. */
  readonly procedureForNeed: Procedure;
  readonly publiciteForNeed: Publicite;
  /** Procedure and publicity the largest order alone would have called for. */
  readonly procedureForLargestOrder: Procedure;
  readonly publiciteForLargestOrder: Publicite;
  /** True when the orders, added, call for a heavier procedure or publicity than any of them alone. */
  readonly splitting: boolean;
  readonly explanation: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/**
 * Detects splitting (« saucissonnage ») over orders for the same need: the buyer may not escape a procedure
 * by splitting its purchases (CCP R2121-4). The whole need is valued at the date of the first order
 * (R2121-3); the caller decides which orders form one need (see `aggregationRule`).
 */
export function detectSplitting(input: {
  readonly nature: Nature;
  readonly orders: readonly Order[];
  /** `standard` when left out; for an SSS only the procedure counts, its publicity being unconfirmed. */
  readonly categorie?: Categorie;
}): Result<SplittingAnalysis, string> {
  if (input.orders.length === 0) return err('Il faut au moins une commande.');
  const categorie = input.categorie ?? 'standard';
  const category = checkCategorie(categorie, input.nature);
  if (!category.ok) return category;
  for (const [index, order] of input.orders.entries()) {
    if (!isIsoDate(order.date)) return err(`commande n° ${index + 1} : date invalide « ${order.date} ».`);
    if (!isValidAmount(order.amountHT)) {
      return err(`commande n° ${index + 1} : montant invalide (attendu de 0 à ${formatEuros(MAX_AMOUNT)}).`);
    }
  }
  const dates = input.orders.map((order) => order.date).sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? first;
  const inForce = thresholdsInForce(first, input.nature);
  if (!inForce.ok) return inForce;
  const amounts = thresholdAmounts(inForce.value);
  const totalHT = sumEuros(input.orders.map((order) => order.amountHT));
  const largestOrderHT = Math.max(...input.orders.map((order) => order.amountHT));
  const classify = (valueHT: number) =>
    categorie === 'sss'
      ? classifySocialServiceProcedure(valueHT, amounts)
      : { ...classifyProcedure(valueHT, amounts), publiciteConfidence: 'confirmed' as Confidence };
  const forNeed = classify(totalHT);
  const forLargest = classify(largestOrderHT);
  // A heavier publicity proves splitting only when the publicity rule itself is confirmed.
  const publicityCounts =
    isScorableAsLaw(forNeed.publiciteConfidence) && isScorableAsLaw(forLargest.publiciteConfidence);
  const splitting =
    PROCEDURES.indexOf(forNeed.procedure) > PROCEDURES.indexOf(forLargest.procedure) ||
    (publicityCounts && PUBLICITES.indexOf(forNeed.publicite) > PUBLICITES.indexOf(forLargest.publicite));
  const explanation = splitting
    ? `Les ${input.orders.length} commandes répondent au même besoin : ensemble, ${formatEuros(totalHT)}, ce qui ` +
      `impose ${procedureLabel(forNeed.procedure, forNeed.publicite, categorie)}, alors que la plus grosse commande seule ` +
      `(${formatEuros(largestOrderHT)}) y échapperait. Fractionner le besoin pour rester sous un seuil est interdit.`
    : `Ensemble, les commandes (${formatEuros(totalHT)}) restent dans le même régime que la plus grosse ` +
      `d’entre elles (${procedureLabel(forNeed.procedure, forNeed.publicite, categorie)}) : le regroupement ne change pas la procédure.`;
  return ok({
    totalHT,
    largestOrderHT,
    spanDays: daysBetween(first, last),
    procedureForNeed: forNeed.procedure,
    publiciteForNeed: forNeed.publicite,
    procedureForLargestOrder: forLargest.procedure,
    publiciteForLargestOrder: forLargest.publicite,
    splitting,
    explanation,
    references: ['CCP R2121-4', 'CCP R2121-1', 'CCP R2121-3'],
    confidence: 'partial',
  });
}
