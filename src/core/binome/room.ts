import type { ScenarioFile } from '../scenario/format/schema';
import { textOf } from '../scenario/runtime/values';
import { advisedSteps, judgeChoices } from './decisions';
import { decodeResult } from './result-code';

/** One decision of the pack across the room's pairs. */
export interface RoomDecision {
  readonly decision: string;
  readonly topic: string;
  /** Pairs that played it (the draw gives each pair five situations of six). */
  readonly pairs: number;
  /** Pairs whose élu decided as the SGM advised. */
  readonly agreed: number;
  /** Pairs whose act was not illegal. */
  readonly legal: number;
  /** Share of the pairs that disagreed, 0 to 100. */
  readonly splitPercent: number;
}

/** The room's debrief for the facilitator: per decision, and the codes that could not be read. */
export interface RoomDebrief {
  readonly pairs: number;
  readonly decisions: readonly RoomDecision[];
  /** The decisions played, the most split first (ties: the most played first). */
  readonly mostSplit: readonly RoomDecision[];
  /** One French line per code refused, with its position in the list. */
  readonly problems: readonly string[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/**
 * Aggregates the result codes of a workshop's pairs for one pack: for every decision, how many pairs played it,
 * agreed and acted legally; and the situations that split pairs most. Codes that fail to decode are listed,
 * never counted. Nothing is stored: the room's debrief is a function of the codes typed.
 */
export function roomDebrief(pack: ScenarioFile, codes: readonly string[]): RoomDebrief {
  const problems: string[] = [];
  const tallies = new Map<string, { topic: string; pairs: number; agreed: number; legal: number }>();
  // Every decision is named from the pack, so that one nobody drew still has its topic in the table.
  for (const step of advisedSteps(pack)) {
    const topic = step.advice ? textOf(pack, step.advice.topic, pack.vars ?? {}) : step.decision;
    tallies.set(step.decision, { topic, pairs: 0, agreed: 0, legal: 0 });
  }
  let pairs = 0;
  codes.forEach((code, index) => {
    if (code.trim() === '') return;
    const decoded = decodeResult(code, [pack]);
    if (!decoded.ok) {
      problems.push(`Code n° ${index + 1} : ${decoded.error}`);
      return;
    }
    pairs += 1;
    for (const judged of judgeChoices(pack, decoded.value.choices)) {
      const tally = tallies.get(judged.decision);
      if (!tally) continue;
      tallies.set(judged.decision, {
        ...tally,
        pairs: tally.pairs + 1,
        agreed: tally.agreed + (judged.agreed ? 1 : 0),
        legal: tally.legal + (judged.verdict === 'illegal' ? 0 : 1),
      });
    }
  });
  const decisions = [...tallies].map(([decision, tally]) => ({
    decision,
    ...tally,
    splitPercent: percent(tally.pairs - tally.agreed, tally.pairs),
  }));
  const mostSplit = decisions
    .filter((decision) => decision.pairs > 0)
    .sort((a, b) => b.splitPercent - a.splitPercent || b.pairs - a.pairs);
  return { pairs, decisions, mostSplit, problems };
}
