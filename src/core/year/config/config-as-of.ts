import type { YearConfig } from './year-schema';

/**
 * The year configuration as it was at `version`: the scheduled scenarios and short events added since
 * (`since` > version) are left out, and the version is the one asked for. A save replays against the
 * configuration its game started with, so an activity added later to a week it has already played cannot make
 * its log unplayable (`week.end` is refused while a scheduled scenario of the week is unplayed); and the game,
 * saved again, keeps saying which configuration it follows. A version at or above today's gives today's
 * configuration.
 */
export function yearConfigAsOf(config: YearConfig, version: number): YearConfig {
  if (version >= config.version) return config;
  const known = (item: { readonly since?: number | undefined }) => (item.since ?? 1) <= version;
  return {
    ...config,
    version,
    scheduled: config.scheduled.filter(known),
    events: config.events.filter(known),
  };
}

/** The scenarios of the activities {@link yearConfigAsOf} leaves out at `version`, to tell the player. */
export function scenariosAddedSince(config: YearConfig, version: number): string[] {
  return [...config.scheduled, ...config.events]
    .filter((item) => (item.since ?? 1) > version)
    .map((item) => item.scenario);
}
