import {
  PRICE_FORMULA,
  priceScore,
  rankOffers,
  type OfferToScore,
  type ScoredOffer,
  type ScoringCriterion,
} from '../../../rules/commande-publique';
import type { Result } from '../../../result';
import type { Verdict } from '../../../scoring/evidence';
import { formatTextNumber } from '../../format/text';
import type { SubmittedValue } from '../../step-view';
import { defineAssessor, z } from '../rule-bridge';

/**
 * The analysis a `rank` step asks for, as data: offers (ids of the step, names, prices HT), criteria (ids of the
 * step, weights adding up to 100), the criterion scored by the price formula, and the marks the analysis grid
 * gives on the other criteria — for each offer in order, one mark per non-price criterion in order.
 */
const rankingShape = z.strictObject({
  offers: z.array(z.string()).min(2),
  names: z.array(z.string().min(1)),
  prices: z.array(z.number().positive()),
  criteria: z.array(z.string()).min(1),
  criterionNames: z.array(z.string().min(1)),
  weights: z.array(z.number().positive()),
  priceCriterion: z.string(),
  marks: z.array(z.number().min(0)),
  scale: z.number().int().positive(),
});
type RankingArgs = z.infer<typeof rankingShape>;

/** Marks of the grid by offer and criterion; `undefined` for the price criterion (computed by the formula). */
function gridMark(args: RankingArgs, offerIndex: number, criterion: string): number | undefined {
  const others = args.criteria.filter((id) => id !== args.priceCriterion);
  const index = others.indexOf(criterion);
  return index < 0 ? undefined : args.marks[offerIndex * others.length + index];
}

function scoringCriteria(args: RankingArgs): ScoringCriterion[] {
  return args.criteria.map((id, index) => ({
    id,
    label: id,
    weight: args.weights[index] ?? 0,
    method: id === args.priceCriterion ? 'prix' : 'note',
  }));
}

function offersToScore(args: RankingArgs): OfferToScore[] {
  return args.offers.map((bidder, offerIndex) => ({
    bidder,
    priceHT: args.prices[offerIndex] ?? 0,
    marks: Object.fromEntries(
      args.criteria
        .filter((id) => id !== args.priceCriterion)
        .map((id) => [id, gridMark(args, offerIndex, id) ?? 0]),
    ),
  }));
}

/** The ranking the rule engine gives for the scenario's data. */
function ruleRanking(args: RankingArgs): Result<readonly ScoredOffer[], string> {
  return rankOffers({ criteria: scoringCriteria(args), offers: offersToScore(args), markScale: args.scale });
}

const rankingArgs = rankingShape.superRefine((args, context) => {
  const others = args.criteria.filter((id) => id !== args.priceCriterion);
  const problems = [
    args.names.length !== args.offers.length && 'autant de noms que d’offres',
    args.prices.length !== args.offers.length && 'autant de prix que d’offres',
    args.weights.length !== args.criteria.length && 'autant de poids que de critères',
    args.criterionNames.length !== args.criteria.length && 'autant de noms de critères que de critères',
    !args.criteria.includes(args.priceCriterion) && 'le critère prix parmi les critères',
    args.marks.length !== args.offers.length * others.length &&
      `${args.offers.length * others.length} notes (une par offre et par critère autre que le prix)`,
    args.marks.some((mark) => mark > args.scale) && `des notes de 0 à ${args.scale}`,
  ].filter((problem): problem is string => typeof problem === 'string');
  for (const problem of problems) context.addIssue({ code: 'custom', message: `attendu : ${problem}` });
  if (problems.length > 0) return;
  const ranked = ruleRanking(args);
  if (!ranked.ok) context.addIssue({ code: 'custom', message: ranked.error });
  else if (ranked.value[1]?.rank === 1)
    context.addIssue({ code: 'custom', message: 'deux offres à égalité en tête : départagez-les' });
});

const hundredth = (value: number): string => formatTextNumber(Math.round(value * 100) / 100);

