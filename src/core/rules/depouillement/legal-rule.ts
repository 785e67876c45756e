/**
 * How sure the project is of a rule, with the marks of shared/legal-facts.md:
 * - `C`: confirmed in the cited source;
 * - `P`: partly confirmed: only its confirmed core is scored;
 * - `M`: from memory or absent from the fact sheet: never scored.
 */
export type Confidence = 'C' | 'P' | 'M';

/** One rule of the count, as data: its reference (code + article), its confidence and what it says, in French. */
export interface LegalRule {
  /** Code and article, e.g. `code électoral L66`. */
  readonly reference: string;
  readonly confidence: Confidence;
  /**
   * True when no scored decision may rest on the rule: marked [M], or its article is listed in legal-facts.md §7
   * (R66-2 after décret 2025-778, R52, R67, R70). The engine still exposes it, as information.
   */
  readonly uncertain: boolean;
  /** The rule as a trainee reads it in a debrief. */
  readonly statement: string;
  /** French: why the rule is uncertain (present only when `uncertain`). */
  readonly why?: string;
}

/** Whether a rule's obligation is binding or only what the text asks « autant que possible ». */
export type Severity = 'obligation' | 'recommandation';

/**
 * The outcome of one rule applied to one situation: what a scenario guard tests and a debrief line quotes.
 * A check whose `uncertain` flag is set must never be turned into a verdict.
 */
export interface RuleCheck {
  /** Identifier of the rule in {@link PROCESS_RULES}. */
  readonly rule: string;
  readonly passed: boolean;
  readonly severity: Severity;
  readonly reference: string;
  readonly uncertain: boolean;
  /** French: what was found and, when it fails, what should have been done. */
  readonly message: string;
}
