import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chaptersFor,
  checkEquilibreReel,
  ownResources,
  sectionBalance,
  type BudgetCredits,
  type BudgetSectionName,
  type BudgetSide,
} from '../../../../../src/core/rules/budget';
import { BALANCED_BUDGET, EXAMPLE_BUDGET, withChapter } from './budget-fixtures';

describe('sectionBalance (CGCT L1612-4, L1612-6 et L1612-7)', () => {
  it.each([
    ['exactly equal', { '011': 1000 }, { '73': 1000 }, true, 0],
    ['one euro short', { '011': 1000 }, { '73': 999 }, false, -1],
    ['one cent short', { '011': 1000 }, { '73': 999.99 }, false, -0.01],
    ['surplus', { '011': 1000 }, { '73': 1500 }, true, 500],
    ['empty section', {}, {}, true, 0],
    ['cents add up exactly', { '011': 0.3 }, { '73': 0.1, '74': 0.2 }, true, 0],
  ])('%s', (_name, depenses, recettes, equilibre, solde) => {
    const balance = sectionBalance({ depenses, recettes });
    expect(balance.equilibre).toBe(equilibre);
    expect(balance.solde).toBe(solde);
  });

  it('counts the reported results 001/002 in the totals', () => {
    expect(sectionBalance({ depenses: { '011': 100, '002': 20 }, recettes: { '73': 120 } })).toEqual({
      depenses: 120,
      recettes: 120,
      solde: 0,
      equilibre: true,
    });
  });
});

describe('checkEquilibreReel (CGCT L1612-4)', () => {
  it('finds the example unbalanced in investment only', () => {
    const report = checkEquilibreReel(EXAMPLE_BUDGET);
    expect(report.fonctionnement.equilibre).toBe(true);
    expect(report.investissement).toMatchObject({ depenses: 318000, recettes: 288000, equilibre: false });
    expect(report.violations).toHaveLength(1);
    expect(report.violations[0]).toContain('Section d’investissement votée en déséquilibre');
    expect(report.violations[0]).toContain('30\u202f000\u00a0€');
  });

  it('accepts a budget in équilibre réel with no violation', () => {
    const report = checkEquilibreReel(BALANCED_BUDGET);
    expect(report.equilibreReel).toBe(true);
    expect(report.violations).toEqual([]);
    expect(report.checks.every((check) => check.passed && !check.uncertain)).toBe(true);
  });

  it.each([
    [
      '023 missing while 021 present',
      withChapter(BALANCED_BUDGET, 'fonctionnement', 'depenses', '023', undefined),
    ],
    [
      '021 missing while 023 present',
      withChapter(BALANCED_BUDGET, 'investissement', 'recettes', '021', undefined),
    ],
    [
      '023 and 021 differ by one euro',
      withChapter(BALANCED_BUDGET, 'investissement', 'recettes', '021', 79999),
    ],
  ])('virement incoherent: %s', (_name, budget) => {
    const report = checkEquilibreReel(budget);
    expect(report.virement.coherent).toBe(false);
    expect(report.equilibreReel).toBe(false);
    expect(report.violations.some((line) => line.startsWith('Virement incohérent'))).toBe(true);
  });

  it('treats a budget without any virement as coherent', () => {
    const budget = withChapter(
      withChapter(BALANCED_BUDGET, 'fonctionnement', 'depenses', '023', undefined),
      'investissement',
      'recettes',
      '021',
      undefined,
    );
    expect(checkEquilibreReel(budget).virement.coherent).toBe(true);
  });

  it.each([
    [
      '042 without 040',
      withChapter(BALANCED_BUDGET, 'investissement', 'recettes', '040', 0),
      'ordre-042-040',
    ],
    [
      '040 spending without 042 revenue',
      withChapter(BALANCED_BUDGET, 'investissement', 'depenses', '040', 5000),
      'ordre-040-042',
    ],
    [
      '041 on one side only',
      withChapter(BALANCED_BUDGET, 'investissement', 'recettes', '041', 7000),
      'ordre-041',
    ],
  ])('ordre incoherent: %s', (_name, budget, id) => {
    const report = checkEquilibreReel(budget);
    expect(report.ordre.coherent).toBe(false);
    expect(report.checks.find((check) => check.id === id)?.passed).toBe(false);
  });

  it.each([
    ['exactly covered', 225000, true],
    ['one euro short', 225001, false],
    ['well covered', 48000, true],
  ])('capital repayment %s', (_name, capital, covered) => {
    const budget = withChapter(BALANCED_BUDGET, 'investissement', 'depenses', '16', capital);
    const report = checkEquilibreReel(budget);
    expect(report.ressourcesPropres).toBe(225000);
    expect(report.capitalCouvert).toBe(covered);
  });

  it('excludes borrowing (16), the reported result (001) and patrimoniales (041) from own resources', () => {
    const budget = withChapter(
      withChapter(BALANCED_BUDGET, 'investissement', 'recettes', '001', 40000),
      'investissement',
      'recettes',
      '041',
      3000,
    );
    expect(ownResources(budget)).toBe(225000);
    expect(ownResources(withChapter(budget, 'investissement', 'recettes', '024', 10000))).toBe(235000);
  });

  it('finds empty sections balanced, coherent and covered', () => {
    const empty: BudgetCredits = {
      fonctionnement: { depenses: {}, recettes: {} },
      investissement: { depenses: {}, recettes: {} },
    };
    const report = checkEquilibreReel(empty);
    expect(report).toMatchObject({ equilibreReel: true, remboursementCapital: 0, ressourcesPropres: 0 });
  });
});

