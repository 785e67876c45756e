import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffle, seedRng } from '../../../../../src/core/random/rng';
import {
  BALLOT_MARKS,
  countUrn,
  type Ballot,
  type CountContext,
  type Envelope,
} from '../../../../../src/core/rules/depouillement';

const context: CountContext = { election: 'presidentielle', candidates: ['DURAND', 'LEROY', 'MOREAU'] };

describe('countUrn (L65, L66)', () => {
  it('an empty urn gives zero everywhere and every candidate at 0', () => {
    expect(countUrn(context, [], [])).toEqual({
      enveloppes: 0,
      bulletinsSansEnveloppe: 0,
      blancs: 0,
      nuls: 0,
      exprimes: 0,
      voix: { DURAND: 0, LEROY: 0, MOREAU: 0 },
      items: [],
    });
  });

  it('indexes envelopes then loose ballots, each from 0 in its own list', () => {
    const count = countUrn(context, [{ ballots: [] }, { ballots: [{ for: 'DURAND' }] }], [{ blank: true }]);
    expect(count.items.map((i) => [i.origin, i.index, i.classification.classement])).toEqual([
      ['enveloppe', 0, 'blanc'],
      ['enveloppe', 1, 'vote'],
      ['sansEnveloppe', 0, 'nul'],
    ]);
  });

  it('keeps the candidates’ order in voix, whatever the order of the votes', () => {
    const count = countUrn(context, [{ ballots: [{ for: 'MOREAU' }] }, { ballots: [{ for: 'DURAND' }] }], []);
    expect(Object.keys(count.voix)).toEqual(['DURAND', 'LEROY', 'MOREAU']);
  });
});

const nameArb = fc.constantFrom('DURAND', 'LEROY', 'MOREAU', 'durand', 'DUPONT');
const ballotArb: fc.Arbitrary<Ballot> = fc.record(
  {
    for: nameArb,
    blank: fc.constant(true),
    marks: fc.subarray([...BALLOT_MARKS]),
  },
  { requiredKeys: [] },
);
const envelopeArb: fc.Arbitrary<Envelope> = fc.record(
  { ballots: fc.array(ballotArb, { maxLength: 3 }), nonRegulatory: fc.boolean() },
  { requiredKeys: ['ballots'] },
);
const urnArb = fc.record({
  election: fc.constantFrom('presidentielle' as const, 'municipale_liste' as const),
  envelopes: fc.array(envelopeArb, { maxLength: 25 }),
  loose: fc.array(ballotArb, { maxLength: 3 }),
});

function totals(
  election: CountContext['election'],
  envelopes: readonly Envelope[],
  loose: readonly Ballot[],
) {
  const { items: _items, ...rest } = countUrn({ ...context, election }, envelopes, loose);
  return rest;
}

describe('countUrn properties', () => {
  it('exprimés always equal the sum of the votes', () => {
    fc.assert(
      fc.property(urnArb, ({ election, envelopes, loose }) => {
        const count = countUrn({ ...context, election }, envelopes, loose);
        const sum = Object.values(count.voix).reduce((a, b) => a + b, 0);
        expect(count.exprimes).toBe(sum);
      }),
    );
  });

  it('blancs + nuls + exprimés = enveloppes + bulletins sans enveloppe, and every candidate is present', () => {
    fc.assert(
      fc.property(urnArb, ({ election, envelopes, loose }) => {
        const count = countUrn({ ...context, election }, envelopes, loose);
        expect(count.blancs + count.nuls + count.exprimes).toBe(envelopes.length + loose.length);
        expect(Object.keys(count.voix)).toEqual(context.candidates);
        expect(count.items).toHaveLength(envelopes.length + loose.length);
      }),
    );
  });

  it('permuting the envelopes or the loose ballots never changes the totals', () => {
    fc.assert(
      fc.property(urnArb, fc.integer(), ({ election, envelopes, loose }, seed) => {
        const [shuffledEnvelopes, next] = shuffle(seedRng(seed), envelopes);
        const [shuffledLoose] = shuffle(next, loose);
        expect(totals(election, shuffledEnvelopes, shuffledLoose)).toEqual(
          totals(election, envelopes, loose),
        );
      }),
    );
  });

  it('a loose ballot is always nul', () => {
    fc.assert(
      fc.property(urnArb, ({ election, loose }) => {
        const count = countUrn({ ...context, election }, [], loose);
        expect(count.nuls).toBe(loose.length);
      }),
    );
  });
});
