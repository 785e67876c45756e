import type { IsoDate } from '../../dates';
import type { Confidence, Information, Procedure } from './types';

/** First launch date from which at least one award criterion must be environmental (CCP L2152-7). */
export const ENVIRONMENTAL_CRITERION_FROM: IsoDate = '2026-08-21';

/** The rule requiring an environmental criterion, written by loi 2021-1104 art. 35 and dated by décret 2022-767. */
export const ENVIRONMENTAL_CRITERION_REFERENCE = 'CCP L2152-7';

/**
 * True for a consultation launched (or a notice sent) on or after 21 August 2026: at least one award criterion
 * must take the environmental characteristics of the offer into account (CCP L2152-7).
 */
export function isEnvironmentalCriterionRequired(launchDate: IsoDate): boolean {
  return launchDate >= ENVIRONMENTAL_CRITERION_FROM;
}

/** The kind of an award criterion, as a consultation announces it. */
export type CriterionKind =
  'prix' | 'cout_global' | 'valeur_technique' | 'environnemental' | 'social' | 'delai' | 'autre';

/** One announced award criterion. */
export interface AwardCriterion {
  readonly label: string;
  readonly kind: CriterionKind;
  /** Weight in percent, when the consultation weights its criteria. */
  readonly weight?: number;
  /**
   * True when the criterion takes the offer's environmental characteristics into account although its kind is
   * not `environnemental` (a global cost including environmental costs, an environmental sub-criterion…).
   */
  readonly environmental?: boolean;
}

/** What the engine says of a set of award criteria. */
export interface CriteriaCheck {
  readonly environmentalCriterionRequired: boolean;
  readonly hasEnvironmentalCriterion: boolean;
  /** False only when the environmental criterion is required and missing: the scored rule. */
  readonly environmentalRuleMet: boolean;
  /** True when every criterion carries a weight. */
  readonly allWeighted: boolean;
  /** Sum of the weights given. */
  readonly totalWeight: number;
  /** Weighting and announcement rules: R2152-11/12 are in the fact sheet's §7, so information only. */
  readonly weighting: Information;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

function takesEnvironmentIntoAccount(criterion: AwardCriterion): boolean {
  return criterion.kind === 'environnemental' || criterion.environmental === true;
}

/**
 * Checks award criteria against CCP L2152-7: from 21 August 2026, at least one criterion takes the
 * environmental characteristics of the offer into account, so a single « prix » criterion is excluded (a single
 * criterion remains possible only as a global cost including the environment). Weighting is reported, not scored.
 */
export function checkAwardCriteria(input: {
  readonly launchDate: IsoDate;
  readonly procedure: Procedure;
  readonly criteria: readonly AwardCriterion[];
}): CriteriaCheck {
  const required = isEnvironmentalCriterionRequired(input.launchDate);
  const hasEnvironmental = input.criteria.some(takesEnvironmentIntoAccount);
  const weights = input.criteria.map((criterion) => criterion.weight);
  const allWeighted = input.criteria.length > 0 && weights.every((weight) => weight !== undefined);
  const totalWeight = weights.reduce<number>((total, weight) => total + (weight ?? 0), 0);
  const weightingText =
    input.procedure === 'formalisee'
      ? 'En procédure formalisée, les critères sont pondérés (ou, à défaut, hiérarchisés) et la pondération figure ' +
        'dans l’avis ou les documents de la consultation.'
      : 'En procédure adaptée, les critères sont au moins annoncés dans les documents de la consultation ; ' +
        'une pondération ou une hiérarchisation est recommandée.';
  return {
    environmentalCriterionRequired: required,
    hasEnvironmentalCriterion: hasEnvironmental,
    environmentalRuleMet: !required || hasEnvironmental,
    allWeighted,
    totalWeight,
    weighting: {
      text: `${weightingText} Point à vérifier sur Légifrance : non noté.`,
      references: ['CCP R2152-11', 'CCP R2152-12'],
      confidence: 'uncertain',
    },
    references: [ENVIRONMENTAL_CRITERION_REFERENCE],
    confidence: 'confirmed',
  };
}
