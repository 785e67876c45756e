import type { HubHotspotId, StageRect } from '../../core/assets';

/** A place of the hub: a real button over its area of the illustration. */
export interface HubHotspot {
  readonly id: HubHotspotId;
  /** Accessible name and visible plate, French. */
  readonly label: string;
  /** What the place is for, French (shown until a scenario takes the place over). */
  readonly purpose: string;
  /** Area on the 1280×720 hub illustration; the generator draws the object inside it. */
  readonly area: StageRect;
}

/** In the order a reader scans the room, left to right: it is also the keyboard order. */
export const HUB_HOTSPOTS: readonly HubHotspot[] = [
  {
    id: 'guichet',
    label: 'Guichet d’accueil',
    purpose:
      'Le guichet reçoit les habitants : état civil, inscriptions sur les listes électorales, attestations, ' +
      'demandes de salle et réclamations. Chaque visite est une mise en situation.',
    area: { x: 36, y: 236, width: 318, height: 356 },
  },
  {
    id: 'salle-du-conseil',
    label: 'Salle du conseil',
    purpose:
      'Derrière cette porte siège le conseil municipal : convocations, ordre du jour, quorum, votes et ' +
      'procès-verbal. Vous y préparez et suivez les séances.',
    area: { x: 398, y: 170, width: 176, height: 396 },
  },
  {
    id: 'calendrier',
    label: 'Calendrier mural',
    purpose:
      'Le calendrier de l’année : échéances budgétaires, séances du conseil, élections et jours fériés. ' +
      'Il rythme la semaine de travail.',
    area: { x: 626, y: 104, width: 156, height: 178 },
  },
  {
    id: 'ordinateur',
    label: 'Ordinateur : agenda et courriels',
    purpose:
      'L’ordinateur du secrétariat : l’agenda de la semaine et la boîte de courriels (préfecture, trésorerie, ' +
      'habitants, élus). Les demandes du jour arrivent ici.',
    area: { x: 820, y: 282, width: 230, height: 196 },
  },
  {
    id: 'telephone',
    label: 'Téléphone',
    purpose:
      'Le téléphone du secrétariat : appels des élus, des habitants et des services de l’État. ' +
      'Quand il sonne, une situation vous attend.',
    area: { x: 1078, y: 388, width: 128, height: 110 },
  },
];
