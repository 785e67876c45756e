import { describe, expect, it } from 'vitest';
import { resolveValue } from '../../../../../../src/core/scenario/runtime/values';
import {
  urbanismeCalculators,
  urbanismeOutcome,
} from '../../../../../../src/core/scenario/vocabulary/domains/urbanisme';
import { calculators } from '../../../../../../src/core/scenario/vocabulary/registry';

type Args = Record<string, string | number | boolean>;

/** Computes a calculator as a scenario would (arguments checked by its schema); undefined when refused. */
const compute = (rule: string, args: Args) => resolveValue({ rule, args }, {});

/** A DP filed on Wednesday 3 March 2027 in a commune with a PLU, outside any abords. */
const dp = { demande: 'DP', document: 'PLU', depotDate: '2027-03-03', abordsMonumentHistorique: false };

describe('urbanisme calculators: registered in the closed vocabulary', () => {
  it('every urbanisme calculator is in the registry', () => {
    for (const name of Object.keys(urbanismeCalculators)) expect(calculators[name]).toBeDefined();
  });
});

describe('urbanisme calculators: who decides (code de l’urbanisme L422-1)', () => {
  it.each<[string, string, string]>([
    ['PCMI', 'PLU', 'commune'],
    ['DP', 'carte-communale', 'commune'],
    ['PCMI', 'RNU', 'etat'],
    ['DP', 'RNU', 'etat'],
    ['CUb', 'RNU', 'etat'],
  ])('%s under %s → %s', (demande, document, autorite) => {
    expect(compute('urbanisme.autorite', { ...dp, demande, document })).toBe(autorite);
  });
});

describe('urbanisme calculators: the délai d’instruction (R423-23, R423-24, R423-42, R410-12)', () => {
  it.each<[string, number]>([
    ['DP', 1],
    ['PCMI', 2],
    ['PD', 2],
    ['PC', 3],
    ['PA', 3],
    ['CUa', 1],
    ['CUb', 2],
  ])('%s: %s month(s) of droit commun', (demande, mois) => {
    expect(compute('urbanisme.delaiMois', { ...dp, demande })).toBe(mois);
    expect(compute('urbanisme.delaiDroitCommunMois', { ...dp, demande })).toBe(mois);
  });

  it('a DP in the abords of a monument historique: 2 months once the majoration is notified in the month', () => {
    const abords = { ...dp, abordsMonumentHistorique: true };
    expect(compute('urbanisme.delaiMois', { ...abords, majorationNotifieeDate: '2027-03-17' })).toBe(2);
    expect(
      compute('urbanisme.delaiDroitCommunMois', { ...abords, majorationNotifieeDate: '2027-03-17' }),
    ).toBe(1);
  });

  it('the same DP without any notification keeps 1 month (sheet §7 case 3)', () => {
    expect(compute('urbanisme.delaiMois', { ...dp, abordsMonumentHistorique: true })).toBe(1);
  });

  it('a majoration notified after the month is not opposable; on the limit day it is uncertain, never scored', () => {
    const abords = { ...dp, demande: 'PCMI', abordsMonumentHistorique: true };
    expect(compute('urbanisme.delaiMois', { ...abords, majorationNotifieeDate: '2027-04-14' })).toBe(2);
    expect(compute('urbanisme.delaiMois', { ...abords, majorationNotifieeDate: '2027-04-02' })).toBe(3);
    expect(compute('urbanisme.delaiMois', { ...abords, majorationNotifieeDate: '2027-04-03' })).toBe(
      'incertain',
    );
  });

  it('a majoration across a short month: filed 29 January 2027, the month ends on 28 February', () => {
    const janvier = { ...dp, depotDate: '2027-01-29', abordsMonumentHistorique: true };
    expect(compute('urbanisme.delaiMois', { ...janvier, majorationNotifieeDate: '2027-02-26' })).toBe(2);
    expect(compute('urbanisme.delaiMois', { ...janvier, majorationNotifieeDate: '2027-03-10' })).toBe(1);
  });
});

