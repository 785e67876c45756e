import { describe, expect, it } from 'vitest';
import { rhError, runRh } from './helpers';

describe('titularisation — titularisationPossible (CGFP L422-21 ; décret 2008-512)', () => {
  it.each([
    [
      'case §8.10: category C without concours, no formation d’intégration → impossible',
      'sans-concours-c',
      false,
      false,
      true,
    ],
    ['category C without concours, formation followed → possible', 'sans-concours-c', true, true, true],
    ['laureate of a concours without the formation → impossible', 'concours', false, false, true],
    ['laureate of a concours with the formation → possible', 'concours', true, true, true],
    [
      'promotion interne: the formation d’intégration is not due → possible',
      'promotion-interne',
      false,
      true,
      false,
    ],
  ])('%s', (_point, recrutement, suivie, possible, requise) => {
    expect(runRh({ kind: 'titularisation', recrutement, formationIntegrationSuivie: suivie })).toMatchObject({
      titularisationPossible: possible,
      formationIntegrationRequise: requise,
      references: ['CGFP L422-21', 'décret 2008-512'],
      confidence: 'C',
    });
  });

  it('malformed: unknown recruitment', () => {
    expect(
      rhError({ kind: 'titularisation', recrutement: 'detachement', formationIntegrationSuivie: true }),
    ).toContain('recrutement attendu');
  });
});

describe('pieces-recrutement — certificatMedicalExige, bulletinB2Exige (CGFP L321-1, R321-1)', () => {
  it.each([
    [
      'case §8.12: direct recruitment → no medical certificate since 26 November 2022, B2 checked',
      { mutation: false },
      false,
      true,
      'C',
    ],
    ['mutation → no certificate, no new B2 check', { mutation: true }, false, false, 'C'],
    [
      'particular health conditions of a statut particulier → check due (P: its form)',
      { mutation: false, conditionsSanteParticulieres: true },
      true,
      true,
      'P',
    ],
    [
      'particular conditions declared false → as the general case',
      { mutation: false, conditionsSanteParticulieres: false },
      false,
      true,
      'C',
    ],
  ])('%s', (_point, patch, certificat, b2, confidence) => {
    const out = runRh({ kind: 'pieces-recrutement', ...patch });
    expect(out).toMatchObject({ certificatMedicalExige: certificat, bulletinB2Exige: b2, confidence });
    expect(out.references).toContain('CGFP R321-1');
  });

  it('malformed: mutation missing', () => {
    expect(rhError({ kind: 'pieces-recrutement' })).toContain('mutation');
  });
});
