import { describe, expect, it } from 'vitest';
import {
  chapterPlacementError,
  chaptersFor,
  checkFungibilityTransfer,
  checkNoUnforeseenExpensesCredit,
  findM57Chapter,
  fungibilityCeiling,
  M57_CHAPTERS,
  realSpending,
  unforeseenAuthorisationInfo,
  type FungibilityTransfer,
} from '../../../../../src/core/rules/budget';
import { BALANCED_BUDGET, withChapter } from './budget-fixtures';

describe('M57 chapter catalogue', () => {
  it('has unique codes, French labels and at least one side each', () => {
    const codes = M57_CHAPTERS.map((chapter) => chapter.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const chapter of M57_CHAPTERS) {
      expect(chapter.label.length).toBeGreaterThan(3);
      expect(chapter.sides.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['023', 'fonctionnement', 'ordre'],
    ['021', 'investissement', 'ordre'],
    ['002', 'fonctionnement', 'resultat'],
    ['001', 'investissement', 'resultat'],
    ['012', 'fonctionnement', 'reel'],
    ['16', 'investissement', 'reel'],
  ])('%s belongs to %s, %s', (code, section, kind) => {
    expect(findM57Chapter(code)).toMatchObject({ section, kind });
  });

  it('lists the chapters of a budget table in document order', () => {
    expect(chaptersFor('investissement', 'recettes').map((chapter) => chapter.code)).toEqual([
      '10',
      '13',
      '16',
      '27',
      '024',
      '021',
      '040',
      '041',
      '001',
    ]);
  });

  it.each([
    ['011', 'fonctionnement', 'depenses', undefined],
    ['6068', 'fonctionnement', 'depenses', /chapitre « 6068 » inconnu/],
    ['021', 'fonctionnement', 'recettes', /s’inscrit en recettes d’investissement/],
    ['16', 'investissement', 'recettes', undefined],
    ['24', 'investissement', 'recettes', /inconnu/],
  ] as const)('placement of %s in %s %s', (code, section, side, error) => {
    const found = chapterPlacementError(code, section, side);
    if (error === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(error);
  });

  it('counts only real chapters in real spending', () => {
    expect(realSpending(BALANCED_BUDGET.fonctionnement)).toBe(572000);
    expect(realSpending(BALANCED_BUDGET.investissement)).toBe(288000);
  });
});

describe('no dépenses imprévues credit in M57', () => {
  it('passes a budget without 020/022, and with a zero credit there', () => {
    expect(checkNoUnforeseenExpensesCredit(BALANCED_BUDGET).passed).toBe(true);
    expect(
      checkNoUnforeseenExpensesCredit(withChapter(BALANCED_BUDGET, 'fonctionnement', 'depenses', '022', 0))
        .passed,
    ).toBe(true);
  });

  it.each([
    ['fonctionnement', '022'],
    ['investissement', '020'],
  ] as const)(
    'refuses a credit at %s %s, naming the chapter, and flags the article number',
    (section, code) => {
      const check = checkNoUnforeseenExpensesCredit(
        withChapter(BALANCED_BUDGET, section, 'depenses', code, 5000),
      );
      expect(check.passed).toBe(false);
      expect(check.message).toContain(`chapitre ${code}`);
      expect(check.message).toContain('7,5 %');
      expect(check.uncertain).toBe(false);
      expect(check.referenceNote).toMatch(/ordonnance n° 2025-526/);
    },
  );

  it('gives the 2 % AP/AE ceiling as uncertain information only', () => {
    const info = unforeseenAuthorisationInfo(572000);
    expect(info).toMatchObject({ uncertain: true, ratePercent: 2, ceiling: 11440 });
    expect(info.message).toContain('taux non vérifié');
  });
});

describe('fongibilité des crédits (ex-CGCT L5217-10-6)', () => {
  const transfer: FungibilityTransfer = {
    section: 'fonctionnement',
    fromChapter: '011',
    toChapter: '65',
    amount: 1000,
    alreadyTransferred: 0,
    sectionRealSpending: 572000,
    delegated: true,
  };

  it('caps at 7,5 % of the section’s real spending', () => {
    expect(fungibilityCeiling(572000)).toBe(42900);
    expect(fungibilityCeiling(0.13)).toBe(0);
  });

  it.each([
    ['within the ceiling', {}, true, /possible par délégation/],
    ['exactly at the ceiling', { amount: 42900 }, true, /possible/],
    [
      'one euro above, cumulated',
      { amount: 2901, alreadyTransferred: 40000 },
      false,
      /décision modificative/,
    ],
    ['without delegation', { delegated: false }, false, /sans délégation/],
    ['from staff costs', { fromChapter: '012' }, false, /dépenses de personnel/],
    ['to staff costs', { toChapter: '012' }, false, /dépenses de personnel/],
    ['across sections', { toChapter: '21' }, false, /même section/],
    ['to the virement', { toChapter: '023' }, false, /dépenses réelles/],
    ['to the M14 dépenses imprévues', { toChapter: '022' }, false, /dépenses réelles/],
    ['same chapter', { toChapter: '011' }, false, /deux chapitres différents/],
    ['unknown chapter', { fromChapter: '6x' }, false, /« 6x »/],
  ])('%s', (_name, change, passed, message) => {
    const check = checkFungibilityTransfer({ ...transfer, ...change });
    expect(check.passed).toBe(passed);
    expect(check.message).toMatch(message);
    // erratum 10: the article is cited with its « numérotation à vérifier » note wherever it appears.
    expect(check.reference).toBe('CGCT L5217-10-6 (numérotation à vérifier, ordonnance n° 2025-526)');
    expect(check.referenceNote).toMatch(/à vérifier/);
  });
});
