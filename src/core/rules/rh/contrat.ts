import { formatFrenchNumber } from '../../french-format';
import { z } from '../../validation/schema';
import { descriptionField, monthsField, populationField } from './case-parts';
import { RH_REFERENCES as REF } from './references';
import { summarize, verdict, type Confidence, type VerdictSummary } from './verdict';

const BESOINS = [
  'emploi-permanent',
  'sgm',
  'remplacement',
  'vacance-temporaire',
  'accroissement-temporaire',
  'accroissement-saisonnier',
  'projet',
] as const;
/** The need a contractual is recruited for. */
export type Besoin = (typeof BESOINS)[number];

/** L332-8 3°: any post of a commune under 1 000 inhabitants. */
export const ANY_POST_POPULATION = 1000;
/** L332-8 7°: the SGM of a commune under 2 000 inhabitants. */
export const SGM_CONTRACT_POPULATION = 2000;
/** CGCT L2122-19-1: the SGM exists in communes under 3 500 inhabitants. */
export const SGM_POPULATION = 3500;

/** A `kind: "contrat"` case (issue 21); `dureeAbsenceMois` is an optional extension for a replacement. */
export const contratCaseSchema = z.strictObject({
  kind: z.literal('contrat'),
  description: descriptionField,
  population: populationField,
  besoin: z.enum(BESOINS, {
    error:
      'besoin attendu : « emploi-permanent », « sgm », « remplacement », « vacance-temporaire », « accroissement-temporaire », « accroissement-saisonnier » ou « projet »',
  }),
  dureeMois: monthsField('durée du contrat'),
  dureeAbsenceMois: monthsField('durée de l’absence remplacée').optional(),
});

/** A valid `contrat` case. */
export type ContratCase = z.infer<typeof contratCaseSchema>;

/** What `rules rh` prints for a `contrat` case. */
export interface ContratResult extends VerdictSummary {
  readonly kind: 'contrat';
  /** E.g. `CGFP L332-8 3°`; `null` when no basis fits. */
  readonly fondement: string | null;
  /** The longest first contract; `null` when no basis fits, or for a replacement whose absence is not given. */
  readonly dureeMaxMois: number | null;
  readonly dureeAdmise: boolean;
  /** Extra: the shortest contract (a contrat de projet lasts at least one year). */
  readonly dureeMinMois: number | null;
  /** Extra: renewal and what follows, in French. */
  readonly renouvellement: string | null;
  /** Extra: what must also be true for the basis to hold, in French. */
  readonly conditions: readonly string[];
}

/** One legal basis for a contract: its article, its bounds and what must hold besides. */
interface Basis {
  readonly fondement: string;
  readonly reference: string;
  readonly minMonths: number | null;
  readonly maxMonths: number | null;
  readonly renouvellement: string;
  readonly conditions: readonly string[];
  readonly confidence: Confidence;
  readonly why: string;
  readonly incertitude?: string;
}

const PERMANENT_RENEWAL =
  '3 ans au plus, renouvelable par décision expresse dans la limite de 6 ans ; au-delà, CDI par décision expresse (CGFP L332-9).';
const PERMANENT_PROCEDURE = [
  'délibération de création de l’emploi (motif, fonctions, niveaux de recrutement et de rémunération)',
  'déclaration de vacance au centre de gestion et publication d’au moins un mois, sauf urgence',
  'procédure de recrutement des contractuels sur emploi permanent (fiche de poste avec le fondement juridique, entretien)',
];
const FAILED_RECRUITMENT = 'constat préalable que le recrutement d’un fonctionnaire a échoué';

function permanentBasis(degree: string, why: string, extra: readonly string[] = []): Basis {
  return {
    fondement: `${REF.emploiPermanent} ${degree}`,
    reference: REF.emploiPermanent,
    minMonths: null,
    maxMonths: 36,
    renouvellement: PERMANENT_RENEWAL,
    conditions: [...extra, ...PERMANENT_PROCEDURE],
    confidence: 'C',
    why,
  };
}

/** The permanent-post basis: 3° under 1 000 inhabitants, otherwise 2° once a fonctionnaire could not be found. */
function permanentPostBasis(population: number): Basis {
  return population < ANY_POST_POPULATION
    ? permanentBasis(
        '3°',
        `commune de moins de ${formatFrenchNumber(ANY_POST_POPULATION)} habitants : tout emploi permanent peut être pourvu par contrat`,
      )
    : permanentBasis(
        '2°',
        `commune de ${formatFrenchNumber(ANY_POST_POPULATION)} habitants ou plus : le 3° ne joue pas ; contrat sur le 2° (besoins du service) seulement si aucun fonctionnaire n’a pu être recruté (le 1°, sans cadre d’emplois, et le 5°, temps non complet de moins de 50 %, selon le poste)`,
        [FAILED_RECRUITMENT],
      );
}

/** The SGM basis: 7° under 2 000 inhabitants, no proof needed; above, the general 2°; none from 3 500. */
function sgmBasis(population: number): Basis | null {
  if (population >= SGM_POPULATION) return null;
  if (population < SGM_CONTRACT_POPULATION) {
    return permanentBasis(
      '7°',
      `SGM d’une commune de moins de ${formatFrenchNumber(SGM_CONTRACT_POPULATION)} habitants : contrat possible sans avoir à prouver qu’aucun fonctionnaire n’a pu être recruté`,
    );
  }
  return {
    ...permanentBasis(
      '2°',
      `SGM d’une commune de ${formatFrenchNumber(SGM_CONTRACT_POPULATION)} habitants ou plus : le 7° ne joue pas ; reste le 2°, si aucun fonctionnaire n’a pu être recruté`,
      [FAILED_RECRUITMENT],
    ),
    confidence: 'P',
    incertitude:
      'SGM contractuel dans une commune de 2 000 à 3 499 habitants : le recours au 2° est déduit de la règle générale, la fiche RH ne le dit pas.',
  };
}

