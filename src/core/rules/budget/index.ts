import type { RuleDomain } from '../rule-domain';
import { parseBudgetCase, type BudgetCase } from './case-schema';
import { evaluateBudgetCase, type BudgetCaseResult } from './evaluate-case';

export * from './types';
export * from './references';
export { sumChapters, chapterAmount } from './money';
export * from './m57-chapters';
export * from './sections';
export * from './equilibre-reel';
export * from './sincerite';
export * from './documented-credits';
export * from './calendar';
export * from './late-budget';
export * from './before-vote';
export * from './consequences';
export * from './accounts-closing';
export * from './documents';
export * from './m57-traps';
export { budgetCaseSchema, parseBudgetCase, type BudgetCase } from './case-schema';
export { evaluateBudgetCase, type BudgetCaseResult, type SectionResult } from './evaluate-case';

/**
 * The budget rule domain (issue 9): `npm run cli -- rules budget <case.json>…` and the guards of the
 * « Le vote du budget » scenario. CGCT L1612-2 and L1612-4 for the contract fields.
 */
export const budgetRuleDomain: RuleDomain<BudgetCase, BudgetCaseResult> = {
  id: 'budget',
  title: 'Budget communal : équilibre réel et délai de vote (CGCT L1612-2, L1612-4)',
  parseCase: parseBudgetCase,
  evaluate: evaluateBudgetCase,
};
