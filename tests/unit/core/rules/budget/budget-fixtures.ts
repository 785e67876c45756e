import type { BudgetCredits, ChapterAmounts } from '../../../../../src/core/rules/budget';

/** The issue-9 example budget, as plain credits. */
export const EXAMPLE_BUDGET: BudgetCredits = {
  fonctionnement: {
    depenses: { '011': 210000, '012': 260000, '65': 90000, '66': 12000, '023': 80000, '042': 25000 },
    recettes: { '70': 40000, '73': 330000, '74': 280000, '75': 15000, '002': 12000 },
  },
  investissement: {
    depenses: { '16': 48000, '21': 150000, '23': 120000 },
    recettes: { '10': 30000, '13': 90000, '16': 63000, '021': 80000, '040': 25000 },
  },
};

/** The example with investment spending cut to 288 000 €: in équilibre réel. */
export const BALANCED_BUDGET: BudgetCredits = {
  ...EXAMPLE_BUDGET,
  investissement: { ...EXAMPLE_BUDGET.investissement, depenses: { '16': 48000, '21': 150000, '23': 90000 } },
};

/** A copy of `budget` with one chapter changed. */
export function withChapter(
  budget: BudgetCredits,
  section: keyof BudgetCredits,
  side: 'depenses' | 'recettes',
  code: string,
  amount: number | undefined,
): BudgetCredits {
  const others = Object.entries(budget[section][side]).filter(([other]) => other !== code);
  const changed: ChapterAmounts = Object.fromEntries(
    amount === undefined ? others : [...others, [code, amount]],
  );
  return { ...budget, [section]: { ...budget[section], [side]: changed } };
}