/** « 9 (9,19 arrondi) », or « 10 » when the formula gives a whole mark. */
function roundedMark(exact: number): string {
  const rounded = formatTextNumber(Math.round(exact));
  return Number.isInteger(Math.round(exact * 100) / 100)
    ? rounded
    : `${rounded} (${hundredth(exact)} arrondi)`;
}

function markOf(values: Readonly<Record<string, SubmittedValue>>, key: string): number {
  const value = values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The marks the player gave that the formula or the grid contradicts, in French. */
function wrongMarks(values: Readonly<Record<string, SubmittedValue>>, args: RankingArgs): string[] {
  const lowest = Math.min(...args.prices);
  return args.offers.flatMap((offer, offerIndex) =>
    args.criteria.flatMap((criterion, criterionIndex) => {
      const label = args.criterionNames[criterionIndex] ?? criterion;
      const given = markOf(values, `${offer}.${criterion}`);
      const name = args.names[offerIndex] ?? offer;
      if (criterion === args.priceCriterion) {
        const exact = priceScore({
          priceHT: args.prices[offerIndex] ?? 0,
          lowestPriceHT: lowest,
          weight: args.scale,
        });
        return Math.abs(given - exact) <= 0.5 + 1e-9
          ? []
          : [`${name}, ${label} : ${roundedMark(exact)}, et non ${formatTextNumber(given)}`];
      }
      const expected = gridMark(args, offerIndex, criterion) ?? 0;
      return given === expected
        ? []
        : [`${name}, ${label} : ${formatTextNumber(expected)}, et non ${formatTextNumber(given)}`];
    }),
  );
}

/** The offers the player's own marks put first (several when tied). */
function playerLeaders(values: Readonly<Record<string, SubmittedValue>>, args: RankingArgs): string[] {
  const totals = args.offers.map((offer) =>
    args.criteria.reduce(
      (sum, criterion, index) => sum + (args.weights[index] ?? 0) * markOf(values, `${offer}.${criterion}`),
      0,
    ),
  );
  const best = Math.max(...totals);
  return args.offers.filter((_, index) => totals[index] === best);
}

const REFERENCE = `CCP L2152-7 ; ${PRICE_FORMULA.reference}`;

/**
 * Judges a `rank` grid against the rule engine's ranking (`rankOffers`): the offer the player's marks put first
 * must be the economically most advantageous one by the announced criteria (else `illegal`); the price marks
 * must follow the proportional formula, rounded to the nearest whole mark, and the other marks the analysis grid
 * (else `risque`, the analysis report being wrong even if the winner is right).
 */
export const offerRankingAssessor = defineAssessor({
  summary:
    'classement des offres par le moteur (rankOffers) : offre la mieux classée selon les critères annoncés, ' +
    'note prix par la formule proportionnelle, autres notes selon la grille',
  args: rankingArgs,
  assess: (values, args) => {
    const ranked = ruleRanking(args);
    if (!ranked.ok) return { verdict: 'risque', explanation: ranked.error, reference: REFERENCE };
    const nameOf = (bidder: string) => args.names[args.offers.indexOf(bidder)] ?? bidder;
    const winner = ranked.value[0]?.bidder ?? '';
    const leaders = playerLeaders(values, args);
    const mistakes = wrongMarks(values, args);
    const winnerRight = leaders.length === 1 && leaders[0] === winner;
    const verdict: Verdict = !winnerRight ? 'illegal' : mistakes.length > 0 ? 'risque' : 'conforme';
    if (verdict === 'conforme') return { verdict, explanation: '', reference: REFERENCE };
    const table = ranked.value
      .map((offer) => `${offer.rank}. ${nameOf(offer.bidder)} (${hundredth(offer.total)}/100)`)
      .join(', ');
    const parts = [
      `Classement selon les critères annoncés : ${table}.`,
      winnerRight
        ? ''
        : `Vos notes plaçaient en tête ${leaders.map(nameOf).join(' et ')} : l’offre économiquement la plus avantageuse est l’offre « ${nameOf(winner)} ».`,
      mistakes.length > 0 ? `Notes à revoir : ${mistakes.join(' ; ')}.` : '',
    ];
    return { verdict, explanation: parts.filter(Boolean).join(' '), reference: REFERENCE };
  },
});
