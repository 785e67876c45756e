import { describe, expect, it } from 'vitest';
import {
  checkDeclaredPv,
  checkPvFigures,
  comparePvFigures,
  compareUrnWithEmargements,
  countUrn,
  pvFiguresOf,
  type PvFigures,
} from '../../../../../src/core/rules/depouillement';

describe('compareUrnWithEmargements (L65)', () => {
  it.each([
    // émargements, enveloppes, sans enveloppe, écart, écart enveloppes, mention
    [412, 412, 0, 0, 0, false],
    [412, 413, 0, 1, 1, true],
    [412, 411, 0, -1, -1, true],
    [412, 411, 1, 0, -1, true],
    [412, 412, 1, 1, 0, true],
    [0, 0, 0, 0, 0, false],
    [412, 7, 1, -404, -405, true],
  ])(
    '%i émargements, %i enveloppes, %i sans enveloppe → écart %i',
    (em, env, loose, ecart, ecartEnv, mention) => {
      expect(compareUrnWithEmargements(em, env, loose)).toEqual({
        emargements: em,
        enveloppes: env,
        bulletinsSansEnveloppe: loose,
        ecart,
        ecartEnveloppes: ecartEnv,
        mentionAuPV: mention,
      });
    },
  );
});

const context = { election: 'presidentielle' as const, candidates: ['DURAND', 'LEROY'] };
const count = countUrn(
  context,
  [
    { ballots: [{ for: 'DURAND' }] },
    { ballots: [{ for: 'LEROY' }] },
    { ballots: [] },
    { ballots: [{ for: 'X' }] },
  ],
  [],
);
const expected = pvFiguresOf(count, 5, 100);

describe('pvFiguresOf and checkPvFigures (L65, L66, R62)', () => {
  it('takes the votants from the émargements, not from the urn', () => {
    expect(expected).toEqual({
      inscrits: 100,
      votants: 5,
      enveloppes: 4,
      bulletinsSansEnveloppe: 0,
      blancs: 1,
      nuls: 1,
      exprimes: 2,
      voix: { DURAND: 1, LEROY: 1 },
    });
  });

  it('omits inscrits when unknown', () => {
    expect('inscrits' in pvFiguresOf(count, 5)).toBe(false);
  });

  it('accepts figures that hold together', () => {
    expect(checkPvFigures(expected)).toEqual([
      expect.objectContaining({ rule: 'pv.resultats', passed: true }),
    ]);
  });

  it.each<[string, Partial<PvFigures>, string]>([
    [
      'exprimés not derived from blancs and nuls',
      { exprimes: 3, voix: { DURAND: 2, LEROY: 1 } },
      'exprimés 3 au lieu de',
    ],
    ['votes not summing to exprimés', { voix: { DURAND: 2, LEROY: 1 } }, 'la somme des voix (3)'],
    ['more votants than inscrits', { votants: 101 }, 'plus de votants (101) que d’inscrits (100)'],
  ])('refuses %s', (_label, change, text) => {
    const [result] = checkPvFigures({ ...expected, ...change });
    expect(result).toMatchObject({
      rule: 'pv.resultats',
      passed: false,
      reference: 'code électoral L65 et L66',
    });
    expect(result?.message).toContain(text);
  });
});

describe('comparePvFigures and checkDeclaredPv: the one-vote difference the maire wants to « tidy up »', () => {
  it('finds nothing when the declared PV is the count', () => {
    expect(comparePvFigures(expected, expected)).toEqual([]);
    expect(checkDeclaredPv(expected, expected).every((c) => c.passed)).toBe(true);
  });

  it('refuses votants aligned on the envelopes instead of the émargements', () => {
    const tidied = { ...expected, votants: 4 };
    expect(comparePvFigures(expected, tidied)).toEqual([{ field: 'votants', expected: 5, declared: 4 }]);
    const [votants, rest] = checkDeclaredPv(expected, tidied);
    expect(votants).toMatchObject({
      rule: 'emargement.denombrement',
      passed: false,
      reference: 'code électoral R62',
    });
    expect(votants?.message).toContain('se mentionne');
    expect(rest).toMatchObject({ rule: 'pv.resultats', passed: true });
  });

  it('names each wrong figure, a missing candidate reading null', () => {
    const declared = { ...expected, nuls: 0, voix: { DURAND: 2 } };
    expect(comparePvFigures(expected, declared)).toEqual([
      { field: 'nuls', expected: 1, declared: 0 },
      { field: 'voix.DURAND', expected: 1, declared: 2 },
      { field: 'voix.LEROY', expected: 1, declared: null },
    ]);
    const [, rest] = checkDeclaredPv(expected, declared);
    expect(rest?.passed).toBe(false);
    expect(rest?.message).toContain('voix.LEROY\u00a0: absent au lieu de 1');
  });
});
