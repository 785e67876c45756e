import { describe, expect, it } from 'vitest';
import { resolveValue } from '../../../../../../src/core/scenario/runtime/values';
import {
  funeraireAssessors,
  funeraireCalculators,
  funeraireOutcome,
} from '../../../../../../src/core/scenario/vocabulary/domains/funeraire';
import { assessors, calculators } from '../../../../../../src/core/scenario/vocabulary/registry';

type Args = Record<string, string | number | boolean>;

/** Computes a calculator as a scenario would (arguments checked by its schema); undefined when refused. */
const compute = (rule: string, args: Args) => resolveValue({ rule, args }, {});

/** A thirty-year concession that expired on 1 June 2025, asked about in November 2026 (sheet §7 case 5). */
const trentenaire = {
  dureeAns: 30,
  acteDate: '1995-06-01',
  echeanceDate: '2025-06-01',
  questionDate: '2026-11-16',
};

/** A perpetual concession granted on 10 May 2000 (sheet §7 case 6). */
const perpetuelle2000 = { dureeAns: 'perpetuelle', acteDate: '2000-05-10', questionDate: '2026-11-16' };

const aucunMotif = {
  decedeDansCommune: false,
  domicilieDansCommune: false,
  sepultureFamilleDansCommune: false,
  francaisEtablisHorsDeFranceInscrit: false,
};

describe('funéraire calculators: registered in the closed vocabulary', () => {
  it('every funéraire calculator is in the registry, and no assessor is declared yet', () => {
    for (const name of Object.keys(funeraireCalculators)) expect(calculators[name]).toBeDefined();
    expect(Object.keys(funeraireAssessors)).toEqual([]);
    expect(Object.keys(assessors).filter((name) => name.startsWith('funeraire.'))).toEqual([]);
  });
});

describe('funéraire calculators: the burial délai (CGCT R2213-33, décret 2024-790)', () => {
  it.each<[string, string]>([
    ['2026-11-07', '2026-11-21'],
    ['2026-12-12', '2026-12-26'],
    ['2027-03-06', '2027-03-20'],
    ['2028-02-20', '2028-03-05'],
    ['2026-12-25', '2027-01-08'],
  ])('death on %s → at the latest %s (14th calendar day, no carry to a working day)', (decesDate, last) => {
    expect(compute('funeraire.inhumationAuPlusTard', { decesDate })).toBe(last);
  });

  it('a death on 12 July 2024, the day the décret came into force, is uncertain: never scored', () => {
    expect(compute('funeraire.inhumationAuPlusTard', { decesDate: '2024-07-12' })).toBe('incertain');
    expect(compute('funeraire.inhumationAuPlusTard', { decesDate: '2024-07-13' })).toBe('2024-07-27');
  });

  it.each<[string, string]>([
    ['2026-11-16', 'oui'],
    ['2026-11-21', 'oui'],
    ['2026-11-22', 'non'],
    ['2026-11-07', 'non'],
    ['2026-11-08', 'incertain'],
  ])('death on 7 November 2026, burial planned on %s → %s', (inhumationPrevueDate, expected) => {
    expect(
      compute('funeraire.inhumationDansLeDelai', { decesDate: '2026-11-07', inhumationPrevueDate }),
    ).toBe(expected);
  });

  it('without a planned date the question does not arise', () => {
    expect(compute('funeraire.inhumationDansLeDelai', { decesDate: '2026-11-07' })).toBe('sans-objet');
  });
});

describe('funéraire calculators: the right to a grave in the commune (CGCT L2223-3)', () => {
  it.each<[string, Args]>([
    ['died in the commune', { decedeDansCommune: true }],
    ['lived in the commune', { domicilieDansCommune: true }],
    ['has a family grave there', { sepultureFamilleDansCommune: true }],
    ['French abroad on its electoral roll', { francaisEtablisHorsDeFranceInscrit: true }],
  ])('one ground is enough: %s → oui', (_, ground) => {
    expect(compute('funeraire.droitInhumation', { ...aucunMotif, ...ground })).toBe('oui');
  });

  it('none of the grounds → non, with its explanation', () => {
    expect(compute('funeraire.droitInhumation', aucunMotif)).toBe('non');
    expect(String(compute('funeraire.droitInhumationExplication', aucunMotif))).toContain(
      'la sépulture n’est pas due',
    );
    expect(
      String(compute('funeraire.droitInhumationExplication', { ...aucunMotif, domicilieDansCommune: true })),
    ).toContain('domicilié dans la commune');
  });
});

