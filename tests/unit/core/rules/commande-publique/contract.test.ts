import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandePubliqueRuleDomain } from '../../../../../src/core/rules/commande-publique';

const FIXTURES = join(__dirname, '../../../../fixtures/rules/commande-publique');

/** Parses then evaluates, as the `rules` command does. */
function run(raw: unknown): unknown {
  const parsed = commandePubliqueRuleDomain.parseCase(raw);
  return parsed.ok ? commandePubliqueRuleDomain.evaluate(parsed.value) : { error: parsed.error };
}

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

describe('the `rules commande-publique` contract (issue 10)', () => {
  it('is the domain `commande-publique`', () => {
    expect(commandePubliqueRuleDomain.id).toBe('commande-publique');
  });

  it('reproduces the issue’s example exactly', () => {
    const output = run({
      launchDate: '2026-09-15',
      nature: 'services',
      lots: [{ annualHT: 20000 }, { annualHT: 15000 }],
      years: 2,
      renewalYears: 1,
    });
    expect(output).toMatchObject({
      estimatedValueHT: 105000,
      procedure: 'adaptee',
      publicite: 'boamp_ou_jal',
      thresholds: { dispenseHT: 60000, boampHT: 90000, formaliseHT: 216000 },
      environmentalCriterionRequired: true,
      references: ['CCP R2122-8', 'CCP R2131-12', 'CCP L2152-7'],
    });
    // The contract's fields come first, in its order; extra fields follow.
    expect(Object.keys(output as object).slice(0, 6)).toEqual([
      'estimatedValueHT',
      'procedure',
      'publicite',
      'thresholds',
      'environmentalCriterionRequired',
      'references',
    ]);
    expect(JSON.stringify(output)).toContain(
      '{"estimatedValueHT":105000,"procedure":"adaptee","publicite":"boamp_ou_jal",' +
        '"thresholds":{"dispenseHT":60000,"boampHT":90000,"formaliseHT":216000},' +
        '"environmentalCriterionRequired":true,"references":["CCP R2122-8","CCP R2131-12","CCP L2152-7"]',
    );
  });
});

describe('case files', () => {
  it.each([
    [
      'exemple-contrat.json',
      {
        estimatedValueHT: 105_000,
        procedure: 'adaptee',
        publicite: 'boamp_ou_jal',
        lotValuesHT: [60_000, 45_000],
      },
    ],
    [
      'services-avant-avril-2026.json',
      {
        estimatedValueHT: 50_000,
        procedure: 'adaptee',
        publicite: 'libre_adaptee',
        thresholds: { dispenseHT: 40_000, boampHT: 90_000, formaliseHT: 216_000 },
        environmentalCriterionRequired: false,
        references: ['CCP R2122-8', 'CCP R2131-12'],
      },
    ],
    [
      'fournitures-tondeuse.json',
      {
        estimatedValueHT: 28_000,
        procedure: 'sans_publicite',
        publicite: 'aucune_obligatoire',
        environmentalCriterionRequired: false,
        references: ['CCP R2122-8'],
      },
    ],
    [
      'travaux-toiture-eglise.json',
      {
        estimatedValueHT: 93_000,
        procedure: 'sans_publicite',
        publicite: 'aucune_obligatoire',
        thresholds: { dispenseHT: 100_000, boampHT: 90_000, formaliseHT: 5_404_000 },
        environmentalCriterionRequired: true,
        references: ['CCP R2122-8', 'CCP L2152-7'],
      },
    ],
    [
      'travaux-avant-2026.json',
      {
        estimatedValueHT: 150_000,
        procedure: 'adaptee',
        publicite: 'boamp_ou_jal',
        thresholds: { dispenseHT: 100_000, boampHT: 90_000, formaliseHT: 5_538_000 },
        environmentalCriterionRequired: false,
        references: ['décret 2022-1683 art. 6', 'CCP R2131-12'],
      },
    ],
    [
      'services-formalisee.json',
      {
        estimatedValueHT: 232_000,
        procedure: 'formalisee',
        publicite: 'boamp_et_joue',
        categorie: 'standard',
        publiciteEuropeenneObligatoire: true,
        publiciteConfidence: 'confirmed',
        references: ['CCP R2124-1', 'CCP R2131-16', 'CCP L2152-7'],
      },
    ],
    [
      'cantine-sss-2026-09-15.json',
      {
        estimatedValueHT: 228_000,
        procedure: 'adaptee',
        categorie: 'sss',
        publiciteEuropeenneObligatoire: false,
        publiciteConfidence: 'uncertain',
        references: ['CCP R2122-8', 'CCP R2123-1 3°', 'CCP L2152-7'],
      },
    ],
  ])('%s', (name, expected) => {
    expect(run(fixture(name))).toMatchObject(expected);
  });

  it('malformed.json gives one French error naming each faulty field', () => {
    expect(run(fixture('malformed.json'))).toEqual({
      error:
        'launchDate : Date invalide : « 2026-13-01 » (attendu AAAA-MM-JJ). ; ' +
        'lots : lot n° 1 : donner soit « annualHT », soit « totalHT », pas les deux.',
    });
  });

  it('every case file in the folder is covered above', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual([
      'cantine-sss-2026-09-15.json',
      'exemple-contrat.json',
      'fournitures-tondeuse.json',
      'malformed.json',
      'services-avant-avril-2026.json',
      'services-formalisee.json',
      'travaux-avant-2026.json',
      'travaux-toiture-eglise.json',
    ]);
  });
});

describe('parseCase', () => {
  it.each([
    [null, /objet attendu/],
    [{ launchDate: '2026-09-15', nature: 'bois', lots: [{ totalHT: 1 }] }, /^nature : nature attendue/],
    [{ launchDate: '2026-09-15', nature: 'services', lots: [{ annualHT: 1000 }] }, /^years : « years »/],
    [
      { launchDate: '2026-09-15', nature: 'services', lots: [{ totalHT: '1000' }] },
      /^lots\[0\]\.totalHT : montant total HT attendu/,
    ],
    [
      { launchDate: '2026-09-15', nature: 'services', lots: [{ totalHT: 1000 }], renewalyears: 1 },
      /Clé non reconnue : "renewalyears"/,
    ],
    [
      { launchDate: '2028-03-01', nature: 'travaux', lots: [{ totalHT: 1000 }] },
      /^launchDate : Date hors de la période couverte/,
    ],
    [
      { launchDate: '2026-09-15', nature: 'services', categorie: 'social', lots: [{ totalHT: 1 }] },
      /^categorie : catégorie attendue : « standard » ou « sss »/,
    ],
    [
      { launchDate: '2026-09-15', nature: 'travaux', categorie: 'sss', lots: [{ totalHT: 1 }] },
      /^categorie : Un service social et autre service spécifique est un marché de services/,
    ],
  ])('refuses %j', (raw, message) => {
    const parsed = commandePubliqueRuleDomain.parseCase(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('defaults renewalYears to 0', () => {
    const parsed = commandePubliqueRuleDomain.parseCase({
      launchDate: '2026-09-15',
      nature: 'services',
      lots: [{ annualHT: 1000 }],
      years: 1,
    });
    expect(parsed.ok && parsed.value.renewalYears).toBe(0);
  });

  it('defaults categorie to standard', () => {
    const parsed = commandePubliqueRuleDomain.parseCase({
      launchDate: '2026-09-15',
      nature: 'services',
      lots: [{ totalHT: 1000 }],
    });
    expect(parsed.ok && parsed.value.categorie).toBe('standard');
  });
});
