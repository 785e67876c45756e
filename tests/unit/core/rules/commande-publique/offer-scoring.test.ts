import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PRICE_FORMULA,
  priceScore,
  rankOffers,
  type OfferToScore,
  type ScoringCriterion,
} from '../../../../../src/core/rules/commande-publique';

const criteria: ScoringCriterion[] = [
  { id: 'prix', label: 'Prix', weight: 50, method: 'prix' },
  { id: 'technique', label: 'Valeur technique', weight: 30, method: 'note' },
  { id: 'environnement', label: 'Performance environnementale', weight: 20, method: 'note' },
];

describe('price formula (a practice, not the law)', () => {
  it('is labelled as a practice', () => {
    expect(PRICE_FORMULA.confidence).toBe('practice');
    expect(PRICE_FORMULA.reference).toMatch(/non imposée par le code/);
  });

  it.each([
    [100_000, 100_000, 40, 40],
    [125_000, 100_000, 40, 32],
    [200_000, 100_000, 60, 30],
  ])('price %d, lowest %d, weight %d → %d points', (priceHT, lowestPriceHT, weight, points) => {
    expect(priceScore({ priceHT, lowestPriceHT, weight })).toBe(points);
  });

  it.each([
    [0, 100],
    [100, 0],
    [100, 200],
  ])('refuses price %d with lowest %d', (priceHT, lowestPriceHT) => {
    expect(() => priceScore({ priceHT, lowestPriceHT, weight: 40 })).toThrow(RangeError);
  });

  it('never gives more than the weight, nor less than 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (a, b, weight) => {
          const score = priceScore({ priceHT: Math.max(a, b), lowestPriceHT: Math.min(a, b), weight });
          return score > 0 && score <= weight;
        },
      ),
    );
  });
});

describe('weighted ranking of offers × criteria', () => {
  const offers: OfferToScore[] = [
    { bidder: 'Restauration Dupuis', priceHT: 100_000, marks: { technique: 6, environnement: 5 } },
    { bidder: 'Cuisine du Val', priceHT: 125_000, marks: { technique: 9, environnement: 9 } },
    { bidder: 'Saveurs locales', priceHT: 110_000, marks: { technique: 7, environnement: 6 } },
  ];

  it('scores and ranks, best first', () => {
    const ranking = rankOffers({ criteria, offers });
    expect(ranking.ok && ranking.value).toEqual([
      {
        bidder: 'Cuisine du Val',
        priceHT: 125_000,
        points: { prix: 40, technique: 27, environnement: 18 },
        total: 85,
        rank: 1,
      },
      {
        bidder: 'Saveurs locales',
        priceHT: 110_000,
        points: { prix: 45.45, technique: 21, environnement: 12 },
        total: 78.45,
        rank: 2,
      },
      {
        bidder: 'Restauration Dupuis',
        priceHT: 100_000,
        points: { prix: 50, technique: 18, environnement: 10 },
        total: 78,
        rank: 3,
      },
    ]);
  });

  it('gives equal totals the same rank', () => {
    const ranking = rankOffers({
      criteria: [{ id: 'prix', label: 'Prix', weight: 100, method: 'prix' }],
      offers: [
        { bidder: 'B', priceHT: 1000, marks: {} },
        { bidder: 'A', priceHT: 1000, marks: {} },
        { bidder: 'C', priceHT: 2000, marks: {} },
      ],
    });
    expect(ranking.ok && ranking.value.map((offer) => [offer.bidder, offer.rank])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 3],
    ]);
  });

  it.each<[string, ScoringCriterion[], OfferToScore[], RegExp]>([
    ['no criterion', [], offers, /au moins un critère/],
    ['no offer', criteria, [], /au moins une offre/],
    [
      'weights not adding to 100',
      [{ id: 'prix', label: 'Prix', weight: 90, method: 'prix' }],
      offers,
      /totaliser 100/,
    ],
    [
      'a missing mark',
      criteria,
      [{ bidder: 'X', priceHT: 10, marks: { technique: 5 } }],
      /note manquante .* « Performance environnementale »/,
    ],
    [
      'a mark above the scale',
      criteria,
      [{ bidder: 'X', priceHT: 10, marks: { technique: 11, environnement: 1 } }],
      /hors de l’échelle 0 à 10/,
    ],
    [
      'a mark for the price',
      criteria,
      [{ bidder: 'X', priceHT: 10, marks: { prix: 3, technique: 1, environnement: 1 } }],
      /critère inconnu ou noté par formule/,
    ],
    [
      'a zero price',
      criteria,
      [{ bidder: 'X', priceHT: 0, marks: { technique: 1, environnement: 1 } }],
      /X : prix invalide/,
    ],
    [
      'two offers of one bidder',
      criteria,
      [offers[1], offers[1]].filter((o): o is OfferToScore => o !== undefined),
      /même soumissionnaire/,
    ],
  ])('refuses %s', (_, someCriteria, someOffers, message) => {
    const ranking = rankOffers({ criteria: someCriteria, offers: someOffers });
    expect(ranking.ok).toBe(false);
    if (!ranking.ok) expect(ranking.error).toMatch(message);
  });

  it('always ranks the offer with the best total first, totals within 0 to 100', () => {
    const offer = fc.record({
      priceHT: fc.integer({ min: 1, max: 1_000_000 }),
      technique: fc.integer({ min: 0, max: 10 }),
      environnement: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(offer, { minLength: 1, maxLength: 8 }), (raw) => {
        const ranking = rankOffers({
          criteria,
          offers: raw.map((o, index) => ({
            bidder: `E${index}`,
            priceHT: o.priceHT,
            marks: { technique: o.technique, environnement: o.environnement },
          })),
        });
        if (!ranking.ok) return false;
        const totals = ranking.value.map((o) => o.total);
        return (
          ranking.value[0]?.rank === 1 &&
          totals.every(
            (total, index) =>
              total >= 0 && total <= 100 && (index === 0 || total <= (totals[index - 1] ?? 0)),
          )
        );
      }),
    );
  });
});
