import {
  classifyNoted,
  ELECTIONS,
  parseLot,
  type Classification,
  type CountContext,
  type NotedItem,
} from '../../../rules/depouillement';
import { ok, type Result } from '../../../result';
import { z } from '../rule-bridge';

/**
 * What the count's calculators and assessors share: the arguments a scenario gives (candidates by rank, a noted
 * lot, the commune's population) and the reading of a lot, kept by its arguments.
 */
export const count = z.number().int().min(0).max(100_000);
export const label = z.string().trim().min(1);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue');

/**
 * The candidates or lists, by rank, `c1` to `c6`: `c1` is `#1` of a lot, and the bin `c1` of a count. Assessor
 * and calculator arguments name variables one by one, hence one argument per candidate.
 */
export const candidateShape = {
  c1: label,
  ...Object.fromEntries([2, 3, 4, 5, 6].map((rank) => [`c${rank}`, label.optional()])),
};
type CandidateArgs = Readonly<Record<string, unknown>>;

export function candidatesOf(args: CandidateArgs): string[] {
  return [1, 2, 3, 4, 5, 6].flatMap((rank) => {
    const name = args[`c${rank}`];
    return typeof name === 'string' ? [name] : [];
  });
}

/** Figures of a rank, `voix1` to `voix6` or `autres1` to `autres6`. */
export function byRank(args: Readonly<Record<string, unknown>>, prefix: string, size: number): number[] {
  return Array.from({ length: size }, (_, i) => {
    const value = args[`${prefix}${i + 1}`];
    return typeof value === 'number' ? value : 0;
  });
}

/** `prefix1` to `prefix6`: one figure per candidate or list, by rank, like the candidates themselves. */
export function rankedFigures(prefix: string): Record<string, z.ZodOptional<typeof count>> {
  return Object.fromEntries([1, 2, 3, 4, 5, 6].map((rank) => [`${prefix}${rank}`, count.optional()]));
}

/** The commune's population: it picks the text that voids a modified list ballot (L260 and R66-2, or loi 2025-444). */
export const population = z.number().int().min(1).max(100_000_000);

export const lotShape = {
  election: z.enum(ELECTIONS),
  ...candidateShape,
  lot: z.string().min(1),
  population: population.optional(),
};
type LotArgs = CandidateArgs & {
  election: CountContext['election'];
  lot: string;
  population?: number;
};

export function contextOf(args: LotArgs): CountContext {
  return {
    election: args.election,
    candidates: candidatesOf(args),
    ...(args.population === undefined ? {} : { population: args.population }),
  };
}

/** A lot once read: each item with its classification. */
type ReadLot = readonly { readonly item: NotedItem; readonly classification: Classification }[];

const MEMO_SIZE = 32;

/**
 * A scenario asks many figures of the same lot at each start (one per computed variable), and reading and
 * counting a lot are pure: results are kept by their arguments, so that a run starts fast.
 */
export function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const made = make();
  if (cache.size >= MEMO_SIZE) cache.clear();
  cache.set(key, made);
  return made;
}

const readLots = new Map<string, Result<ReadLot, string>>();

function lotOf(args: LotArgs): Result<ReadLot, string> {
  const context = contextOf(args);
  return memo(readLots, JSON.stringify([context, args.lot]), () => {
    const parsed = parseLot(args.lot, context.candidates);
    if (!parsed.ok) return parsed;
    return ok(parsed.value.map((item) => ({ item, classification: classifyNoted(item, context) })));
  });
}

export function readLot(args: LotArgs): ReadLot {
  const read = lotOf(args);
  if (!read.ok) throw new RangeError(read.error);
  return read.value;
}

/**
 * Refuses, at load, a lot that does not parse or whose classification rests on an uncertain point (a torn
 * ballot, a modified one-name ballot…): a scenario may not score it (legal-facts.md §7).
 */
export function checkLot(args: LotArgs, ctx: z.core.$RefinementCtx): void {
  const read = lotOf(args);
  if (!read.ok) {
    ctx.addIssue({ code: 'custom', path: ['lot'], message: read.error });
    return;
  }
  for (const { item, classification } of read.value) {
    if (classification.uncertain)
      ctx.addIssue({
        code: 'custom',
        path: ['lot'],
        message: `${item.id} : classement incertain, il ne peut pas être noté`,
      });
  }
}
