/**
 * The entry point a SCORM package's manifest launches: `index.html?sco=annee` (the year),
 * `index.html?sco=scenario&id=premier-jour` (one practice scenario) or `index.html?sco=binome&id=situations-de-tension`
 * (one binôme pack, played by a pair). Pure: the composition root gives the query string, and the manifest is
 * written with {@link launchQueryOf}.
 */

/** One SCO of the package. */
export type ScoLaunch =
  | { readonly sco: 'annee' }
  | { readonly sco: 'scenario'; readonly scenarioId: string }
  | { readonly sco: 'binome'; readonly packId: string };

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The SCO a query string launches, or null when the game is not launched as a SCO (or the query is wrong). */
export function parseLaunch(search: string): ScoLaunch | null {
  const params = new URLSearchParams(search);
  const sco = params.get('sco');
  if (sco === 'annee') return { sco: 'annee' };
  if (sco !== 'scenario' && sco !== 'binome') return null;
  const id = params.get('id') ?? '';
  if (!SCENARIO_ID.test(id)) return null;
  return sco === 'scenario' ? { sco, scenarioId: id } : { sco, packId: id };
}

/** The query string of a SCO's launch (without `?`), the inverse of {@link parseLaunch}. */
export function launchQueryOf(launch: ScoLaunch): string {
  if (launch.sco === 'annee') return 'sco=annee';
  const id = launch.sco === 'scenario' ? launch.scenarioId : launch.packId;
  return `sco=${launch.sco}&id=${encodeURIComponent(id)}`;
}

/** How a scenario is played on its own: as a practice scenario, or as a binôme pack by a pair. */
export type RunSco = Exclude<ScoLaunch['sco'], 'annee'>;

/** The scenario a SCO plays on its own (a practice scenario, a binôme pack), null for the year. */
export function launchedScenarioId(launch: ScoLaunch): string | null {
  if (launch.sco === 'annee') return null;
  return launch.sco === 'scenario' ? launch.scenarioId : launch.packId;
}

/** Whether a run of `scenarioId` played as `sco` is the one the SCO launched (the one its platform hears). */
export const launchesRun = (launch: ScoLaunch, sco: RunSco, scenarioId: string): boolean =>
  launch.sco === sco && launchedScenarioId(launch) === scenarioId;
