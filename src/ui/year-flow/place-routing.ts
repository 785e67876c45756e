import type { HubHotspotId } from '../../core/assets';
import type { WeekView } from '../../core/year';

/** Which scenarios are played at which place of the mairie. */
export const PLACE_SCENARIOS: Readonly<Partial<Record<HubHotspotId, readonly string[]>>> = {
  guichet: ['guichet-etat-civil', 'premier-jour'],
  'salle-du-conseil': ['conseil-municipal', 'vote-du-budget'],
};

/**
 * The activity a place of the hub opens this week: the one in progress there, or the next one playable there.
 * Null when the place has nothing to play now (the hub then tells what the place is for).
 */
export function activityAtPlace(week: WeekView, place: HubHotspotId): string | null {
  const scenarios = PLACE_SCENARIOS[place] ?? [];
  if (week.active && scenarios.includes(week.active.scenarioId)) return week.active.id;
  return (
    week.appointments.find((activity) => activity.playable && scenarios.includes(activity.scenarioId))?.id ??
    null
  );
}