function basisFor(input: ContratCase): Basis | null {
  switch (input.besoin) {
    case 'emploi-permanent':
      return permanentPostBasis(input.population);
    case 'sgm':
      return sgmBasis(input.population);
    case 'remplacement':
      return {
        fondement: REF.remplacement,
        reference: REF.remplacement,
        minMonths: null,
        maxMonths: input.dureeAbsenceMois ?? null,
        renouvellement:
          'renouvelable dans la limite de l’absence de l’agent remplacé ; le contrat peut commencer avant son départ.',
        conditions:
          input.dureeAbsenceMois === undefined
            ? ['durée limitée à celle de l’absence (non donnée dans le cas)']
            : [],
        confidence: 'C',
        why: 'remplacement d’un agent absent ou à temps partiel, dans la limite de l’absence',
      };
    case 'vacance-temporaire':
      return {
        fondement: REF.vacanceTemporaire,
        reference: REF.vacanceTemporaire,
        minMonths: null,
        maxMonths: 12,
        renouvellement: 'prolongeable jusqu’à 2 ans au total si le recrutement d’un fonctionnaire a échoué.',
        conditions: ['recrutement d’un fonctionnaire en cours (vacance temporaire)'],
        confidence: 'C',
        why: 'vacance temporaire d’un emploi dans l’attente d’un fonctionnaire : 1 an au plus',
      };
    case 'accroissement-temporaire':
      return {
        fondement: REF.accroissement,
        reference: REF.accroissement,
        minMonths: null,
        maxMonths: 12,
        renouvellement: '12 mois au plus sur une période de 18 mois consécutifs, renouvellement compris.',
        conditions: [],
        confidence: 'C',
        why: 'accroissement temporaire d’activité (emploi non permanent) : 12 mois au plus sur 18 mois consécutifs',
      };
    case 'accroissement-saisonnier':
      return {
        fondement: REF.accroissement,
        reference: REF.accroissement,
        minMonths: null,
        maxMonths: 6,
        renouvellement: '6 mois au plus sur une période de 12 mois consécutifs, renouvellement compris.',
        conditions: [],
        confidence: 'C',
        why: 'accroissement saisonnier d’activité (emploi non permanent) : 6 mois au plus sur 12 mois consécutifs',
      };
    case 'projet':
      return {
        fondement: REF.projet,
        reference: REF.projet,
        minMonths: 12,
        maxMonths: 72,
        renouvellement: 'de 1 à 6 ans ; il ne donne droit ni à un CDI ni à la titularisation.',
        conditions: [],
        confidence: 'C',
        why: 'contrat de projet : de 1 à 6 ans (CGFP L332-24 à L332-26)',
      };
  }
}

/**
 * The `contrat` kind of `rules rh`: which article lets a commune recruit a contractual for this need, the
 * longest first contract, and whether the duration asked fits (CGFP L332-8, L332-13, L332-14, L332-23,
 * L332-24; legal-facts-rh.md §2.2, cases §8.6 and §8.8). Bounds are inclusive: 6 months is a seasonal maximum.
 */
export function evaluateContrat(input: ContratCase): ContratResult {
  const basis = basisFor(input);
  if (basis === null) {
    const answer = verdict(
      false,
      'C',
      [REF.nominationSgm],
      `Commune de ${formatFrenchNumber(input.population)} habitants : le secrétaire général de mairie n’existe que sous ${formatFrenchNumber(SGM_POPULATION)} habitants ; aucun fondement de SGM contractuel.`,
    );
    return {
      kind: 'contrat',
      fondement: null,
      dureeMaxMois: null,
      dureeAdmise: false,
      ...summarize({ fondement: answer }),
      dureeMinMois: null,
      renouvellement: null,
      conditions: [],
    };
  }
  const tooShort = basis.minMonths !== null && input.dureeMois < basis.minMonths;
  const tooLong = basis.maxMonths !== null && input.dureeMois > basis.maxMonths;
  const admitted = !tooShort && !tooLong;
  const bounds = tooShort
    ? `${input.dureeMois} mois : moins que le minimum de ${basis.minMonths ?? 0} mois, durée refusée.`
    : tooLong
      ? `${input.dureeMois} mois : plus que le maximum de ${basis.maxMonths ?? 0} mois, durée refusée.`
      : `${input.dureeMois} mois : durée admise.`;
  const answer = verdict(
    admitted,
    basis.confidence,
    [basis.reference],
    `Fondement ${basis.fondement} : ${basis.why}. ${bounds} ${basis.renouvellement}`,
    basis.incertitude,
  );
  return {
    kind: 'contrat',
    fondement: basis.fondement,
    dureeMaxMois: basis.maxMonths,
    dureeAdmise: admitted,
    ...summarize({ dureeAdmise: answer }),
    dureeMinMois: basis.minMonths,
    renouvellement: basis.renouvellement,
    conditions: basis.conditions,
  };
}
