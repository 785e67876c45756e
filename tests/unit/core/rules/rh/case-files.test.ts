import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RH_KINDS, rhRuleDomain } from '../../../../../src/core/rules/rh';
import { rhError, runRh } from './helpers';

const FIXTURES = join(__dirname, '../../../../fixtures/rules/rh');

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

describe('the `rules rh` domain (issue 21)', () => {
  it('is the domain `rh`, with the seven kinds of the contract', () => {
    expect(rhRuleDomain.id).toBe('rh');
    expect(RH_KINDS).toEqual([
      'entretien',
      'contrat',
      'publication',
      'nomination-sgm',
      'stage',
      'titularisation',
      'pieces-recrutement',
    ]);
  });

  it.each([
    ['no kind', { mutation: true }, 'kind : champ requis'],
    ['an unknown kind', { kind: 'mutation' }, 'kind : « mutation » inconnu'],
    ['a JSON array', [], 'objet JSON attendu'],
    ['null', null, 'objet JSON attendu'],
    ['a number', 42, 'objet JSON attendu'],
    ['an empty object', {}, 'kind : champ requis'],
  ])('refuses %s with one French message', (_point, raw, fragment) => {
    expect(rhError(raw)).toContain(fragment);
  });
});

describe('case files (tests/fixtures/rules/rh)', () => {
  it.each([
    [
      'entretien-reconvoquer.json',
      {
        kind: 'entretien',
        droitEntretien: true,
        convocationReguliere: false,
        revisionRecevable: null,
        capRecevable: false,
        instance: 'CAP',
        confidence: 'C',
      },
    ],
    [
      'entretien-contractuel-ccp.json',
      {
        kind: 'entretien',
        droitEntretien: true,
        convocationReguliere: true,
        revisionRecevable: true,
        capRecevable: true,
        instance: 'CCP',
        confidence: 'C',
      },
    ],
    [
      'contrat-saisonnier-8-mois.json',
      { fondement: 'CGFP L332-23', dureeMaxMois: 6, dureeAdmise: false, references: ['CGFP L332-23'] },
    ],
    [
      'contrat-emploi-permanent-800-hab.json',
      { fondement: 'CGFP L332-8 3°', dureeMaxMois: 36, dureeAdmise: true, references: ['CGFP L332-8'] },
    ],
    [
      'publication-trop-tot.json',
      { publicationSuffisante: false, references: ['CGFP L313-4', 'CGFP D311-2'] },
    ],
    ['nomination-sgm-adjoint-principal.json', { possible: true, references: ['CGCT L2122-19-1'] }],
    ['stage-insuffisance-4e-mois.json', { licenciementPossible: false, avisCapRequis: true }],
    ['titularisation-sans-formation.json', { titularisationPossible: false }],
    ['pieces-recrutement-certificat.json', { certificatMedicalExige: false, bulletinB2Exige: true }],
  ])('%s', (name, expected) => {
    expect(runRh(fixture(name))).toMatchObject(expected);
  });

  it('has one valid case file per kind, plus the malformed one', () => {
    const files = readdirSync(FIXTURES).filter((name) => name !== 'malformed.json');
    const kinds = new Set(files.map((name) => (fixture(name) as { kind: string }).kind));
    expect([...kinds].sort()).toEqual([...RH_KINDS].sort());
  });

  it('malformed.json: impossible date, missing nomination date, urgency as text, in one French message', () => {
    const message = rhError(fixture('malformed.json'));
    expect(message).toContain('publicationDate : date de publication de la vacance invalide');
    expect(message).toContain('nominationDate');
    expect(message).toContain('urgence : booléen attendu');
  });

  it('every output carries references, a confidence mark and a French explanation', () => {
    for (const name of readdirSync(FIXTURES).filter((file) => file !== 'malformed.json')) {
      const out = runRh(fixture(name));
      expect((out.references as string[]).length, name).toBeGreaterThan(0);
      expect(['C', 'P', 'M'], name).toContain(out.confidence);
      expect(typeof out.explication, name).toBe('string');
    }
  });
});
