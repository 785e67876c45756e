/**
 * How sure the project is of a rule, with the marks of shared/legal-facts.md:
 * - `C`: confirmed in the cited source;
 * - `P`: partly confirmed (secondary source, or a detail from memory): only its confirmed core may be scored;
 * - `M`: from memory, unverified: never scored.
 */
export type Confidence = 'C' | 'P' | 'M';

/** One rule of the council domain: its reference (code + article), its confidence and what it says, in French. */
export interface LegalRule {
  /** Code and article, e.g. `CGCT L2121-17`. */
  readonly reference: string;
  readonly confidence: Confidence;
  /** The rule as a trainee reads it in a debrief. */
  readonly statement: string;
}

/**
 * A value the rule engine shows as information only: it rests on an unverified point ([M], the unconfirmed part
 * of a [P] point, or an item of legal-facts.md §7), so no scored decision may rest on it.
 */
export interface UncertainInfo<T> {
  readonly uncertain: true;
  readonly value: T;
  readonly reference: string;
  /** French: why it is not certain. */
  readonly why: string;
}

/** Wraps a value as uncertain information. */
export function uncertainInfo<T>(value: T, reference: string, why: string): UncertainInfo<T> {
  return { uncertain: true, value, reference, why };
}
