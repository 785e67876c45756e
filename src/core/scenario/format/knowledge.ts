import type { Scalar, ScenarioFile } from './schema';
import type { WorldFacts } from './world-facts';

/**
 * What validation checks names against: the référentiel, the asset registries, the variables the year
 * supplies, and the other scenarios (for `sub` steps). Injected so that validation stays a pure function.
 */
export interface ScenarioKnowledge {
  isKnownCompetence(id: string): boolean;
  readonly portraits: ReadonlySet<string>;
  readonly scenes: ReadonlySet<string>;
  readonly sounds: ReadonlySet<string>;
  /** Variables every scenario may use because the world supplies them (commune, population…), with the values checks use. */
  readonly worldVars: Readonly<Record<string, Scalar>>;
  /** What the commune fixes (people, places, figures) for the world check; Saint-Aubin-sur-Loire's when absent. */
  readonly worldFacts?: WorldFacts;
  /** Meters an `adjustMeter` effect may move. */
  readonly meters: ReadonlySet<string>;
  readonly library: Readonly<Record<string, ScenarioFile>>;
}
