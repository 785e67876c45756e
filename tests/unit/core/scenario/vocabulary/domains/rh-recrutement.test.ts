import { describe, expect, it } from 'vitest';
import { evaluateContrat, type ContratCase } from '../../../../../../src/core/rules/rh';
import { resolveValue } from '../../../../../../src/core/scenario/runtime/values';
import { rhCalculators } from '../../../../../../src/core/scenario/vocabulary/domains/rh';
import {
  dureeId,
  fondementId,
  recrutementOutcome,
  rhRecrutementCalculators,
} from '../../../../../../src/core/scenario/vocabulary/domains/rh-recrutement';
import { calculators } from '../../../../../../src/core/scenario/vocabulary/registry';

type Args = Record<string, string | number | boolean>;

/** Computes a calculator as a scenario would (arguments checked by its schema); undefined when refused. */
const compute = (rule: string, args: Args) => resolveValue({ rule, args }, {});

describe('rh recruitment calculators: registered through rhCalculators', () => {
  it('every recruitment calculator is in rhCalculators and in the registry, the entretien ones kept', () => {
    for (const name of Object.keys(rhRecrutementCalculators)) {
      expect(Object.keys(rhCalculators)).toContain(name);
      expect(calculators[name as keyof typeof calculators], name).toBeDefined();
    }
    for (const name of ['rh.droitEntretien', 'rh.convocation', 'rh.revision', 'rh.saisineCap'])
      expect(Object.keys(rhCalculators)).toContain(name);
  });

  it('only a confirmed answer is scored: P and M come out incertain', () => {
    expect(recrutementOutcome(true, 'C')).toBe('oui');
    expect(recrutementOutcome(false, 'C')).toBe('non');
    expect(recrutementOutcome(true, 'P')).toBe('incertain');
    expect(recrutementOutcome(false, 'M')).toBe('incertain');
  });
});

describe('rh.fondementContrat and rh.dureeContrat: the legal basis of a contract (CGFP L332-8 to L332-26)', () => {
  it.each<[string, number, string, string, string]>([
    ['any post of a commune of 800 inhabitants', 800, 'emploi-permanent', 'l332-8-3', 'permanent-3-6'],
    ['999 inhabitants: still under 1 000', 999, 'emploi-permanent', 'l332-8-3', 'permanent-3-6'],
    ['1 000 inhabitants: the 3° no longer applies', 1000, 'emploi-permanent', 'l332-8-2', 'permanent-3-6'],
    [
      'Saint-Aubin (1 200): a permanent post on the 2°',
      1200,
      'emploi-permanent',
      'l332-8-2',
      'permanent-3-6',
    ],
    ['the SGM of a commune of 1 200', 1200, 'sgm', 'l332-8-7', 'permanent-3-6'],
    ['the SGM of a commune of 1 999', 1999, 'sgm', 'l332-8-7', 'permanent-3-6'],
    ['the SGM of a commune of 2 000: the 2° is a reading (P)', 2000, 'sgm', 'incertain', 'incertain'],
    ['the SGM of a commune of 3 500: no SGM at all', 3500, 'sgm', 'aucun', 'aucun'],
    ['a replacement', 1200, 'remplacement', 'l332-13', 'absence'],
    ['a temporary vacancy', 1200, 'vacance-temporaire', 'l332-14', 'vacance-1-2'],
    ['a temporary increase', 1200, 'accroissement-temporaire', 'l332-23', 'temporaire-12-18'],
    ['a seasonal increase', 1200, 'accroissement-saisonnier', 'l332-23', 'saison-6-12'],
    ['a contrat de projet', 1200, 'projet', 'projet', 'projet-1-6'],
  ])('%s → %s, %s', (_, population, besoin, fondement, duree) => {
    expect(compute('rh.fondementContrat', { population, besoin })).toBe(fondement);
    expect(compute('rh.dureeContrat', { population, besoin })).toBe(duree);
  });

  it('the ids are read from the engine’s own fondement', () => {
    const result = evaluateContrat({
      kind: 'contrat',
      population: 800,
      besoin: 'emploi-permanent',
      dureeMois: 1,
    });
    expect(result.fondement).toBe('CGFP L332-8 3°');
    expect(fondementId(result)).toBe('l332-8-3');
    expect(dureeId(result, 'emploi-permanent')).toBe('permanent-3-6');
    const projet = evaluateContrat({ kind: 'contrat', population: 800, besoin: 'projet', dureeMois: 12 });
    expect(fondementId(projet)).toBe('projet');
  });

  it('refuses at load a case the rules command refuses: an unknown need, a negative population, a zero duration', () => {
    expect(compute('rh.fondementContrat', { population: 1200, besoin: 'stage' })).toBeUndefined();
    expect(compute('rh.fondementContrat', { population: -1, besoin: 'projet' })).toBeUndefined();
    expect(
      compute('rh.dureeContratAdmise', { population: 1200, besoin: 'projet', dureeMois: 0 }),
    ).toBeUndefined();
    expect(compute('rh.dureeContratAdmise', { population: 1200, besoin: 'projet' })).toBeUndefined();
  });
});

