import { seedRng } from '../../random/rng';
import type { ScenarioEvent } from '../step-view';
import { botEvent, type BotStrategy } from './bots';
import type { ScenarioInput } from './context';
import { advanceRun, startRun, stepKeyOf, type ScenarioProgram, type ScenarioSnapshot } from './run';
import { leafPath, locateStep } from './step-path';

/** A finished (or stopped) bot run. */
export interface AutoplayResult {
  readonly snapshot: ScenarioSnapshot;
  readonly log: readonly ScenarioEvent[];
  readonly visited: readonly string[];
  /** Why the run stopped before the end, or null when it reached an end step. */
  readonly stoppedBecause: string | null;
}

/**
 * Plays a scenario to its end with a bot. `botSeed` drives the bot's own draws, independently of the
 * scenario's seed. Stops after `maxEvents` as a safety net against a scenario that loops.
 */
export function autoplay(
  program: ScenarioProgram,
  input: ScenarioInput,
  strategy: BotStrategy,
  botSeed: number,
  maxEvents = 500,
  from?: ScenarioSnapshot,
): AutoplayResult {
  let snapshot = from ?? startRun(program, input);
  let rng = seedRng(botSeed);
  const log: ScenarioEvent[] = [];
  const visited = [stepKeyOf(snapshot)];
  while (snapshot.status === 'active') {
    if (log.length >= maxEvents)
      return { snapshot, log, visited, stoppedBecause: `plus de ${maxEvents} événements` };
    const located = locateStep(program.scenario, program.library, leafPath(snapshot.value));
    if (!located)
      return { snapshot, log, visited, stoppedBecause: `étape introuvable : ${stepKeyOf(snapshot)}` };
    const [event, next] = botEvent(located.scenario, located.step, snapshot.context, strategy, rng);
    rng = next;
    const step = advanceRun(program, snapshot, event);
    if (!step.accepted) {
      return {
        snapshot,
        log,
        visited,
        stoppedBecause: `événement refusé à ${stepKeyOf(snapshot)} : ${JSON.stringify(event)}`,
      };
    }
    snapshot = step.snapshot;
    log.push(event);
    visited.push(stepKeyOf(snapshot));
  }
  return { snapshot, log, visited, stoppedBecause: null };
}
