import { describe, expect, it } from 'vitest';
import { resolveValue } from '../../../../../../src/core/scenario/runtime/values';
import {
  listeElectoraleCalculators,
  listeElectoraleOutcome,
} from '../../../../../../src/core/scenario/vocabulary/domains/liste-electorale';
import { calculators } from '../../../../../../src/core/scenario/vocabulary/registry';

type Args = Record<string, string | number | boolean>;

/** Computes a calculator as a scenario would (arguments checked by its schema); undefined when refused. */
const compute = (rule: string, args: Args) => resolveValue({ rule, args }, {});

/** Municipales of Sunday 15 March 2026: the published calendar (sheet §3.1: 6 February, 4 February, 5 March). */
const municipales = { scrutinDate: '2026-03-15', canal: 'mairie', casL30: false };
/** Présidentielle, first round on Sunday 11 April 2027 (the game's date): no published calendar. */
const presidentielle = { scrutinDate: '2027-04-11', canal: 'mairie', casL30: false };

describe('liste-electorale calculators: registered in the closed vocabulary', () => {
  it('every liste-electorale calculator is in the registry', () => {
    for (const name of Object.keys(listeElectoraleCalculators)) expect(calculators[name]).toBeDefined();
  });
});

describe('liste-electorale calculators: a demand of inscription (code électoral L17, L30, R5)', () => {
  it.each<[string, Args, string]>([
    ['in mairie on the 6th Friday (published)', { ...municipales, demandeDate: '2026-02-06' }, 'oui'],
    ['in mairie the Monday after (sheet §7 case 7)', { ...municipales, demandeDate: '2026-02-09' }, 'non'],
    ['online on the 6th Wednesday', { ...municipales, canal: 'en-ligne', demandeDate: '2026-02-04' }, 'oui'],
    ['online on the Thursday after', { ...municipales, canal: 'en-ligne', demandeDate: '2026-02-05' }, 'non'],
    ['an L30 case on the 10th day', { ...municipales, casL30: true, demandeDate: '2026-03-05' }, 'oui'],
    ['an L30 case on the 9th day', { ...municipales, casL30: true, demandeDate: '2026-03-06' }, 'non'],
    ['by plain e-mail, even early', { ...municipales, canal: 'courriel', demandeDate: '2026-01-05' }, 'non'],
  ])('municipales 2026, %s → %s', (_, args, expected) => {
    expect(compute('listeElectorale.valable', args)).toBe(expected);
  });

  it.each<[string, Args, string]>([
    [
      'in mairie 10 days after the computed 6th Friday',
      { ...presidentielle, demandeDate: '2027-03-15' },
      'non',
    ],
    ['in mairie 11 days before it', { ...presidentielle, demandeDate: '2027-02-22' }, 'oui'],
    ['in mairie 3 days after it', { ...presidentielle, demandeDate: '2027-03-08' }, 'incertain'],
    [
      'an L30 case 17 days before the 10th day',
      { ...presidentielle, casL30: true, demandeDate: '2027-03-15' },
      'oui',
    ],
    [
      'an L30 case on the computed 10th day',
      { ...presidentielle, casL30: true, demandeDate: '2027-04-01' },
      'incertain',
    ],
    [
      'an L30 case through the téléprocédure',
      { ...presidentielle, canal: 'en-ligne', casL30: true, demandeDate: '2027-03-15' },
      'incertain',
    ],
  ])('présidentielle 2027 (computed dates), %s → %s', (_, args, expected) => {
    expect(compute('listeElectorale.valable', args)).toBe(expected);
  });

  it('a plain e-mail is never receivable; the other channels are', () => {
    expect(
      compute('listeElectorale.recevable', {
        ...presidentielle,
        canal: 'courriel',
        demandeDate: '2027-03-15',
      }),
    ).toBe('non');
    for (const canal of ['mairie', 'courrier', 'en-ligne'])
      expect(
        compute('listeElectorale.recevable', { ...presidentielle, canal, demandeDate: '2027-03-15' }),
      ).toBe('oui');
  });

  it('shows the deadline of each channel: 6th Friday, 6th Wednesday online, 10th day for L30', () => {
    expect(compute('listeElectorale.dateLimite', { ...municipales, demandeDate: '2026-02-16' })).toBe(
      '2026-02-06',
    );
    expect(compute('listeElectorale.dateLimite', { ...presidentielle, demandeDate: '2027-03-15' })).toBe(
      '2027-03-05',
    );
    expect(
      compute('listeElectorale.dateLimite', {
        ...presidentielle,
        canal: 'en-ligne',
        demandeDate: '2027-03-15',
      }),
    ).toBe('2027-03-03');
    expect(
      compute('listeElectorale.dateLimite', { ...presidentielle, casL30: true, demandeDate: '2027-03-15' }),
    ).toBe('2027-04-01');
  });
});