/** A random amount in whole cents, up to ten million euros. */
const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((cents) => cents / 100);

function chaptersArbitrary(section: BudgetSectionName, side: BudgetSide) {
  const codes = chaptersFor(section, side).map((chapter) => chapter.code);
  return fc.dictionary(fc.constantFrom(...codes), amount, { maxKeys: codes.length });
}

const budgetArbitrary: fc.Arbitrary<BudgetCredits> = fc.record({
  fonctionnement: fc.record({
    depenses: chaptersArbitrary('fonctionnement', 'depenses'),
    recettes: chaptersArbitrary('fonctionnement', 'recettes'),
  }),
  investissement: fc.record({
    depenses: chaptersArbitrary('investissement', 'depenses'),
    recettes: chaptersArbitrary('investissement', 'recettes'),
  }),
});

function centsSum(amounts: Readonly<Record<string, number>>): number {
  return Object.values(amounts).reduce((sum, euros) => sum + Math.round(euros * 100), 0);
}

describe('équilibre réel properties', () => {
  it('totals equal the sums of the chapters', () => {
    fc.assert(
      fc.property(budgetArbitrary, (budget) => {
        const report = checkEquilibreReel(budget);
        return (
          Math.round(report.fonctionnement.depenses * 100) === centsSum(budget.fonctionnement.depenses) &&
          Math.round(report.fonctionnement.recettes * 100) === centsSum(budget.fonctionnement.recettes) &&
          Math.round(report.investissement.depenses * 100) === centsSum(budget.investissement.depenses) &&
          Math.round(report.investissement.recettes * 100) === centsSum(budget.investissement.recettes)
        );
      }),
    );
  });

  it('adding revenue never breaks a section balance nor the capital coverage', () => {
    const place = fc.constantFrom<BudgetSectionName>('fonctionnement', 'investissement').chain((section) =>
      fc.record({
        section: fc.constant(section),
        code: fc.constantFrom(...chaptersFor(section, 'recettes').map((chapter) => chapter.code)),
      }),
    );
    fc.assert(
      fc.property(budgetArbitrary, place, amount, (budget, { section, code }, extra) => {
        const before = checkEquilibreReel(budget);
        const current = budget[section].recettes[code] ?? 0;
        const after = checkEquilibreReel(withChapter(budget, section, 'recettes', code, current + extra));
        return (
          (!before[section].equilibre || after[section].equilibre) &&
          (!before.capitalCouvert || after.capitalCouvert)
        );
      }),
    );
  });

  it('equilibreReel holds exactly when there is no violation', () => {
    fc.assert(
      fc.property(fc.oneof(budgetArbitrary, budgetArbitrary.map(forceEquilibreReel)), (budget) => {
        const report = checkEquilibreReel(budget);
        return report.equilibreReel === (report.violations.length === 0);
      }),
    );
  });

  it('a budget meeting every condition is in équilibre réel', () => {
    fc.assert(
      fc.property(
        budgetArbitrary.map(forceEquilibreReel),
        (budget) => checkEquilibreReel(budget).equilibreReel,
      ),
    );
  });
});

/** Repairs a random budget condition by condition, the way a careful SGM would, without removing credits. */
function forceEquilibreReel(budget: BudgetCredits): BudgetCredits {
  const get = (section: BudgetSectionName, side: BudgetSide, code: string) =>
    budget[section][side][code] ?? 0;
  let repaired = withChapter(
    budget,
    'investissement',
    'recettes',
    '021',
    get('fonctionnement', 'depenses', '023'),
  );
  repaired = withChapter(
    repaired,
    'investissement',
    'recettes',
    '040',
    get('fonctionnement', 'depenses', '042'),
  );
  repaired = withChapter(
    repaired,
    'fonctionnement',
    'recettes',
    '042',
    get('investissement', 'depenses', '040'),
  );
  repaired = withChapter(
    repaired,
    'investissement',
    'recettes',
    '041',
    get('investissement', 'depenses', '041'),
  );
  const missingCapital = Math.max(
    0,
    Math.round(get('investissement', 'depenses', '16') * 100) - Math.round(ownResources(repaired) * 100),
  );
  const tenBefore = repaired.investissement.recettes['10'] ?? 0;
  repaired = withChapter(
    repaired,
    'investissement',
    'recettes',
    '10',
    (Math.round(tenBefore * 100) + missingCapital) / 100,
  );
  for (const [section, code] of [
    ['fonctionnement', '75'],
    ['investissement', '13'],
  ] as const) {
    const balance = sectionBalance(repaired[section]);
    const current = repaired[section].recettes[code] ?? 0;
    if (!balance.equilibre) {
      repaired = withChapter(
        repaired,
        section,
        'recettes',
        code,
        Math.round((current - balance.solde) * 100) / 100,
      );
    }
  }
  return repaired;
}
