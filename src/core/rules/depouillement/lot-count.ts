import type { CountContext } from './ballot';
import { countUrn, type UrnCount } from './count';
import { urnOf, type NotedItem } from './notation';

/**
 * What the tables of the bureau already counted, envelope by envelope: votes per candidate or list, blancs and
 * nuls. Each counted item is one envelope.
 */
export interface CountedElsewhere {
  /** Votes per candidate or list, by name as in the context; a missing name counts 0. */
  readonly voix: Readonly<Record<string, number>>;
  readonly blancs: number;
  readonly nuls: number;
}

function checkedCount(count: number): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Nombre invalide : ${count}.`);
  return count;
}

/**
 * Counts a whole urn made of a noted lot, examined envelope by envelope with {@link countUrn}, and of the
 * results the tables already counted (code électoral L65, L66): the tables' envelopes add to the envelopes,
 * their votes, blancs and nuls to the lot's, and the exprimés stay the found items less blancs and nuls. The
 * result equals `countUrn` over the whole urn rebuilt envelope by envelope (see the property test), without
 * building hundreds of envelopes for each figure a scenario asks; its `items` are the lot's only.
 */
export function countLotWith(
  context: CountContext,
  lot: readonly NotedItem[],
  elsewhere: CountedElsewhere,
): UrnCount {
  const { envelopes, looseBallots } = urnOf(lot);
  const own = countUrn(context, envelopes, looseBallots);
  const counted = (candidate: string) => checkedCount(elsewhere.voix[candidate] ?? 0);
  const voix = Object.fromEntries(
    context.candidates.map((candidate) => [candidate, (own.voix[candidate] ?? 0) + counted(candidate)]),
  );
  const votes = context.candidates.reduce((total, candidate) => total + counted(candidate), 0);
  const blancs = checkedCount(elsewhere.blancs);
  const nuls = checkedCount(elsewhere.nuls);
  return {
    ...own,
    enveloppes: own.enveloppes + votes + blancs + nuls,
    blancs: own.blancs + blancs,
    nuls: own.nuls + nuls,
    exprimes: own.exprimes + votes,
    voix,
  };
}
