import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decideDroitInhumation,
  isScorableAsLaw,
  weakestConfidence,
  type Confidence,
  type DroitInhumationCase,
} from '../../../../../src/core/rules/funeraire';

function droitCase(flags: Partial<Omit<DroitInhumationCase, 'kind'>>): DroitInhumationCase {
  return {
    kind: 'droit-inhumation',
    decedeDansCommune: false,
    domicilieDansCommune: false,
    sepultureFamilleDansCommune: false,
    francaisEtablisHorsDeFranceInscrit: false,
    ...flags,
  };
}

describe('kind « droit-inhumation » — CGCT L2223-3', () => {
  it.each<[string, Partial<Omit<DroitInhumationCase, 'kind'>>, boolean, string]>([
    ['L2223-3 1° — died in the commune, domiciled elsewhere: due', { decedeDansCommune: true }, true, 'C'],
    ['L2223-3 2° — domiciled in the commune, died elsewhere: due', { domicilieDansCommune: true }, true, 'C'],
    [
      'L2223-3 3° — right to a family grave in the commune: due',
      { sepultureFamilleDansCommune: true },
      true,
      'C',
    ],
    [
      'L2223-3 4° — French abroad registered on the roll: due',
      { francaisEtablisHorsDeFranceInscrit: true },
      true,
      'C',
    ],
    [
      'L2223-3 — every ground at once: due, each named',
      {
        decedeDansCommune: true,
        domicilieDansCommune: true,
        sepultureFamilleDansCommune: true,
        francaisEtablisHorsDeFranceInscrit: true,
      },
      true,
      'C',
    ],
    ['L2223-3 — no ground: not due; P, an « inscriptible » French abroad is not in the case', {}, false, 'P'],
  ])('%s', (_point, flags, droit, confidence) => {
    const result = decideDroitInhumation(droitCase(flags));
    expect(result.droit).toBe(droit);
    expect(result.confidence).toBe(confidence);
    expect(result.references).toEqual(['CGCT L2223-3']);
    expect(result.motifs).toHaveLength(Object.values(flags).filter(Boolean).length);
  });

  it('L2223-3 — one ground is enough, and the right exists exactly when one holds (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (a, b, c, d) => {
        const result = decideDroitInhumation(
          droitCase({
            decedeDansCommune: a,
            domicilieDansCommune: b,
            sepultureFamilleDansCommune: c,
            francaisEtablisHorsDeFranceInscrit: d,
          }),
        );
        expect(result.droit).toBe(a || b || c || d);
      }),
    );
  });
});

describe('confidence marks (fact sheet: a scored decision rests on C, or on P with a confirmed core, never on M)', () => {
  it.each<[string, Confidence[], Confidence, boolean]>([
    ['all confirmed: C, scorable', ['C', 'C'], 'C', true],
    ['one partial: P, scorable on its confirmed core', ['C', 'P'], 'P', true],
    ['one uncertain: M, never scored', ['P', 'M', 'C'], 'M', false],
    ['no mark at all: C', [], 'C', true],
  ])('%s', (_point, marks, weakest, scorable) => {
    expect(weakestConfidence(...marks)).toBe(weakest);
    expect(isScorableAsLaw(weakest)).toBe(scorable);
  });
});
