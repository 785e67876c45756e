import type { Ballot, CountContext, Envelope } from './ballot';
import { classifyEnvelope, classifyLooseBallot, type Classification } from './classification';

/** Where a classified item was found: in an envelope, or loose in the urn. */
export type Origin = 'enveloppe' | 'sansEnveloppe';

/** One item of the urn once classified. `index` is 0-based within its own list (envelopes or loose ballots). */
export interface ClassifiedItem {
  readonly origin: Origin;
  readonly index: number;
  readonly classification: Classification;
}

/** The totals of a count, as they go on the procès-verbal. */
export interface UrnCount {
  readonly enveloppes: number;
  readonly bulletinsSansEnveloppe: number;
  readonly blancs: number;
  readonly nuls: number;
  /** Suffrages exprimés: every item that is neither blank nor void; always the sum of `voix`. */
  readonly exprimes: number;
  /** Votes per candidate or list, every one present (0 included), in the order of the context. */
  readonly voix: Readonly<Record<string, number>>;
  /** Every envelope then every loose ballot, in the order found. */
  readonly items: readonly ClassifiedItem[];
}

/**
 * Counts the urn (code électoral L65, L66): each envelope and each ballot found without one is exactly one
 * item, classified as a vote, a blank or a void; blancs and nuls stay outside the suffrages exprimés.
 */
export function countUrn(
  context: CountContext,
  envelopes: readonly Envelope[],
  looseBallots: readonly Ballot[],
): UrnCount {
  const items: ClassifiedItem[] = [
    ...envelopes.map((envelope, index) => ({
      origin: 'enveloppe' as const,
      index,
      classification: classifyEnvelope(envelope, context),
    })),
    ...looseBallots.map((ballot, index) => ({
      origin: 'sansEnveloppe' as const,
      index,
      classification: classifyLooseBallot(ballot, context),
    })),
  ];
  const voix = new Map(context.candidates.map((candidate) => [candidate, 0]));
  let blancs = 0;
  let nuls = 0;
  for (const { classification } of items) {
    if (classification.classement === 'blanc') blancs += 1;
    else if (classification.classement === 'nul') nuls += 1;
    else if (classification.candidate !== undefined) {
      voix.set(classification.candidate, (voix.get(classification.candidate) ?? 0) + 1);
    }
  }
  return {
    enveloppes: envelopes.length,
    bulletinsSansEnveloppe: looseBallots.length,
    blancs,
    nuls,
    exprimes: items.length - blancs - nuls,
    voix: Object.fromEntries(voix),
    items,
  };
}
