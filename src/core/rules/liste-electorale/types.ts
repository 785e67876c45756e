/**
 * How sure the project is of a point, with the marks of shared/legal-facts-services.md: `C` confirmed in the cited
 * source; `P` partly confirmed (core confirmed, or a [M] point confirmed since by a source cited in
 * docs/rules/liste-electorale.md); `M` from memory or listed among the sheet's uncertain points (§6): shown, never
 * scored.
 */
export type Confidence = 'C' | 'P' | 'M';

const RANK: Readonly<Record<Confidence, number>> = { C: 0, P: 1, M: 2 };

/** The least sure of several marks: a verdict is no surer than the weakest point it rests on. */
export function weakestConfidence(marks: readonly Confidence[]): Confidence {
  return marks.reduce<Confidence>((weakest, mark) => (RANK[mark] > RANK[weakest] ? mark : weakest), 'C');
}

/** True when a scenario may score a verdict as law: never on an `M` point (fiche, règles du jeu). */
export function isScorableAsLaw(confidence: Confidence): boolean {
  return confidence !== 'M';
}
