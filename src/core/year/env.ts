import { err, ok, type Result } from '../result';
import type { ScenarioFile } from '../scenario/format/schema';
import { compileScenario, type ScenarioProgram, type ScenarioSnapshot } from '../scenario/runtime/run';
import type { ScenarioEvent } from '../scenario/step-view';
import { checkYearConfig } from './config/check-year';
import type { YearConfig } from './config/year-schema';
import type { World } from './world/world-schema';

/**
 * What a year is played against: the commune, the year configuration and the scenario catalogue. Programs are
 * compiled once; scenario snapshots are memoised by log (a pure function of it) so that forwarding an event
 * does not replay the whole run.
 */
export interface YearEnv {
  readonly world: World;
  readonly config: YearConfig;
  readonly scenarios: Readonly<Record<string, ScenarioFile>>;
  /** The compiled program of a scenario of the catalogue. */
  program(scenarioId: string): ScenarioProgram | undefined;
  /** Memo: a run's log → its snapshot. */
  readonly snapshots: WeakMap<readonly ScenarioEvent[], ScenarioSnapshot>;
}

/**
 * Checks that the year can be played with this commune and catalogue, then prepares its environment. A year
 * naming a missing scenario is refused with a French message naming it.
 */
export function createYearEnv(
  world: World,
  config: YearConfig,
  scenarios: Readonly<Record<string, ScenarioFile>>,
): Result<YearEnv, string> {
  const problems = checkYearConfig(config, world, scenarios);
  if (problems.length > 0) return err(problems.join('\n'));
  const programs = new Map<string, ScenarioProgram>();
  return ok({
    world,
    config,
    scenarios,
    program(scenarioId) {
      const cached = programs.get(scenarioId);
      if (cached) return cached;
      const scenario = scenarios[scenarioId];
      if (!scenario) return undefined;
      const program = compileScenario(scenario, scenarios);
      programs.set(scenarioId, program);
      return program;
    },
    snapshots: new WeakMap(),
  });
}
