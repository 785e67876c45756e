import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import { isCertificat, type Confidence, type Demande } from './types';

/** Days within which the avis de dépôt is posted at the mairie (R423-6). */
export const AFFICHAGE_DEPOT_JOURS = 15;

/** The last day to post the avis de dépôt; null for a certificat d’urbanisme. */
export interface AffichageDecision {
  readonly affichageDepotAvant: IsoDate | null;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/**
 * R423-6: the avis de dépôt is posted at the mairie « dans les quinze jours qui suivent le dépôt », for the whole
 * instruction. Calendar days, the dépôt day not counted (the days « qui suivent »), no carry to a working day (the
 * text gives none): dépôt 3 March → 18 March. The 15 days are certain; the count to the exact day is among the
 * sheet’s uncertain points (§6.6), hence P: score a posting clearly inside or outside, not one on the limit.
 * R423-6 speaks of a « demande de permis » or a « déclaration »: a certificat d’urbanisme gets no avis de dépôt
 * (null), marked P since the sheet does not say it in words.
 */
export function decideAffichageDepot(demande: Demande, depotDate: IsoDate): AffichageDecision {
  if (isCertificat(demande)) {
    return {
      affichageDepotAvant: null,
      references: [],
      confidence: 'P',
      explication:
        'Un certificat d’urbanisme n’est ni un permis ni une déclaration préalable : l’avis de dépôt de R423-6 ' +
        'ne le concerne pas (point non noté).',
    };
  }
  const affichageDepotAvant = addDays(depotDate, AFFICHAGE_DEPOT_JOURS);
  return {
    affichageDepotAvant,
    references: ['code de l’urbanisme R423-6'],
    confidence: 'P',
    explication:
      `Avis de dépôt affiché en mairie au plus tard le ${formatFrenchDate(affichageDepotAvant)} (15 jours ` +
      'calendaires après le dépôt), pendant toute l’instruction.',
  };
}

/** Whether an avis de dépôt was posted in time. */
export interface AffichageCheck {
  readonly dansLeDelai: boolean;
  /** M on the limit day itself (in time if the dépôt day is not counted, late if it is), C elsewhere. */
  readonly confidence: Confidence;
}

/**
 * R423-6 applied to a posting date, for a scenario that scores it: in time up to the 15th day after the dépôt.
 * Only the 15th day hangs on the day-exact count (sheet §6.6): it is marked M, never scored.
 */
export function checkAffichageDepot(depotDate: IsoDate, affichageDate: IsoDate): AffichageCheck {
  const limite = addDays(depotDate, AFFICHAGE_DEPOT_JOURS);
  return { dansLeDelai: affichageDate <= limite, confidence: affichageDate === limite ? 'M' : 'C' };
}
