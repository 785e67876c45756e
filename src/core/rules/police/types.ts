/**
 * How sure the project is of a point, with the marks of shared/legal-facts-services.md: `C` confirmed in the cited
 * source; `P` partly confirmed (core confirmed, or confirmed since by a source cited in docs/rules/police.md);
 * `M` from memory, outside the fiche or among its uncertain points (§6): shown, never scored.
 */
export type Confidence = 'C' | 'P' | 'M';

const RANK: Readonly<Record<Confidence, number>> = { C: 0, P: 1, M: 2 };

/** The least sure of several marks: a verdict is no surer than the weakest point it rests on. */
export function weakestConfidence(marks: readonly Confidence[]): Confidence {
  return marks.reduce<Confidence>((weakest, mark) => (RANK[mark] > RANK[weakest] ? mark : weakest), 'C');
}

/** The kinds of road of the contract. */
export const VOIES = ['communale', 'departementale', 'nationale', 'chemin-rural'] as const;
export type Voie = (typeof VOIES)[number];

/** Who holds the police of circulation on a road. */
export type AutoriteCirculation = 'maire' | 'president-conseil-departemental' | 'prefet';
