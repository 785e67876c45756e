import { describe, expect, it } from 'vitest';
import { rhError, runRh } from './helpers';

const nomination = (
  population: number,
  categorie: string,
  gradeAvancement: boolean,
  nominationDate: string,
  dgsNomme = false,
) => ({ kind: 'nomination-sgm', population, categorie, gradeAvancement, nominationDate, dgsNomme });

describe('nomination-sgm — possible (CGCT L2122-19-1 ; loi 2023-1380 art. 1)', () => {
  it.each([
    [
      'case §8.11: 1 500 inhabitants, adjoint administratif principal, November 2026 → possible',
      1500,
      'C',
      true,
      '2026-11-15',
      false,
      true,
      'C',
    ],
    [
      'case §8.11: same agent named 1 January 2028 → impossible (B at least)',
      1500,
      'C',
      true,
      '2028-01-01',
      false,
      false,
      'C',
    ],
    [
      'category C named on 31 December 2027, last day of the old rule → possible',
      1500,
      'C',
      true,
      '2027-12-31',
      false,
      true,
      'C',
    ],
    [
      'category C without a grade d’avancement, 2026 → impossible',
      1200,
      'C',
      false,
      '2026-06-01',
      false,
      false,
      'C',
    ],
    ['category B, 2026 → possible', 1200, 'B', false, '2026-06-01', false, true, 'C'],
    ['category A before 2028: not cited by the sheet → M', 1200, 'A', false, '2026-06-01', false, true, 'M'],
    ['2028, 1 999 inhabitants, category B → possible', 1999, 'B', false, '2028-03-01', false, true, 'C'],
    ['2028, 2 000 inhabitants, category B → A required', 2000, 'B', false, '2028-03-01', false, false, 'C'],
    ['2028, 2 000 inhabitants, category A → possible', 2000, 'A', false, '2028-03-01', false, true, 'C'],
    [
      '2028, 1 200 inhabitants, category A → possible (B at least)',
      1200,
      'A',
      false,
      '2028-03-01',
      false,
      true,
      'C',
    ],
    ['3 499 inhabitants, category B, 2026 → possible', 3499, 'B', false, '2026-06-01', false, true, 'C'],
    ['3 500 inhabitants → no SGM', 3500, 'B', false, '2026-06-01', false, false, 'C'],
    [
      'the maire named a DGS → no SGM (P: exception read as exclusion)',
      1200,
      'B',
      false,
      '2026-06-01',
      true,
      false,
      'P',
    ],
  ])('%s', (_point, population, categorie, grade, date, dgs, expected, confidence) => {
    expect(runRh(nomination(population, categorie, grade, date, dgs))).toMatchObject({
      kind: 'nomination-sgm',
      possible: expected,
      confidence,
    });
  });

  it('from 2028 the references add loi 2023-1380 art. 1', () => {
    expect(runRh(nomination(1500, 'B', false, '2028-01-01')).references).toEqual([
      'CGCT L2122-19-1',
      'loi 2023-1380 art. 1',
    ]);
    expect(runRh(nomination(1500, 'B', false, '2026-01-01')).references).toEqual(['CGCT L2122-19-1']);
  });

  it('a possible nomination lists the 15 days of first-post training and the CNFPT', () => {
    expect((runRh(nomination(1500, 'C', true, '2026-11-15')).obligations as string[]).join(' ')).toContain(
      '15 jours dans l’année',
    );
  });

  it.each([
    [
      'date before the loi 2023-1380',
      nomination(1200, 'B', false, '2023-12-31'),
      'hors de la période couverte',
    ],
    ['category D', nomination(1200, 'D', false, '2026-06-01'), 'catégorie attendue'],
    ['impossible date', nomination(1200, 'B', false, '2026-04-31'), 'date réelle'],
    ['population in decimals', nomination(1200.5, 'B', false, '2026-06-01'), 'nombre entier'],
  ])('malformed: %s', (_point, raw, fragment) => {
    expect(rhError(raw)).toContain(fragment);
  });
});
