import { describe, expect, it } from 'vitest';
import { decideErp, parsePatrimoineCase } from '../../../../../src/core/rules/patrimoine';

describe('kind erp (CCH R143-41, règlement de sécurité GE 4)', () => {
  it.each([
    // point of law, category, sleeping quarters, periodic visit, opening visit, periodicity
    [
      '5th category without sleeping quarters (salle des fêtes, §7 case 14): no periodic visit',
      5,
      false,
      false,
      false,
      null,
    ],
    ['5th category with sleeping quarters: every 5 years, opened by the maire', 5, true, true, true, 5],
    ['4th category: periodic visits (2, 3 or 5 years by type)', 4, false, true, true, null],
    ['1st category: periodic visits', 1, false, true, true, null],
    ['1st category with sleeping quarters: periodic visits', 1, true, true, true, null],
  ] as const)('%s', (_point, categorie, locauxSommeil, periodic, opening, periodicity) => {
    const result = decideErp({ kind: 'erp', categorie, locauxSommeil });
    expect(result).toMatchObject({
      visitePeriodiqueObligatoire: periodic,
      visiteOuvertureObligatoire: opening,
      periodiciteAns: periodicity,
      confidence: 'C',
    });
    expect(result.references).toContain('CCH R143-41');
  });

  it('categories 1 to 4 give the possible periodicities without choosing one', () => {
    expect(decideErp({ kind: 'erp', categorie: 3, locauxSommeil: false }).periodicitesPossiblesAns).toEqual([
      2, 3, 5,
    ]);
  });

  it('the safety register without sleeping quarters is left unscored (fiche §6.4)', () => {
    expect(decideErp({ kind: 'erp', categorie: 5, locauxSommeil: false }).explication).toContain('non noté');
  });

  it.each([
    ['category 0', { categorie: 0 }, 'categorie attendue : un entier de 1 à 5'],
    ['category 6', { categorie: 6 }, 'categorie attendue : un entier de 1 à 5'],
    ['category 2.5', { categorie: 2.5 }, 'categorie attendue : un entier de 1 à 5'],
    ['category as a string', { categorie: '5' }, 'categorie attendue : un entier de 1 à 5'],
    ['missing locauxSommeil', { locauxSommeil: undefined }, 'locauxSommeil attendu'],
  ])('malformed: %s', (_point, patch, message) => {
    const parsed = parsePatrimoineCase({ kind: 'erp', categorie: 5, locauxSommeil: false, ...patch });
    expect(!parsed.ok && parsed.error).toContain(message);
  });

  it('an unknown kind names the two kinds', () => {
    const parsed = parsePatrimoineCase({ kind: 'ppi' });
    expect(!parsed.ok && parsed.error).toContain('« financement » ou « erp »');
  });
});
