import type { HubHotspotId } from '../assets/hub-places';
import type { WeekView } from './week-view';

/**
 * The activity a place of the hub opens this week: the one in progress there, or the next one playable there.
 * Null when the place has nothing to play now (the hub then tells what the place is for).
 */
export function activityAtPlace(week: WeekView, place: HubHotspotId): string | null {
  if (week.active?.place === place) return week.active.id;
  return week.appointments.find((activity) => activity.playable && activity.place === place)?.id ?? null;
}
