/** The two sections of a communal budget. */
export type BudgetSectionName = 'fonctionnement' | 'investissement';

/** The two sides of a section. */
export type BudgetSide = 'depenses' | 'recettes';

/** The sections, in the order a budget document shows them. */
export const BUDGET_SECTIONS = [
  'fonctionnement',
  'investissement',
] as const satisfies readonly BudgetSectionName[];

/** The sides, in the order a budget document shows them. */
export const BUDGET_SIDES = ['depenses', 'recettes'] as const satisfies readonly BudgetSide[];

/** Credits in euros keyed by M57 chapter code (`"011"`, `"21"`, `"023"`, and `"001"`/`"002"` for reported results). */
export type ChapterAmounts = Readonly<Record<string, number>>;

/** One section as voted: spending and revenue credits by chapter. */
export interface SectionCredits {
  readonly depenses: ChapterAmounts;
  readonly recettes: ChapterAmounts;
}

/** A budget primitif by chapter, both sections. */
export interface BudgetCredits {
  readonly fonctionnement: SectionCredits;
  readonly investissement: SectionCredits;
}

/**
 * How sure the project is of a rule, with the marks of shared/legal-facts.md:
 * - `C`: confirmed in the cited source;
 * - `P`: partly confirmed: only its confirmed core is scored;
 * - `M`: from memory, unverified (or listed in the fact sheet's §7): information only, never scored.
 */
export type BudgetConfidence = 'C' | 'P' | 'M';

/**
 * The outcome of one rule applied to one situation: what the debrief and the scenario guards read.
 * A check with `uncertain: true` informs; no scored decision may rest on it.
 */
export interface BudgetCheck {
  /** Stable identifier, e.g. `equilibre-investissement`. */
  readonly id: string;
  readonly passed: boolean;
  /** French: what was found, with amounts and the reference, whether it passed or not. */
  readonly message: string;
  /** Code and article, e.g. `CGCT L1612-4`. */
  readonly reference: string;
  readonly confidence: BudgetConfidence;
  /** True when the rule rests on an unverified point: shown, never scored. */
  readonly uncertain: boolean;
  /** French: set when the article number itself may have changed (ordonnance n° 2025-526). */
  readonly referenceNote?: string;
}