describe('rh.dureeContratAdmise: the longest contract, bounds inclusive', () => {
  it.each<[string, Args, string]>([
    ['seasonal, 6 months: the maximum', { besoin: 'accroissement-saisonnier', dureeMois: 6 }, 'oui'],
    ['seasonal, 8 months (case §8.8)', { besoin: 'accroissement-saisonnier', dureeMois: 8 }, 'non'],
    ['temporary increase, 12 months', { besoin: 'accroissement-temporaire', dureeMois: 12 }, 'oui'],
    ['temporary increase, 13 months', { besoin: 'accroissement-temporaire', dureeMois: 13 }, 'non'],
    ['temporary vacancy, 12 months', { besoin: 'vacance-temporaire', dureeMois: 12 }, 'oui'],
    ['temporary vacancy, 24 months at once', { besoin: 'vacance-temporaire', dureeMois: 24 }, 'non'],
    [
      'replacement within an absence of 4 months',
      { besoin: 'remplacement', dureeMois: 4, dureeAbsenceMois: 4 },
      'oui',
    ],
    [
      'replacement of 12 months for an absence of 4',
      { besoin: 'remplacement', dureeMois: 12, dureeAbsenceMois: 4 },
      'non',
    ],
    ['permanent post, 36 months', { besoin: 'emploi-permanent', dureeMois: 36 }, 'oui'],
    ['permanent post, 48 months at once', { besoin: 'emploi-permanent', dureeMois: 48 }, 'non'],
    ['contrat de projet of 8 months: under one year', { besoin: 'projet', dureeMois: 8 }, 'non'],
    ['contrat de projet of 72 months', { besoin: 'projet', dureeMois: 72 }, 'oui'],
  ])('%s → %s', (_, args, expected) => {
    expect(compute('rh.dureeContratAdmise', { population: 1200, ...args })).toBe(expected);
  });

  it('the longest first contract and the explanation come from the engine', () => {
    expect(compute('rh.dureeMaxContratMois', { population: 1200, besoin: 'accroissement-saisonnier' })).toBe(
      6,
    );
    expect(
      compute('rh.dureeMaxContratMois', { population: 1200, besoin: 'remplacement', dureeAbsenceMois: 4 }),
    ).toBe(4);
    expect(compute('rh.dureeMaxContratMois', { population: 1200, besoin: 'remplacement' })).toBe('');
    const explication = String(
      compute('rh.contratExplication', {
        population: 1200,
        besoin: 'accroissement-saisonnier',
        dureeMois: 8,
      }),
    );
    const engine = evaluateContrat({
      kind: 'contrat',
      population: 1200,
      besoin: 'accroissement-saisonnier',
      dureeMois: 8,
    } satisfies ContratCase);
    expect(explication).toBe(engine.explication);
    expect(explication).toContain('6 mois au plus sur 12 mois consécutifs');
  });
});

