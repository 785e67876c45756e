/**
 * The entry point a SCORM package's manifest launches: `index.html?sco=annee` (the year) or
 * `index.html?sco=scenario&id=premier-jour` (one practice scenario). Pure: the composition root gives the query
 * string, and the manifest is written with {@link launchQueryOf}.
 */

/** One SCO of the package. */
export type ScoLaunch = { readonly sco: 'annee' } | { readonly sco: 'scenario'; readonly scenarioId: string };

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The SCO a query string launches, or null when the game is not launched as a SCO (or the query is wrong). */
export function parseLaunch(search: string): ScoLaunch | null {
  const params = new URLSearchParams(search);
  const sco = params.get('sco');
  if (sco === 'annee') return { sco: 'annee' };
  if (sco !== 'scenario') return null;
  const id = params.get('id') ?? '';
  return SCENARIO_ID.test(id) ? { sco: 'scenario', scenarioId: id } : null;
}

/** The query string of a SCO's launch (without `?`), the inverse of {@link parseLaunch}. */
export function launchQueryOf(launch: ScoLaunch): string {
  return launch.sco === 'annee' ? 'sco=annee' : `sco=scenario&id=${encodeURIComponent(launch.scenarioId)}`;
}
