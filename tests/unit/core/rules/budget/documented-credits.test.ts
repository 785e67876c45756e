import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocumentedCredit } from '../../../../../src/core/rules/budget';

describe('documented credit sincerity (CGCT L1612-4)', () => {
  it.each([
    ['interest entered in full', 'fonctionnement', 'depenses', '66', 14_800, 14_800, true],
    [
      'interest entered above the schedule (prudence)',
      'fonctionnement',
      'depenses',
      '66',
      14_800,
      15_000,
      true,
    ],
    ['interest one cent short', 'fonctionnement', 'depenses', '66', 14_800, 14_799.99, false],
    ['capital left out', 'investissement', 'depenses', '16', 96_500, 0, false],
    ['allocation entered as notified', 'fonctionnement', 'recettes', '74', 238_000, 238_000, true],
    ['allocation entered below (prudence)', 'fonctionnement', 'recettes', '74', 238_000, 230_000, true],
    ['allocation one cent above', 'fonctionnement', 'recettes', '74', 238_000, 238_000.01, false],
    ['reported result inflated', 'investissement', 'recettes', '001', 28_000, 38_000, false],
    ['nothing documented, nothing entered', 'fonctionnement', 'depenses', '011', 0, 0, true],
  ] as const)('%s', (_name, section, side, chapter, documented, entered, passed) => {
    const check = checkDocumentedCredit({ section, side, chapter, documented, entered });
    expect(check.passed).toBe(passed);
    expect(check.reference).toBe('CGCT L1612-4');
    expect(check.confidence).toBe('P');
    expect(check.uncertain).toBe(false);
    expect(check.id).toBe(`sincerite-${section}-${side}-${chapter}`);
    expect(check.message).toContain(`Chapitre ${chapter}`);
  });

  it('says which way the figure is false, with the gap in euros', () => {
    const spending = checkDocumentedCredit({
      section: 'fonctionnement',
      side: 'depenses',
      chapter: '66',
      documented: 14_800,
      entered: 12_300,
    });
    expect(spending.message).toContain('Charges financières');
    expect(spending.message).toContain('dépenses de fonctionnement');
    expect(spending.message).toContain('2\u202f500\u00a0€ de dépense sous-évaluée');
    const revenue = checkDocumentedCredit({
      section: 'fonctionnement',
      side: 'recettes',
      chapter: '74',
      documented: 238_000,
      entered: 250_000,
    });
    expect(revenue.message).toContain('12\u202f000\u00a0€ de recette surestimée');
  });

  it('names an unknown chapter by its code only', () => {
    const check = checkDocumentedCredit({
      section: 'fonctionnement',
      side: 'depenses',
      chapter: '999',
      documented: 1,
      entered: 1,
    });
    expect(check.message.startsWith('Chapitre 999 des dépenses')).toBe(true);
  });

  it('passes a spending exactly when it covers the documented amount, a revenue when it does not exceed it', () => {
    const cents = fc.integer({ min: 0, max: 100_000_000 });
    fc.assert(
      fc.property(cents, cents, (documentedCents, enteredCents) => {
        const documented = documentedCents / 100;
        const entered = enteredCents / 100;
        const spending = checkDocumentedCredit({
          section: 'investissement',
          side: 'depenses',
          chapter: '16',
          documented,
          entered,
        });
        const revenue = checkDocumentedCredit({
          section: 'investissement',
          side: 'recettes',
          chapter: '10',
          documented,
          entered,
        });
        expect(spending.passed).toBe(enteredCents >= documentedCents);
        expect(revenue.passed).toBe(enteredCents <= documentedCents);
      }),
    );
  });
});