describe('rh.publicationSuffisante: one month of publication, save urgency (CGFP L313-4, D311-2)', () => {
  it.each<[string, Args, string]>([
    [
      'published on 1 September, nomination on the 8th (case §8.7)',
      { publicationDate: '2027-09-01', nominationDate: '2027-09-08', urgence: false },
      'non',
    ],
    [
      'published on 2 March, nomination on the 10th: the scenario’s maire',
      { publicationDate: '2027-03-02', nominationDate: '2027-03-10', urgence: false },
      'non',
    ],
    [
      'a month and two weeks later',
      { publicationDate: '2027-03-02', nominationDate: '2027-04-16', urgence: false },
      'oui',
    ],
    [
      'on the same day of the next month: one reading says yes, a jours-francs one no (§7.2)',
      { publicationDate: '2027-03-02', nominationDate: '2027-04-02', urgence: false },
      'incertain',
    ],
    [
      'urgency waives the month, not the publicity',
      { publicationDate: '2027-03-02', nominationDate: '2027-03-10', urgence: true },
      'oui',
    ],
    [
      'a nomination before any publication, even urgent',
      { publicationDate: '2027-03-02', nominationDate: '2027-03-01', urgence: true },
      'non',
    ],
  ])('%s → %s', (_, args, expected) => {
    expect(compute('rh.publicationSuffisante', args)).toBe(expected);
  });

  it('the first day of a nomination without urgency is displayed, from quantième to quantième', () => {
    expect(compute('rh.premierJourNomination', { publicationDate: '2027-03-02' })).toBe('2027-04-02');
    expect(compute('rh.premierJourNomination', { publicationDate: '2027-01-31' })).toBe('2027-02-28');
    expect(compute('rh.premierJourNomination', { publicationDate: '2027-02-30' })).toBeUndefined();
  });
});

describe('rh.bulletinB2 and rh.certificatMedical: the documents of a nomination (CGFP L321-1, R321-1)', () => {
  it('the bulletin n° 2 is checked at a nomination, not on a mutation', () => {
    expect(compute('rh.bulletinB2', { mutation: false })).toBe('a-verifier');
    expect(compute('rh.bulletinB2', { mutation: true })).toBe('pas-requis');
  });

  it('no medical certificate since 26 November 2022; particular health conditions are not scored', () => {
    expect(compute('rh.certificatMedical', { mutation: false })).toBe('pas-requis');
    expect(compute('rh.certificatMedical', { mutation: true })).toBe('pas-requis');
    expect(compute('rh.certificatMedical', { mutation: false, conditionsSanteParticulieres: true })).toBe(
      'incertain',
    );
    expect(compute('rh.certificatMedical', { mutation: 'non' })).toBeUndefined();
  });
});

describe('rh.titularisationPossible and rh.licenciementStage: the stage (CGFP L327-1, R327-10, L422-21)', () => {
  it.each<[string, Args, string]>([
    [
      'category C without concours, formation done',
      { recrutement: 'sans-concours-c', formationIntegrationSuivie: true },
      'oui',
    ],
    [
      'category C without concours, no formation (case §8.10)',
      { recrutement: 'sans-concours-c', formationIntegrationSuivie: false },
      'non',
    ],
    [
      'laureate of a concours, no formation',
      { recrutement: 'concours', formationIntegrationSuivie: false },
      'non',
    ],
    [
      'promotion interne: no formation d’intégration due',
      { recrutement: 'promotion-interne', formationIntegrationSuivie: false },
      'oui',
    ],
  ])('%s → %s', (_, args, expected) => {
    expect(compute('rh.titularisationPossible', args)).toBe(expected);
  });

  it.each<[string, Args, string]>([
    [
      'insufficiency at the 4th month of a one-year stage (case §8.9)',
      { dureeStageMois: 12, moisEcoules: 4, motif: 'insuffisance' },
      'non',
    ],
    [
      'insufficiency at exactly half: never scored',
      { dureeStageMois: 12, moisEcoules: 6, motif: 'insuffisance' },
      'incertain',
    ],
    ['insufficiency at the 7th month', { dureeStageMois: 12, moisEcoules: 7, motif: 'insuffisance' }, 'oui'],
    ['a disciplinary fault at the 2nd month', { dureeStageMois: 12, moisEcoules: 2, motif: 'faute' }, 'oui'],
  ])('%s → %s', (_, args, expected) => {
    expect(compute('rh.licenciementStage', args)).toBe(expected);
  });

  it('refuses a stage the rules command refuses: more than twice its normal length', () => {
    expect(
      compute('rh.licenciementStage', { dureeStageMois: 12, moisEcoules: 25, motif: 'insuffisance' }),
    ).toBeUndefined();
    expect(
      compute('rh.titularisationPossible', { recrutement: 'detachement', formationIntegrationSuivie: true }),
    ).toBeUndefined();
  });
});
