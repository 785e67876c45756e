import { describe, expect, it } from 'vitest';
import { resolveValue } from '../../../../../../src/core/scenario/runtime/values';
import {
  policeCalculators,
  policeOutcome,
} from '../../../../../../src/core/scenario/vocabulary/domains/police';
import { calculators } from '../../../../../../src/core/scenario/vocabulary/registry';

type Args = Record<string, string | number | boolean>;

/** Computes a calculator as a scenario would (arguments checked by its schema); undefined when refused. */
const compute = (rule: string, args: Args) => resolveValue({ rule, args }, {});

/** A road of the commune, outside any route à grande circulation. */
const road = (voie: string, enAgglomeration: boolean): Args => ({
  voie,
  enAgglomeration,
  routeGrandeCirculation: false,
});

/** A regulatory noise arrêté in a commune of 1 200 inhabitants whose council has not chosen a mode. */
const bruit: Args = {
  objet: 'bruit',
  portee: 'reglementaire',
  population: 1200,
  modePubliciteDelibere: 'aucune',
};

describe('police calculators: registered in the closed vocabulary', () => {
  it('every police calculator is in the registry', () => {
    for (const name of Object.keys(policeCalculators)) expect(calculators[name]).toBeDefined();
  });
});

describe('police calculators: who regulates traffic on a road (CGCT L2213-1, L3221-4)', () => {
  it.each<[string, boolean, string, string]>([
    ['communale', true, 'maire', 'oui'],
    ['departementale', true, 'maire', 'oui'],
    ['nationale', true, 'maire', 'oui'],
    ['communale', false, 'maire', 'oui'],
    ['chemin-rural', false, 'maire', 'oui'],
    ['departementale', false, 'president-conseil-departemental', 'non'],
  ])('%s road, in agglomeration: %s → %s', (voie, enAgglo, autorite, competent) => {
    expect(compute('police.autoriteCirculation', road(voie, enAgglo))).toBe(autorite);
    expect(compute('police.maireCompetent', road(voie, enAgglo))).toBe(competent);
  });

  it('a national road outside agglomeration: the maire is certainly not competent, the préfet is not scored', () => {
    expect(compute('police.maireCompetent', road('nationale', false))).toBe('non');
    expect(compute('police.autoriteCirculation', road('nationale', false))).toBe('incertain');
  });

  it('a route à grande circulation: the préfet’s opinion (R411-8), shown only', () => {
    expect(
      compute('police.avisPrefet', { ...road('departementale', true), routeGrandeCirculation: true }),
    ).toBe('oui');
    expect(compute('police.avisPrefet', road('departementale', true))).toBe('non');
  });

  it('explains the competence in French (sheet §7 case 10)', () => {
    expect(String(compute('police.competenceExplication', road('departementale', false)))).toContain(
      'président du conseil départemental',
    );
  });
});

describe('police calculators: occupying the road (code de la voirie routière L113-2, CG3P L2125-1)', () => {
  it.each<[boolean, boolean, string]>([
    [false, true, 'permis-de-stationnement'],
    [false, false, 'permis-de-stationnement'],
    [true, true, 'permission-de-voirie'],
  ])('emprise %s, in agglomeration %s → %s, with a fee due', (emprise, enAgglomeration, titre) => {
    expect(compute('police.titreOccupation', { emprise, enAgglomeration })).toBe(titre);
    expect(compute('police.redevanceObligatoire', { emprise, enAgglomeration })).toBe('oui');
  });
});

describe('police calculators: transmission, publicity, sanction of an arrêté (CGCT L2131-1, L2131-2; R610-5)', () => {
  it.each<[string, string, string]>([
    ['circulation', 'reglementaire', 'non'],
    ['stationnement', 'reglementaire', 'non'],
    ['stationnement', 'individuel', 'non'],
    ['debit-boissons-temporaire-association', 'individuel', 'non'],
    ['bruit', 'reglementaire', 'oui'],
    ['peril', 'individuel', 'oui'],
    ['autre', 'individuel', 'oui'],
  ])('a %s arrêté (%s) transmitted to the préfet: %s (sheet §7 case 11)', (objet, portee, expected) => {
    expect(compute('police.transmissionPrefet', { ...bruit, objet, portee })).toBe(expected);
  });

  it('a regulatory arrêté is published, an individual one notified', () => {
    expect(compute('police.publicite', bruit)).toBe('publication');
    expect(compute('police.publicite', { ...bruit, portee: 'individuel' })).toBe('notification');
  });

  it.each<[string, number, string]>([
    ['aucune', 1200, 'electronique'],
    ['affichage', 1200, 'affichage'],
    ['papier', 1200, 'papier'],
    ['electronique', 1200, 'electronique'],
    ['affichage', 3499, 'affichage'],
    ['affichage', 3500, 'incertain'],
  ])('council’s choice %s, %s inhabitants → %s', (modePubliciteDelibere, population, expected) => {
    expect(compute('police.modePublication', { ...bruit, modePubliciteDelibere, population })).toBe(expected);
  });

  it('an individual arrêté has no publication mode', () => {
    expect(compute('police.modePublication', { ...bruit, portee: 'individuel' })).toBe('sans-objet');
  });

  it('breaking a noise arrêté: 150 € at most, not 38 € (sheet §0 trap 3); other polices are not scored', () => {
    expect(compute('police.amendeMaxEuros', bruit)).toBe(150);
    expect(compute('police.amendeMaxEuros', { ...bruit, objet: 'autre' })).toBe(150);
    expect(compute('police.amendeMaxEuros', { ...bruit, objet: 'circulation' })).toBe('sans-objet');
    expect(compute('police.amendeMaxEuros', { ...bruit, objet: 'peril' })).toBe('sans-objet');
  });

  it('explains an arrêté in French with the register', () => {
    const text = String(compute('police.arreteExplication', bruit));
    expect(text).toContain('transmis au préfet');
    expect(text).toContain('150 €');
    expect(text).toContain('L2122-29');
  });
});

describe('police calculators: arguments checked as the rules command checks them', () => {
  it.each<[string, string, Args]>([
    ['an unknown road', 'police.maireCompetent', { ...road('communale', true), voie: 'autoroute' }],
    ['a missing field', 'police.maireCompetent', { voie: 'communale', enAgglomeration: true }],
    ['an unknown objet', 'police.transmissionPrefet', { ...bruit, objet: 'marche' }],
    ['a population in decimals', 'police.publicite', { ...bruit, population: 1200.5 }],
    [
      'a null-like word other than aucune',
      'police.modePublication',
      { ...bruit, modePubliciteDelibere: 'null' },
    ],
    ['an unknown field', 'police.titreOccupation', { emprise: true, enAgglomeration: true, urgent: true }],
  ])('refuses %s', (_, rule, args) => {
    expect(compute(rule, args)).toBeUndefined();
  });

  it('maps the engine’s confidence: M is never an answer', () => {
    expect(policeOutcome(true, 'M')).toBe('incertain');
    expect(policeOutcome(false, 'P')).toBe('non');
    expect(policeOutcome(true, 'C')).toBe('oui');
  });
});
