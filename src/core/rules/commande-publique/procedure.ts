import type { IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { ENVIRONMENTAL_CRITERION_REFERENCE, isEnvironmentalCriterionRequired } from './award-criteria';
import { formatEuros, reaches } from './money';
import {
  SSS_PROCEDURE_REFERENCE,
  classifySocialServiceProcedure,
  explainSocialService,
} from './social-services';
import { thresholdsInForce, type ThresholdsInForce } from './thresholds';
import type { Categorie, Confidence, Nature, Procedure, Publicite } from './types';

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
  readonly categorie: Categorie;
  /** True when a notice in the JOUE is compulsory (formalised procedure, or an SSS from 750 000 € HT). */
  readonly publiciteEuropeenneObligatoire: boolean;
  /** How sure the project is of `publicite`: `uncertain` for an SSS below 750 000 € HT, never to be scored. */
  readonly publiciteConfidence: Confidence;
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
export function procedureLabel(
  procedure: Procedure,
  publicite: Publicite,
  categorie: Categorie = 'standard',
): string {
  if (procedure === 'sans_publicite') return 'la dispense de publicité et de mise en concurrence';
  // The publicity of an SSS below 750 000 € HT is not confirmed: the label names the procedure only.
  if (categorie === 'sss') return 'une procédure adaptée (service social et autre service spécifique)';
  if (procedure === 'formalisee') return 'une procédure formalisée (avis au BOAMP et au JOUE)';
  return publicite === 'boamp_ou_jal'
    ? 'une procédure adaptée avec avis au BOAMP ou dans un JAL'
    : 'une procédure adaptée avec publicité libre';
}

/** The references of a decision, in the order of the `rules` contract. */
function referencesFor(
  procedure: Procedure,
  categorie: Categorie,
  thresholds: ThresholdsInForce,
  environmental: boolean,
): string[] {
  const base =
    procedure === 'sans_publicite'
      ? [thresholds.dispense.reference]
      : categorie === 'sss'
        ? // No article is cited for the publicity of an SSS: the fact sheet does not confirm one.
          [thresholds.dispense.reference, SSS_PROCEDURE_REFERENCE]
        : procedure === 'adaptee'
          ? // The dispense threshold was reached, so competition is due; R2131-12 sets the publicity.
            [thresholds.dispense.reference, MAPA_PUBLICITY_REFERENCE]
          : [thresholds.formalise.reference, FORMALISED_PUBLICITY_REFERENCE];
  return environmental ? [...base, ENVIRONMENTAL_CRITERION_REFERENCE] : base;
}

/** An SSS is a contract of services (avis annexé au CCP): refuses the category for supplies or works. */
export function checkCategorie(categorie: Categorie, nature: Nature): Result<Categorie, string> {
  return categorie === 'sss' && nature !== 'services'
    ? err('Un service social et autre service spécifique est un marché de services (nature « services »).')
    : ok(categorie);
}

/** Procedure, publicity and explanation of a value for a category, against the thresholds in force. */
function classifyFor(
  valueHT: number,
  categorie: Categorie,
  amounts: ThresholdAmounts,
): Pick<
  ProcedureDecision,
  'procedure' | 'publicite' | 'publiciteEuropeenneObligatoire' | 'publiciteConfidence' | 'explanation'
> {
  if (categorie === 'sss') {
    const sss = classifySocialServiceProcedure(valueHT, amounts);
    const explanation =
      sss.procedure === 'sans_publicite'
        ? explain(valueHT, sss.procedure, sss.publicite, amounts)
        : explainSocialService(valueHT, sss, amounts);
    return { ...sss, explanation };
  }
  const { procedure, publicite } = classifyProcedure(valueHT, amounts);
  return {
    procedure,
    publicite,
    publiciteEuropeenneObligatoire: publicite === 'boamp_et_joue',
    publiciteConfidence: 'confirmed',
    explanation: explain(valueHT, procedure, publicite, amounts),
  };
}

/**
 * Procedure and publicity of a need by its launch date, nature and category (`standard` when left out), with
 * the thresholds then in force; an SSS takes a procédure adaptée whatever its value (CCP R2123-1 3°).
 * Refuses (French message) a launch date outside 2024-2027 or a malformed one.
 */
export function decideProcedure(input: {
  readonly launchDate: IsoDate;
  readonly nature: Nature;
  readonly estimatedValueHT: number;
  readonly categorie?: Categorie;
}): Result<ProcedureDecision, string> {
  const categorie = input.categorie ?? 'standard';
  const category = checkCategorie(categorie, input.nature);
  if (!category.ok) return category;
  const inForce = thresholdsInForce(input.launchDate, input.nature);
  if (!inForce.ok) return inForce;
  const amounts = thresholdAmounts(inForce.value);
  const { procedure, publicite, publiciteEuropeenneObligatoire, publiciteConfidence, explanation } =
    classifyFor(input.estimatedValueHT, categorie, amounts);
  const environmental = isEnvironmentalCriterionRequired(input.launchDate);
  return ok({
    procedure,
    publicite,
    thresholds: amounts,
    environmentalCriterionRequired: environmental,
    categorie,
    publiciteEuropeenneObligatoire,
    publiciteConfidence,
    references: referencesFor(procedure, categorie, inForce.value, environmental),
    explanation,
  });
}