describe('funéraire calculators: concessions (CGCT L2223-14, L2223-15, L2223-17, R2223-12)', () => {
  it.each<[number | string, string]>([
    [1, 'oui'],
    [15, 'oui'],
    [16, 'non'],
    [20, 'non'],
    [30, 'oui'],
    [50, 'oui'],
    [99, 'non'],
    [100, 'non'],
    ['perpetuelle', 'oui'],
  ])('a concession of %s → legal duration: %s', (dureeAns, expected) => {
    expect(compute('funeraire.dureeLegale', { dureeAns })).toBe(expected);
  });

  it('sheet §7 case 5: expired on 1 June 2025, no reprise in November 2026, renewal until 1 June 2027', () => {
    expect(compute('funeraire.echeance', trentenaire)).toBe('2025-06-01');
    expect(compute('funeraire.renouvellementJusquau', trentenaire)).toBe('2027-06-01');
    expect(compute('funeraire.repriseNonRenouvellement', trentenaire)).toBe('non');
    expect(compute('funeraire.procedureAbandon', trentenaire)).toBe('non');
    expect(compute('funeraire.procedureAbandonAPartirDu', trentenaire)).toBe('');
  });

  it.each<[string, string]>([
    ['2027-05-31', 'non'],
    ['2027-06-01', 'incertain'],
    ['2027-06-02', 'incertain'],
    ['2027-06-03', 'oui'],
  ])(
    'the same concession asked about on %s → reprise: %s (the limit days are never scored)',
    (questionDate, expected) => {
      expect(compute('funeraire.repriseNonRenouvellement', { ...trentenaire, questionDate })).toBe(expected);
    },
  );

  it('sheet §7 case 6: a perpetual concession of 2000 → no abandon procedure before 11 May 2030', () => {
    expect(compute('funeraire.procedureAbandon', perpetuelle2000)).toBe('non');
    expect(compute('funeraire.procedureAbandonAPartirDu', perpetuelle2000)).toBe('2030-05-11');
    expect(compute('funeraire.echeance', perpetuelle2000)).toBe('');
    expect(compute('funeraire.renouvellementJusquau', perpetuelle2000)).toBe('');
    expect(compute('funeraire.repriseNonRenouvellement', perpetuelle2000)).toBe('non');
  });

  it('the abandon procedure needs both durations: more than 30 years since the acte and 10 since the last burial', () => {
    const old = { dureeAns: 'perpetuelle', acteDate: '1958-03-20', questionDate: '2027-05-04' };
    expect(compute('funeraire.procedureAbandon', old)).toBe('oui');
    const recent = { ...old, derniereInhumationDate: '2019-02-11' };
    expect(compute('funeraire.procedureAbandon', recent)).toBe('non');
    expect(compute('funeraire.procedureAbandonAPartirDu', recent)).toBe('2029-02-12');
    expect(compute('funeraire.procedureAbandon', { ...recent, questionDate: '2029-02-11' })).toBe(
      'incertain',
    );
    expect(compute('funeraire.procedureAbandon', { ...recent, questionDate: '2029-02-13' })).toBe('oui');
  });

  it('explains a concession in French with its articles', () => {
    const text = String(compute('funeraire.explication', trentenaire));
    expect(text).toContain('durée prévue par L2223-14');
    expect(text).toContain('renouvellement au tarif alors en vigueur');
  });
});

describe('funéraire calculators: arguments checked as the rules command checks them', () => {
  it.each<[string, string, Args]>([
    ['a death before the décret 2024-790', 'funeraire.inhumationAuPlusTard', { decesDate: '2024-07-01' }],
    [
      'a burial planned before the death',
      'funeraire.inhumationDansLeDelai',
      { decesDate: '2026-11-07', inhumationPrevueDate: '2026-11-01' },
    ],
    ['an impossible date', 'funeraire.inhumationAuPlusTard', { decesDate: '2027-02-30' }],
    ['an unknown field', 'funeraire.inhumationAuPlusTard', { decesDate: '2026-11-07', heure: '10:00' }],
    ['a duration in words', 'funeraire.dureeLegale', { dureeAns: 'trente' }],
    ['a duration of zero years', 'funeraire.dureeLegale', { dureeAns: 0 }],
    [
      'a question before the acte',
      'funeraire.repriseNonRenouvellement',
      { ...trentenaire, questionDate: '1990-01-01' },
    ],
    [
      'a term given for a perpetual concession',
      'funeraire.procedureAbandon',
      { ...perpetuelle2000, echeanceDate: '2030-05-10' },
    ],
    [
      'a last burial after the question',
      'funeraire.procedureAbandon',
      { ...perpetuelle2000, derniereInhumationDate: '2027-01-01' },
    ],
    ['a missing ground', 'funeraire.droitInhumation', { decedeDansCommune: true }],
    ['a ground written « oui »', 'funeraire.droitInhumation', { ...aucunMotif, decedeDansCommune: 'oui' }],
  ])('refuses %s', (_, rule, args) => {
    expect(compute(rule, args)).toBeUndefined();
  });

  it('maps the engine’s confidence: M is never an answer, P keeps its answer', () => {
    expect(funeraireOutcome(true, 'M')).toBe('incertain');
    expect(funeraireOutcome(false, 'P')).toBe('non');
    expect(funeraireOutcome(true, 'C')).toBe('oui');
    expect(funeraireOutcome(null, 'C')).toBe('sans-objet');
  });
});
