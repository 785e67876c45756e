/**
 * The places of the mairie hub. Scenarios and the year plan refer to them by these ids; where each place is drawn
 * on the hub illustration is the presentation's business (`src/ui/hub/hub-hotspots.ts`).
 */
export const HUB_HOTSPOT_IDS = {
  computer: 'ordinateur',
  guichet: 'guichet',
  conseil: 'salle-du-conseil',
  calendar: 'calendrier',
  phone: 'telephone',
} as const;
/** One of {@link HUB_HOTSPOT_IDS}. */
export type HubHotspotId = (typeof HUB_HOTSPOT_IDS)[keyof typeof HUB_HOTSPOT_IDS];
