import { err, ok, type Result } from '../../result';
import { toCents } from '../../money';
import { isValidAmount } from './money';
import type { Confidence } from './types';

/**
 * The price formula the game uses: points = weight × lowest price / price of the offer. It is a common
 * practice (proportional formula), not a rule of the code: the buyer chooses and announces its method.
 */
export const PRICE_FORMULA: {
  readonly text: string;
  readonly reference: string;
  readonly confidence: Confidence;
} = {
  text: 'note prix = poids du critère × prix le plus bas / prix de l’offre',
  reference: 'pratique courante : formule proportionnelle, non imposée par le code de la commande publique',
  confidence: 'practice',
};

/**
 * Price points of one offer by the proportional formula ({@link PRICE_FORMULA}).
 * Throws on a non-positive price or a « lowest » price above the offer's: callers validate at the boundary.
 */
export function priceScore(input: {
  readonly priceHT: number;
  readonly lowestPriceHT: number;
  readonly weight: number;
}): number {
  const { priceHT, lowestPriceHT, weight } = input;
  if (!(priceHT > 0) || !(lowestPriceHT > 0) || lowestPriceHT > priceHT) {
    throw new RangeError(`Prix invalides : offre ${priceHT}, prix le plus bas ${lowestPriceHT}.`);
  }
  return (weight * lowestPriceHT) / priceHT;
}

/** A weighted criterion of the analysis: price by the formula, or a mark given by the analyst. */
export interface ScoringCriterion {
  readonly id: string;
  readonly label: string;
  /** Weight in points; the weights add up to 100. */
  readonly weight: number;
  readonly method: 'prix' | 'note';
}

/** One offer to score. */
export interface OfferToScore {
  readonly bidder: string;
  readonly priceHT: number;
  /** Analyst's marks for the `note` criteria, from 0 to the mark scale, by criterion id. */
  readonly marks: Readonly<Record<string, number>>;
}

/** One offer once scored and ranked. */
export interface ScoredOffer {
  readonly bidder: string;
  readonly priceHT: number;
  /** Points per criterion id, rounded to the hundredth. */
  readonly points: Readonly<Record<string, number>>;
  /** Total out of 100, rounded to the hundredth, as an analysis report shows it. */
  readonly total: number;
  /** 1 for the best; equal totals share a rank (1, 1, 3). */
  readonly rank: number;
}

const hundredth = (value: number): number => Math.round(value * 100) / 100;

function validate(
  criteria: readonly ScoringCriterion[],
  offers: readonly OfferToScore[],
  scale: number,
): string | null {
  if (criteria.length === 0) return 'Il faut au moins un critère.';
  if (offers.length === 0) return 'Il faut au moins une offre.';
  const ids = criteria.map((criterion) => criterion.id);
  if (new Set(ids).size !== ids.length) return 'Deux critères portent le même identifiant.';
  if (criteria.some((criterion) => !(criterion.weight > 0)))
    return 'Chaque critère a un poids strictement positif.';
  const totalWeight = criteria.reduce((total, criterion) => total + criterion.weight, 0);
  if (toCents(totalWeight) !== toCents(100))
    return `Les poids doivent totaliser 100 (total : ${totalWeight}).`;
  const bidders = offers.map((offer) => offer.bidder);
  if (new Set(bidders).size !== bidders.length) return 'Deux offres portent le même soumissionnaire.';
  for (const offer of offers) {
    if (!(offer.priceHT > 0) || !isValidAmount(offer.priceHT)) return `${offer.bidder} : prix invalide.`;
    for (const key of Object.keys(offer.marks)) {
      if (!criteria.some((criterion) => criterion.id === key && criterion.method === 'note')) {
        return `${offer.bidder} : note pour un critère inconnu ou noté par formule (« ${key} »).`;
      }
    }
    for (const criterion of criteria.filter((candidate) => candidate.method === 'note')) {
      const mark = offer.marks[criterion.id];
      if (mark === undefined || !(mark >= 0 && mark <= scale)) {
        return `${offer.bidder} : note manquante ou hors de l’échelle 0 à ${scale} pour « ${criterion.label} ».`;
      }
    }
  }
  return null;
}

/**
 * Weighted ranking of offers × criteria: price points by {@link priceScore}, other criteria as
 * weight × mark / scale; totals out of 100; best first, ties sharing a rank and listed by bidder name.
 */
export function rankOffers(input: {
  readonly criteria: readonly ScoringCriterion[];
  readonly offers: readonly OfferToScore[];
  /** Highest mark of the `note` criteria (10 unless told). */
  readonly markScale?: number;
}): Result<readonly ScoredOffer[], string> {
  const scale = input.markScale ?? 10;
  if (!(scale > 0)) return err('L’échelle de notation doit être strictement positive.');
  const problem = validate(input.criteria, input.offers, scale);
  if (problem !== null) return err(problem);
  const lowestPriceHT = Math.min(...input.offers.map((offer) => offer.priceHT));
  const scored = input.offers.map((offer) => {
    const points: Record<string, number> = {};
    for (const criterion of input.criteria) {
      const raw =
        criterion.method === 'prix'
          ? priceScore({ priceHT: offer.priceHT, lowestPriceHT, weight: criterion.weight })
          : (criterion.weight * (offer.marks[criterion.id] ?? 0)) / scale;
      points[criterion.id] = raw;
    }
    const total = hundredth(Object.values(points).reduce((sum, value) => sum + value, 0));
    const rounded = Object.fromEntries(Object.entries(points).map(([id, value]) => [id, hundredth(value)]));
    return { bidder: offer.bidder, priceHT: offer.priceHT, points: rounded, total };
  });
  scored.sort((a, b) => b.total - a.total || (a.bidder < b.bidder ? -1 : a.bidder > b.bidder ? 1 : 0));
  return ok(
    scored.map((offer) => ({
      ...offer,
      rank: 1 + scored.filter((other) => other.total > offer.total).length,
    })),
  );
}
