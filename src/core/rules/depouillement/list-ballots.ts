import { fr } from './french-text';

/** « 1 000 » as French writes it, with a non-breaking space. */
const THOUSAND = '1\u00a0000';

/**
 * The population from which municipal councillors have been elected by list since 2014, with ballots void when
 * crossed out, completed or reordered (code électoral L260 and R66-2).
 */
export const LIST_VOTING_POPULATION = 1000;

/**
 * Which text voids a modified municipal list ballot in a commune of a given size:
 * - `depuis-2014`: communes of 1 000 inhabitants and more (code électoral L260 and R66-2);
 * - `depuis-2026`: communes under 1 000, since loi 2025-444 extended list voting to them (March 2026);
 * - `population-inconnue`: the size is not known, both texts are cited.
 */
export type ListBallotRegime = 'depuis-2014' | 'depuis-2026' | 'population-inconnue';

/** The rule that voids a modified list ballot, as the debrief cites it. */
export interface ListBallotRule {
  readonly regime: ListBallotRegime;
  /** Code and article (or loi) to cite. */
  readonly reference: string;
  /** French, to follow « nul » in a sentence: « dans les communes de 1 000 habitants et plus depuis 2014 ». */
  readonly scope: string;
}

/** Both citations, for a case that does not give the commune's population. */
export const LIST_BALLOT_REFERENCE_ANY_SIZE = 'code électoral L260 et R66-2 ; loi 2025-444';

/**
 * The rule that voids a municipal list ballot crossed out, completed or reordered, chosen by the commune's
 * population: L260 and R66-2 from 1 000 inhabitants (since 2014), loi 2025-444 below (since March 2026). R66-2
 * is not cited below 1 000: whether décret 2025-778 lifted its exclusion of these communes is unsettled
 * (legal-facts.md § 7, 2), while the nullity itself rests on loi 2025-444 (§ 0 bis, 5).
 */
export function listBallotRule(population?: number): ListBallotRule {
  if (population === undefined) {
    return {
      regime: 'population-inconnue',
      reference: LIST_BALLOT_REFERENCE_ANY_SIZE,
      scope: fr`dans toutes les communes : depuis 2014 à partir de ${THOUSAND} habitants (code électoral L260 et R66-2), depuis mars 2026 en dessous (loi 2025-444)`,
    };
  }
  if (!Number.isInteger(population) || population < 0)
    throw new RangeError(`Population invalide : ${population} (attendu un entier positif).`);
  if (population >= LIST_VOTING_POPULATION) {
    return {
      regime: 'depuis-2014',
      reference: 'code électoral L260 et R66-2',
      scope: fr`dans les communes de ${THOUSAND} habitants et plus depuis 2014`,
    };
  }
  return {
    regime: 'depuis-2026',
    reference: 'loi 2025-444',
    scope: fr`dans les communes de moins de ${THOUSAND} habitants depuis mars 2026`,
  };
}
