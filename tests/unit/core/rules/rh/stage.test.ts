import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rhError, runRh } from './helpers';

const stage = (dureeStageMois: number, moisEcoules: number, motif: string) => ({
  kind: 'stage',
  dureeStageMois,
  moisEcoules,
  motif,
});

describe('stage — licenciementPossible, avisCapRequis (CGFP L327-1, R327-10)', () => {
  it.each([
    [
      'case §8.9: insufficiency at month 4 of a 1-year stage → not before half',
      12,
      4,
      'insuffisance',
      false,
      'aucune',
      'C',
    ],
    [
      'insufficiency at month 7 of 12 → possible, after the CAP',
      12,
      7,
      'insuffisance',
      true,
      'licenciement-en-cours-de-stage',
      'C',
    ],
    [
      'insufficiency at exactly half (6 of 12) → possible but M (« après la moitié »)',
      12,
      6,
      'insuffisance',
      true,
      'licenciement-en-cours-de-stage',
      'M',
    ],
    ['6-month stage after promotion interne, month 2 → not yet', 6, 2, 'insuffisance', false, 'aucune', 'C'],
    [
      'disciplinary fault at month 1 → possible at any time',
      12,
      1,
      'faute',
      true,
      'licenciement-en-cours-de-stage',
      'C',
    ],
    [
      'disciplinary fault on day one (0 month) → possible',
      12,
      0,
      'faute',
      true,
      'licenciement-en-cours-de-stage',
      'C',
    ],
    [
      'end of stage (12 of 12): refusal of titularisation',
      12,
      12,
      'insuffisance',
      true,
      'refus-de-titularisation',
      'C',
    ],
    [
      'prolonged stage (20 of 12) → refusal of titularisation',
      12,
      20,
      'insuffisance',
      true,
      'refus-de-titularisation',
      'C',
    ],
  ])('%s', (_point, duree, ecoules, motif, possible, voie, confidence) => {
    expect(runRh(stage(duree, ecoules, motif))).toMatchObject({
      licenciementPossible: possible,
      avisCapRequis: true,
      voie,
      confidence,
      references: ['CGFP L327-1', 'CGFP R327-10'],
    });
  });

  it('insufficiency: once possible, dismissal stays possible as months go by', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 36 }), fc.nat(72), fc.nat(72), (duree, a, b) => {
        const [early, late] = [Math.min(a, b, 2 * duree), Math.min(Math.max(a, b), 2 * duree)];
        const earlyOut = runRh(stage(duree, early, 'insuffisance'));
        const lateOut = runRh(stage(duree, late, 'insuffisance'));
        return !earlyOut.licenciementPossible || lateOut.licenciementPossible === true;
      }),
    );
  });

  it.each([
    ['elapsed beyond twice the normal duration', stage(12, 25, 'insuffisance'), 'plus du double'],
    ['negative months', stage(12, -1, 'faute'), 'positif ou nul'],
    ['unknown motive', stage(12, 3, 'absence'), 'motif attendu'],
    ['stage of 0 month', stage(0, 0, 'faute'), 'strictement positif'],
    ['stage of 4 years', stage(48, 3, 'faute'), '36 mois au plus'],
  ])('malformed: %s', (_point, raw, fragment) => {
    expect(rhError(raw)).toContain(fragment);
  });
});