describe('urbanisme calculators: missing documents asked within the month (R423-38, R423-39, R423-41)', () => {
  it.each<[string, Args, string]>([
    ['no request', {}, 'sans-objet'],
    ['asked after 2 weeks', { piecesDemandeesDate: '2027-03-17' }, 'oui'],
    ['asked after 6 weeks: no effect on the délai', { piecesDemandeesDate: '2027-04-14' }, 'non'],
    ['asked on the limit day itself', { piecesDemandeesDate: '2027-04-03' }, 'incertain'],
  ])('%s → %s', (_, extra, expected) => {
    expect(compute('urbanisme.piecesDemande', { ...dp, ...extra })).toBe(expected);
  });

  it('a certificat d’urbanisme has no such rule in the sheet: sans-objet without a request', () => {
    expect(compute('urbanisme.piecesDemande', { ...dp, demande: 'CUb' })).toBe('sans-objet');
  });
});

describe('urbanisme calculators: avis de dépôt, tacit date, silence, posting of the decision', () => {
  it('the avis de dépôt goes up within 15 days of the dépôt (R423-6); none for a certificat', () => {
    expect(compute('urbanisme.affichageDepotAvant', dp)).toBe('2027-03-18');
    expect(compute('urbanisme.affichageDepotAvant', { ...dp, demande: 'CUa' })).toBe('');
  });

  it.each<[string, string]>([
    ['2027-03-03', 'oui'],
    ['2027-03-17', 'oui'],
    ['2027-03-18', 'incertain'],
    ['2027-03-31', 'non'],
  ])('avis posted on %s → %s', (affichageDate, expected) => {
    expect(compute('urbanisme.affichageDepotDansLeDelai', { depotDate: '2027-03-03', affichageDate })).toBe(
      expected,
    );
  });

  it('the indicative tacit date runs from the dépôt, and is empty once documents were asked in time', () => {
    expect(compute('urbanisme.echeanceIndicative', { ...dp, demande: 'PCMI' })).toBe('2027-05-03');
    expect(compute('urbanisme.echeanceIndicative', { ...dp, piecesDemandeesDate: '2027-03-17' })).toBe('');
  });

  it.each<[string, boolean, string]>([
    ['DP', false, 'non-opposition-tacite'],
    ['PCMI', false, 'permis-tacite'],
    ['DP', true, 'opposition-tacite'],
    ['PCMI', true, 'rejet-tacite'],
    ['CUa', false, 'certificat-tacite'],
  ])('silence on a %s (documents not sent: %s) → %s', (demande, piecesNonFournies, expected) => {
    expect(compute('urbanisme.silence', { demande, piecesNonFournies })).toBe(expected);
  });

  it('the decision is posted within 8 days, for 2 months (R424-15), across a month’s end', () => {
    expect(compute('urbanisme.affichageDecisionAvant', { decisionDate: '2027-04-27' })).toBe('2027-05-05');
    expect(compute('urbanisme.affichageDecisionMois', { decisionDate: '2027-04-27' })).toBe(2);
  });

  it('explains a case in French with its articles', () => {
    const text = String(compute('urbanisme.explication', { ...dp, document: 'RNU' }));
    expect(text).toContain('au nom de l’État');
    expect(text).toContain('Délai de droit commun : 1 mois');
  });
});

describe('urbanisme calculators: arguments checked as the rules command checks them', () => {
  it.each<[string, Args]>([
    ['an unknown request', { ...dp, demande: 'PC-MI' }],
    ['an unknown document', { ...dp, document: 'POS' }],
    ['a dépôt before 2017', { ...dp, depotDate: '2016-12-30' }],
    ['a request for documents before the dépôt', { ...dp, piecesDemandeesDate: '2027-03-01' }],
    ['an impossible date', { ...dp, depotDate: '2027-02-30' }],
    ['an unknown field', { ...dp, urgent: true }],
  ])('refuses %s', (_, args) => {
    expect(compute('urbanisme.delaiMois', args)).toBeUndefined();
  });

  it('maps the engine’s confidence: M is never an answer', () => {
    expect(urbanismeOutcome(true, 'M')).toBe('incertain');
    expect(urbanismeOutcome(false, 'P')).toBe('non');
    expect(urbanismeOutcome(null, 'C')).toBe('sans-objet');
  });
});
