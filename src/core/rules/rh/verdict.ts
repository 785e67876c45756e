import type { Confidence } from '../conseil/legal-basis';

export type { Confidence } from '../conseil/legal-basis';

/**
 * One answer of the domain with what it rests on. `confidence` follows shared/legal-facts-rh.md: `C` confirmed,
 * `P` partly confirmed (only its confirmed core may be scored), `M` unverified or listed in the sheet's §7 « ne
 * pas noter » (never scored).
 */
export interface Verdict<T> {
  readonly value: T;
  readonly confidence: Confidence;
  readonly references: readonly string[];
  /** French sentence a trainer reads. */
  readonly explication: string;
  /** French: why the answer is not certain, when it is not. */
  readonly incertitude?: string;
}

/** How one deadline of a case was computed: the rule, its source and the date it gives. */
export interface DeadlineNote {
  /** What the deadline is for, in French (« demande de révision »). */
  readonly objet: string;
  /** The last day (or, for a minimum delay, the first day) under the reading the verdict uses. */
  readonly date: string;
  /** The counting rule in French (jours francs, quantième à quantième, report ou non au jour ouvrable). */
  readonly regle: string;
  /** Where the rule comes from. */
  readonly source: string;
}

/** The fields every `rules rh` output carries after its contract fields. */
export interface VerdictSummary {
  readonly references: readonly string[];
  /** The weakest confidence of the answers given: a case is only as certain as its least certain answer. */
  readonly confidence: Confidence;
  /** The confidence of each answer given (answers that are `null`, « not asked », are left out). */
  readonly confidenceParChamp: Readonly<Record<string, Confidence>>;
  readonly explication: string;
  /** The uncertain points this case touches, in French: none of them may carry a score. */
  readonly pointsIncertains: readonly string[];
}

const ORDER: readonly Confidence[] = ['C', 'P', 'M'];

/** The weakest of some confidences (`C` for none). */
export function weakestConfidence(confidences: readonly Confidence[]): Confidence {
  return confidences.reduce<Confidence>(
    (weakest, next) => (ORDER.indexOf(next) > ORDER.indexOf(weakest) ? next : weakest),
    'C',
  );
}

/** Builds a verdict; `incertitude` is kept only when the confidence is not `C`. */
export function verdict<T>(
  value: T,
  confidence: Confidence,
  references: readonly string[],
  explication: string,
  incertitude?: string,
): Verdict<T> {
  return confidence === 'C' || incertitude === undefined
    ? { value, confidence, references, explication }
    : { value, confidence, references, explication, incertitude };
}

/**
 * The common tail of an output from the verdicts of its fields, in the contract's order; a `null` entry is a
 * question the case did not ask. References keep their first-seen order, without repeats.
 */
export function summarize(fields: Readonly<Record<string, Verdict<unknown> | null>>): VerdictSummary {
  const given = Object.entries(fields).filter(
    (entry): entry is [string, Verdict<unknown>] => entry[1] !== null,
  );
  const references = [...new Set(given.flatMap(([, answer]) => answer.references))];
  const confidenceParChamp = Object.fromEntries(given.map(([field, answer]) => [field, answer.confidence]));
  return {
    references,
    confidence: weakestConfidence(given.map(([, answer]) => answer.confidence)),
    confidenceParChamp,
    explication: given.map(([, answer]) => answer.explication).join(' '),
    pointsIncertains: [
      ...new Set(
        given.flatMap(([, answer]) => (answer.incertitude === undefined ? [] : [answer.incertitude])),
      ),
    ],
  };
}
