/**
 * How sure the project is of a point, with the marks of shared/legal-facts-services.md: `C` confirmed in the cited
 * source; `P` partly confirmed (core confirmed, or confirmed since by a source cited in docs/rules/patrimoine.md);
 * `M` from memory, outside the fiche or among its uncertain points (§6): shown, never scored.
 */
export type Confidence = 'C' | 'P' | 'M';