describe('liste-electorale calculators: the commission de contrôle (code électoral L19, R10)', () => {
  it.each<[number, number, number | string]>([
    [1200, 2, 5],
    [1200, 3, 5],
    [800, 1, 3],
    [1200, 1, 3],
  ])(
    '%s inhabitants, %s list(s) with seats → %s members',
    (population, listesAyantObtenuDesSieges, membres) => {
      expect(compute('listeElectorale.commissionMembres', { population, listesAyantObtenuDesSieges })).toBe(
        membres,
      );
      expect(compute('listeElectorale.commissionQuorum', { population, listesAyantObtenuDesSieges })).toBe(3);
    },
  );

  it('meets from the 24th to the 21st day before the scrutin (L19 III): 19 to 22 February 2026', () => {
    expect(compute('listeElectorale.reunionDebut', { scrutinDate: '2026-03-15' })).toBe('2026-02-19');
    expect(compute('listeElectorale.reunionFin', { scrutinDate: '2026-03-15' })).toBe('2026-02-22');
    expect(compute('listeElectorale.reunionDebut', { scrutinDate: '2027-04-11' })).toBe('2027-03-18');
    expect(compute('listeElectorale.reunionFin', { scrutinDate: '2027-04-11' })).toBe('2027-03-21');
  });
});

describe('liste-electorale calculators: the fixed deadlines (L18, L19, L20, R13)', () => {
  it.each<[string, number]>([
    ['decision-maire', 5],
    ['notification', 2],
    ['observations-radiation', 15],
    ['rapo', 5],
    ['decision-commission', 30],
    ['tribunal', 7],
    ['recours-tableau', 7],
  ])('%s: %s days', (delai, jours) => {
    expect(compute('listeElectorale.delaiJours', { delai })).toBe(jours);
  });
});

describe('liste-electorale calculators: arguments checked as the rules command checks them', () => {
  it.each<[string, string, Args]>([
    [
      'a scrutin on a Saturday',
      'listeElectorale.valable',
      { ...presidentielle, scrutinDate: '2027-04-10', demandeDate: '2027-03-15' },
    ],
    ['an impossible date', 'listeElectorale.valable', { ...presidentielle, demandeDate: '2027-02-30' }],
    [
      'an unknown channel',
      'listeElectorale.recevable',
      { ...presidentielle, canal: 'sms', demandeDate: '2027-03-15' },
    ],
    [
      'an unknown field',
      'listeElectorale.valable',
      { ...presidentielle, demandeDate: '2027-03-15', urgent: true },
    ],
    [
      'no list with seats above 1 000 inhabitants',
      'listeElectorale.commissionMembres',
      { population: 1200, listesAyantObtenuDesSieges: 0 },
    ],
    ['an unknown deadline', 'listeElectorale.delaiJours', { delai: 'appel' }],
    ['a scrutin on a Monday', 'listeElectorale.reunionFin', { scrutinDate: '2027-04-12' }],
  ])('refuses %s', (_, rule, args) => {
    expect(compute(rule, args)).toBeUndefined();
  });

  it('maps the engine’s confidence: M is never an answer', () => {
    expect(listeElectoraleOutcome(true, 'M')).toBe('incertain');
    expect(listeElectoraleOutcome(false, 'P')).toBe('non');
    expect(listeElectoraleOutcome(true, 'C')).toBe('oui');
  });
});
