import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BALLOT_MARKS,
  countLotWith,
  countUrn,
  parseLot,
  urnOf,
  type CountContext,
  type Envelope,
  type NotedItem,
} from '../../../../../src/core/rules/depouillement';

const context: CountContext = { election: 'municipale_liste', candidates: ['CAP 2032', 'AGIR', 'VIVRE'] };

function lot(text: string): NotedItem[] {
  const parsed = parseLot(text, context.candidates);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** The tables' results rebuilt envelope by envelope: the reference countLotWith must agree with. */
function rebuilt(voix: readonly number[], blancs: number, nuls: number): Envelope[] {
  const votes = context.candidates.flatMap((candidate, i) =>
    Array.from({ length: voix[i] ?? 0 }, () => ({ ballots: [{ for: candidate }] })),
  );
  const blanks = Array.from({ length: blancs }, () => ({ ballots: [] }));
  const voids = Array.from({ length: nuls }, () => ({
    ballots: [{ for: context.candidates[0] ?? '', marks: ['couleur' as const] }],
  }));
  return [...votes, ...blanks, ...voids];
}

const paper = fc.record({
  rank: fc.integer({ min: 0, max: context.candidates.length }),
  marks: fc.subarray([...BALLOT_MARKS]),
});
const notedItem = fc.record({
  loose: fc.boolean(),
  nonRegulatory: fc.boolean(),
  papers: fc.array(paper, { maxLength: 3 }),
});

interface Item {
  readonly loose: boolean;
  readonly nonRegulatory: boolean;
  readonly papers: readonly { readonly rank: number; readonly marks: readonly string[] }[];
}

/** Writes generated items in the notation, so that the property also exercises the parser. */
function notation(items: readonly Item[]): string {
  return items
    .map((item, i) => {
      const papers = item.papers.map((p) =>
        [p.rank === 0 ? 'blanc' : `#${p.rank}`, ...p.marks.map((m) => `+${m}`)].join(' '),
      );
      if (item.loose && papers.length > 0) return `s${i}: sans-enveloppe ${papers[0] ?? ''}`;
      const content = papers.length === 0 ? 'vide' : papers.join(', ');
      return `e${i}: ${item.nonRegulatory ? 'non-reglementaire ' : ''}${content}`;
    })
    .join(' ; ');
}

describe('countLotWith: a noted lot plus the results the tables counted (L65, L66)', () => {
  it('adds the tables to the lot: envelopes, votes, blancs, nuls and exprimés', () => {
    const count = countLotWith(
      context,
      lot('e1: #1 ; e2: vide ; e3: #2 +rature ; e4: #3, #3 ; s1: sans-enveloppe #1'),
      { voix: { 'CAP 2032': 100, AGIR: 80 }, blancs: 5, nuls: 3 },
    );
    expect(count).toMatchObject({
      enveloppes: 4 + 100 + 80 + 5 + 3,
      bulletinsSansEnveloppe: 1,
      blancs: 6,
      nuls: 5,
      exprimes: 182,
      voix: { 'CAP 2032': 101, AGIR: 80, VIVRE: 1 },
    });
    expect(count.items).toHaveLength(5);
  });

  it('equals countUrn over the whole urn rebuilt envelope by envelope', () => {
    fc.assert(
      fc.property(
        fc.array(notedItem, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat({ max: 40 }), { minLength: 3, maxLength: 3 }),
        fc.nat({ max: 10 }),
        fc.nat({ max: 10 }),
        (items, voix, blancs, nuls) => {
          const noted = lot(notation(items));
          const { envelopes, looseBallots } = urnOf(noted);
          const whole = countUrn(context, [...rebuilt(voix, blancs, nuls), ...envelopes], looseBallots);
          const fast = countLotWith(context, noted, {
            voix: Object.fromEntries(context.candidates.map((c, i) => [c, voix[i] ?? 0])),
            blancs,
            nuls,
          });
          const totals = ({
            enveloppes,
            bulletinsSansEnveloppe,
            blancs: b,
            nuls: n,
            exprimes,
            voix: v,
          }: typeof fast) => ({
            enveloppes,
            bulletinsSansEnveloppe,
            b,
            n,
            exprimes,
            v,
          });
          expect(totals(fast)).toEqual(totals(whole));
        },
      ),
    );
  });

  it.each([
    [{ voix: { AGIR: -1 }, blancs: 0, nuls: 0 }],
    [{ voix: {}, blancs: 1.5, nuls: 0 }],
    [{ voix: {}, blancs: 0, nuls: -2 }],
  ])('refuses an impossible figure from the tables: %j', (elsewhere) => {
    expect(() => countLotWith(context, lot('e1: #1'), elsewhere)).toThrow(RangeError);
  });

  it('counts an empty table result as nothing', () => {
    const count = countLotWith(context, lot('e1: vide'), { voix: {}, blancs: 0, nuls: 0 });
    expect(count).toMatchObject({ enveloppes: 1, blancs: 1, nuls: 0, exprimes: 0 });
  });
});
