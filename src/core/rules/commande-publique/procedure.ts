import type { IsoDate } from '../../dates';
import { ok, type Result } from '../../result';
import { ENVIRONMENTAL_CRITERION_REFERENCE, isEnvironmentalCriterionRequired } from './award-criteria';
import { formatEuros, reaches } from './money';
import { thresholdsInForce, type ThresholdsInForce } from './thresholds';
import type { Nature, Procedure, Publicite } from './types';

/** Publicity of a procédure adaptée run by a commune: free below 90 000 € HT, BOAMP or JAL from it. */
export const MAPA_PUBLICITY_REFERENCE = 'CCP R2131-12';
/** Publicity of a formalised procedure: BOAMP and JOUE (obligation [C] in the fact sheet; number to check). */
export const FORMALISED_PUBLICITY_REFERENCE = 'CCP R2131-16';

/** The threshold amounts, as the `rules` contract prints them. */
export interface ThresholdAmounts {
  readonly dispenseHT: number;
  readonly boampHT: number;
  readonly formaliseHT: number;
}

/** Procedure and publicity for a value, and why. */
export interface ProcedureDecision {
  readonly procedure: Procedure;
  readonly publicite: Publicite;
  readonly thresholds: ThresholdAmounts;
  readonly environmentalCriterionRequired: boolean;
  /** The rule that set the procedure, the one that set the publicity, then L2152-7 when it applies. */
  readonly references: readonly string[];
  /** French sentence for a trainer or a debrief. */
  readonly explanation: string;
}

/** The amounts of the thresholds in force. */
export function thresholdAmounts(thresholds: ThresholdsInForce): ThresholdAmounts {
  return {
    dispenseHT: thresholds.dispense.amountHT,
    boampHT: thresholds.boamp.amountHT,
    formaliseHT: thresholds.formalise.amountHT,
  };
}

/**
 * Procedure and publicity for an estimated value against given thresholds; a value equal to a threshold
 * reaches it. Below the dispense threshold: no publicity nor competition (CCP R2122-8). From the European
 * threshold: formalised procedure (R2124-1) with a notice in the BOAMP and the JOUE (R2131-16). In between:
 * procédure adaptée (R2123-1), publicity free below 90 000 € HT, in the BOAMP or a JAL from it (R2131-12).
 */
export function classifyProcedure(
  valueHT: number,
  thresholds: ThresholdAmounts,
): { readonly procedure: Procedure; readonly publicite: Publicite } {
  if (!reaches(valueHT, thresholds.dispenseHT))
    return { procedure: 'sans_publicite', publicite: 'aucune_obligatoire' };
  if (reaches(valueHT, thresholds.formaliseHT))
    return { procedure: 'formalisee', publicite: 'boamp_et_joue' };
  return {
    procedure: 'adaptee',
    publicite: reaches(valueHT, thresholds.boampHT) ? 'boamp_ou_jal' : 'libre_adaptee',
  };
}

function explain(
  valueHT: number,
  procedure: Procedure,
  publicite: Publicite,
  amounts: ThresholdAmounts,
): string {
  const value = `Valeur estimée ${formatEuros(valueHT)}`;
  const dispense = formatEuros(amounts.dispenseHT);
  const formalise = formatEuros(amounts.formaliseHT);
  if (procedure === 'sans_publicite') {
    return (
      `${value}, inférieure au seuil de dispense (${dispense}) : marché possible sans publicité ni mise en ` +
      'concurrence, en choisissant une offre pertinente, en faisant bon usage des deniers publics et sans ' +
      'contracter systématiquement avec le même opérateur.'
    );
  }
  if (procedure === 'formalisee') {
    return `${value}, au moins égale au seuil européen (${formalise}) : procédure formalisée, avis au BOAMP et au JOUE.`;
  }
  const boamp = formatEuros(amounts.boampHT);
  const publicity =
    publicite === 'boamp_ou_jal'
      ? `à partir de ${boamp}, avis au BOAMP ou dans un journal d’annonces légales`
      : `sous ${boamp}, publicité libre et adaptée au marché`;
  return `${value}, entre le seuil de dispense (${dispense}) et le seuil européen (${formalise}) : procédure adaptée ; ${publicity}.`;
}

/** A procedure and its publicity in French, as a debrief names them. */
export function procedureLabel(procedure: Procedure, publicite: Publicite): string {
  if (procedure === 'sans_publicite') return 'la dispense de publicité et de mise en concurrence';
  if (procedure === 'formalisee') return 'une procédure formalisée (avis au BOAMP et au JOUE)';
  return publicite === 'boamp_ou_jal'
    ? 'une procédure adaptée avec avis au BOAMP ou dans un JAL'
    : 'une procédure adaptée avec publicité libre';
}

/** The references of a decision, in the order of the `rules` contract. */
function referencesFor(
  procedure: Procedure,
  thresholds: ThresholdsInForce,
  environmental: boolean,
): string[] {
  const base =
    procedure === 'sans_publicite'
      ? [thresholds.dispense.reference]
      : procedure === 'adaptee'
        ? // The dispense threshold was reached, so competition is due; R2131-12 sets the publicity.
          [thresholds.dispense.reference, MAPA_PUBLICITY_REFERENCE]
        : [thresholds.formalise.reference, FORMALISED_PUBLICITY_REFERENCE];
  return environmental ? [...base, ENVIRONMENTAL_CRITERION_REFERENCE] : base;
}

/**
 * Procedure and publicity of a need by its launch date and nature, with the thresholds then in force.
 * Refuses (French message) a launch date outside 2024-2027 or a malformed one.
 */
export function decideProcedure(input: {
  readonly launchDate: IsoDate;
  readonly nature: Nature;
  readonly estimatedValueHT: number;
}): Result<ProcedureDecision, string> {
  const inForce = thresholdsInForce(input.launchDate, input.nature);
  if (!inForce.ok) return inForce;
  const amounts = thresholdAmounts(inForce.value);
  const { procedure, publicite } = classifyProcedure(input.estimatedValueHT, amounts);
  const environmental = isEnvironmentalCriterionRequired(input.launchDate);
  return ok({
    procedure,
    publicite,
    thresholds: amounts,
    environmentalCriterionRequired: environmental,
    references: referencesFor(procedure, inForce.value, environmental),
    explanation: explain(input.estimatedValueHT, procedure, publicite, amounts),
  });
}
