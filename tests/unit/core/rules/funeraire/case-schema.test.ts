import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../../../src/core/dates';
import { funeraireRuleDomain } from '../../../../../src/core/rules/funeraire';
import { errorOf, run } from './helpers';

const FIXTURES = join(__dirname, '../../../../fixtures/rules/funeraire');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

describe('malformed funeraire cases: one French message naming the field', () => {
  it.each<[string, unknown, string]>([
    [
      'no kind',
      { decesDate: '2026-11-07' },
      'kind : kind attendu : inhumation, concession, droit-inhumation',
    ],
    ['unknown kind', { kind: 'exhumation' }, 'kind : kind attendu'],
    ['empty object', {}, 'kind : kind attendu'],
    ['null', null, 'kind attendu'],
    ['inhumation — missing date', { kind: 'inhumation' }, 'decesDate : date attendue'],
    [
      'inhumation — impossible date 2026-02-30',
      { kind: 'inhumation', decesDate: '2026-02-30' },
      'decesDate : date impossible',
    ],
    [
      'inhumation — 29 February of a common year',
      { kind: 'inhumation', decesDate: '2027-02-29' },
      'decesDate : date impossible',
    ],
    [
      'décret 2024-790 — death before 12 July 2024: old délai not modelled',
      { kind: 'inhumation', decesDate: '2024-07-11' },
      'décès antérieur au 12 juillet 2024',
    ],
    [
      'inhumation — planned before the death',
      { kind: 'inhumation', decesDate: '2026-11-07', inhumationPrevueDate: '2026-11-06' },
      'inhumationPrevueDate : date antérieure au décès',
    ],
    [
      'concession — duration in words',
      { kind: 'concession', dureeAns: 'trente', acteDate: '2000-01-01', questionDate: '2026-11-16' },
      'dureeAns : durée attendue',
    ],
    [
      'concession — duration 0',
      { kind: 'concession', dureeAns: 0, acteDate: '2000-01-01', questionDate: '2026-11-16' },
      'dureeAns : durée attendue',
    ],
    [
      'concession — 2.5 years',
      { kind: 'concession', dureeAns: 2.5, acteDate: '2000-01-01', questionDate: '2026-11-16' },
      'dureeAns : durée attendue',
    ],
    [
      'concession — question before the acte',
      { kind: 'concession', dureeAns: 30, acteDate: '2000-01-01', questionDate: '1999-12-31' },
      'questionDate : date antérieure à l’acte',
    ],
    [
      'concession — perpetual with a term',
      {
        kind: 'concession',
        dureeAns: 'perpetuelle',
        acteDate: '2000-01-01',
        questionDate: '2026-11-16',
        echeanceDate: '2030-01-01',
      },
      'echeanceDate : une concession perpétuelle n’a pas d’échéance',
    ],
    [
      'concession — burial after the question',
      {
        kind: 'concession',
        dureeAns: 30,
        acteDate: '2000-01-01',
        questionDate: '2026-11-16',
        derniereInhumationDate: '2026-12-01',
      },
      'derniereInhumationDate : inhumation postérieure',
    ],
    [
      'concession — acte before 1800',
      { kind: 'concession', dureeAns: 'perpetuelle', acteDate: '1799-12-31', questionDate: '2026-11-16' },
      'acteDate : date hors de la période couverte',
    ],
    [
      'droit-inhumation — a bool given as text',
      {
        kind: 'droit-inhumation',
        decedeDansCommune: 'oui',
        domicilieDansCommune: false,
        sepultureFamilleDansCommune: false,
        francaisEtablisHorsDeFranceInscrit: false,
      },
      'decedeDansCommune : booléen attendu',
    ],
    [
      'droit-inhumation — a missing bool',
      {
        kind: 'droit-inhumation',
        decedeDansCommune: true,
        domicilieDansCommune: false,
        sepultureFamilleDansCommune: false,
      },
      'francaisEtablisHorsDeFranceInscrit : booléen attendu',
    ],
    [
      'unknown key — a typo is never ignored',
      { kind: 'inhumation', decesDate: '2026-11-07', deces: '2026-11-07' },
      'Clé non reconnue',
    ],
    ['the malformed case file', fixture('malformed.json'), 'dureeAns : durée attendue'],
  ])('%s', (_point, raw, message) => {
    expect(errorOf(raw)).toContain(message);
  });

  it('any real date of the range always parses as a death date (property)', () => {
    const day = fc.integer({ min: toDayNumber('2024-07-12'), max: toDayNumber('2100-12-31') });
    fc.assert(
      fc.property(day, (d) => {
        expect(funeraireRuleDomain.parseCase({ kind: 'inhumation', decesDate: fromDayNumber(d) }).ok).toBe(
          true,
        );
      }),
    );
  });
});

describe('the `rules funeraire` contract (issue 22): one case file per kind', () => {
  it.each<[string, string, string[], Record<string, unknown>]>([
    [
      'R2213-33 — game case 4',
      'inhumation-samedi.json',
      ['auPlusTard', 'references'],
      { auPlusTard: '2026-11-21', references: ['CGCT R2213-33'], kind: 'inhumation' },
    ],
    [
      'L2223-15 — game case 5',
      'concession-trentenaire-echue.json',
      [
        'dureeLegale',
        'reprisePourNonRenouvellementPossible',
        'renouvellementPossibleJusquau',
        'procedureAbandonPossible',
        'references',
      ],
      {
        dureeLegale: true,
        reprisePourNonRenouvellementPossible: false,
        renouvellementPossibleJusquau: '2027-06-01',
        procedureAbandonPossible: false,
      },
    ],
    [
      'L2223-17 — game case 6',
      'concession-perpetuelle-2000.json',
      ['dureeLegale', 'reprisePourNonRenouvellementPossible'],
      {
        renouvellementPossibleJusquau: null,
        procedureAbandonPossible: false,
        procedureAbandonPossibleAPartirDu: '2030-05-11',
      },
    ],
    [
      'L2223-3 — domiciled in the commune',
      'droit-inhumation-domicile.json',
      ['droit', 'references'],
      { droit: true, references: ['CGCT L2223-3'], confidence: 'C' },
    ],
  ])('%s', (_point, name, firstKeys, expected) => {
    const output = run(fixture(name));
    expect(Object.keys(output).slice(0, firstKeys.length)).toEqual(firstKeys);
    expect(output).toMatchObject(expected);
    expect(['C', 'P', 'M']).toContain(output.confidence);
  });
});
