import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rhError, runRh } from './helpers';

const contrat = (population: number, besoin: string, dureeMois: number, extra: object = {}) => ({
  kind: 'contrat',
  population,
  besoin,
  dureeMois,
  ...extra,
});

describe('contrat — fondement, dureeMaxMois, dureeAdmise (CGFP L332-8 to L332-26)', () => {
  it.each([
    [
      'case §8.6: 800 inhabitants, permanent post → L332-8 3°, 3 years',
      800,
      'emploi-permanent',
      36,
      'CGFP L332-8 3°',
      36,
      true,
    ],
    [
      '999 inhabitants: still « moins de 1 000 » → 3°',
      999,
      'emploi-permanent',
      12,
      'CGFP L332-8 3°',
      36,
      true,
    ],
    [
      '1 000 inhabitants: 3° no longer applies → 2°, failed recruitment to show',
      1000,
      'emploi-permanent',
      36,
      'CGFP L332-8 2°',
      36,
      true,
    ],
    ['Saint-Aubin (1 200): permanent post → 2°', 1200, 'emploi-permanent', 24, 'CGFP L332-8 2°', 36, true],
    ['permanent post, 37 months → beyond 3 years', 800, 'emploi-permanent', 37, 'CGFP L332-8 3°', 36, false],
    ['SGM of 1 200 inhabitants → L332-8 7°', 1200, 'sgm', 36, 'CGFP L332-8 7°', 36, true],
    ['SGM of 1 999 inhabitants → 7°', 1999, 'sgm', 36, 'CGFP L332-8 7°', 36, true],
    ['SGM of 2 000 inhabitants → 7° no longer, 2° (P)', 2000, 'sgm', 36, 'CGFP L332-8 2°', 36, true],
    ['SGM of 3 500 inhabitants → no SGM, no basis', 3500, 'sgm', 12, null, null, false],
    [
      'replacement, absence not given → L332-13, limited by the absence',
      1200,
      'remplacement',
      10,
      'CGFP L332-13',
      null,
      true,
    ],
    [
      'replacement of 10 months for a 6-month absence → refused',
      1200,
      'remplacement',
      10,
      'CGFP L332-13',
      6,
      false,
    ],
    ['temporary vacancy: 1 year → L332-14', 1200, 'vacance-temporaire', 12, 'CGFP L332-14', 12, true],
    [
      'temporary vacancy: 13 months → beyond 1 year',
      1200,
      'vacance-temporaire',
      13,
      'CGFP L332-14',
      12,
      false,
    ],
    [
      'temporary increase: 12 months → L332-23',
      1200,
      'accroissement-temporaire',
      12,
      'CGFP L332-23',
      12,
      true,
    ],
    [
      'temporary increase: 12.5 months → refused',
      1200,
      'accroissement-temporaire',
      12.5,
      'CGFP L332-23',
      12,
      false,
    ],
    [
      'seasonal: 6 months, exactly the maximum → admitted',
      1200,
      'accroissement-saisonnier',
      6,
      'CGFP L332-23',
      6,
      true,
    ],
    [
      'case §8.8: seasonal contract of 8 months → refused',
      1200,
      'accroissement-saisonnier',
      8,
      'CGFP L332-23',
      6,
      false,
    ],
    ['contrat de projet of 6 years → admitted', 1200, 'projet', 72, 'CGFP L332-24', 72, true],
    ['contrat de projet of 11 months → under 1 year, refused', 1200, 'projet', 11, 'CGFP L332-24', 72, false],
    ['contrat de projet of 73 months → beyond 6 years', 1200, 'projet', 73, 'CGFP L332-24', 72, false],
  ])('%s', (_point, population, besoin, dureeMois, fondement, dureeMaxMois, dureeAdmise) => {
    const extra =
      besoin === 'remplacement' && dureeMaxMois !== null ? { dureeAbsenceMois: dureeMaxMois } : {};
    expect(runRh(contrat(population, besoin, dureeMois, extra))).toMatchObject({
      kind: 'contrat',
      fondement,
      dureeMaxMois,
      dureeAdmise,
    });
  });

  it('2° at 1 000 inhabitants and more lists the failed recruitment among its conditions', () => {
    expect(runRh(contrat(1200, 'emploi-permanent', 36)).conditions).toContain(
      'constat préalable que le recrutement d’un fonctionnaire a échoué',
    );
    expect(runRh(contrat(800, 'emploi-permanent', 36)).conditions).not.toContain(
      'constat préalable que le recrutement d’un fonctionnaire a échoué',
    );
  });

  it('a SGM contract from 2 000 inhabitants rests on an inference: P, never C', () => {
    expect(runRh(contrat(2500, 'sgm', 36))).toMatchObject({ confidence: 'P' });
    expect(runRh(contrat(1200, 'sgm', 36))).toMatchObject({ confidence: 'C', references: ['CGFP L332-8'] });
  });

  it('a contrat de projet opens neither a CDI nor a titularisation', () => {
    expect(runRh(contrat(1200, 'projet', 24)).renouvellement).toContain('ni à un CDI ni à la titularisation');
  });

  it('dureeAdmise is exactly « within the basis’ bounds »', () => {
    const besoins = [
      'emploi-permanent',
      'sgm',
      'vacance-temporaire',
      'accroissement-temporaire',
      'accroissement-saisonnier',
      'projet',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3499 }),
        fc.constantFrom(...besoins),
        fc.integer({ min: 1, max: 120 }),
        (population, besoin, months) => {
          const out = runRh(contrat(population, besoin, months));
          const max = out.dureeMaxMois as number;
          const min = (out.dureeMinMois as number | null) ?? 0;
          return out.dureeAdmise === (months <= max && months >= min);
        },
      ),
    );
  });
});

describe('contrat — malformed cases', () => {
  it.each([
    ['unknown need', contrat(1200, 'stage', 12), 'besoin attendu'],
    ['duration 0', contrat(1200, 'projet', 0), 'strictement positif'],
    ['negative population', contrat(-1, 'projet', 12), 'population négative'],
    ['population as text', { ...contrat(0, 'projet', 12), population: '1200' }, 'population attendue'],
    ['a century-long contract', contrat(1200, 'projet', 1201), 'hors de proportion'],
    ['missing duration', { kind: 'contrat', population: 1200, besoin: 'projet' }, 'dureeMois'],
  ])('%s', (_point, raw, fragment) => {
    expect(rhError(raw)).toContain(fragment);
  });

  it('accepts a commune of 0 inhabitants (3°) and a duration in decimals', () => {
    expect(runRh(contrat(0, 'emploi-permanent', 1.5))).toMatchObject({
      fondement: 'CGFP L332-8 3°',
      dureeAdmise: true,
    });
  });
});
