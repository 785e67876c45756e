import { addDays, type IsoDate } from '../../dates';
import { isCertificat, type Confidence, type Demande } from './types';

/** What the silence of the administration at the end of the délai gives the applicant. */
export const SILENCES = [
  'non-opposition-tacite',
  'permis-tacite',
  'opposition-tacite',
  'rejet-tacite',
  'certificat-tacite',
] as const;
/** See {@link SILENCES}. */
export type Silence = (typeof SILENCES)[number];

/** The tacit decision of a request, and why. */
export interface SilenceDecision {
  readonly silence: Silence;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/**
 * The silence of the administration in an ordinary case (no immeuble classé or inscrit, no site classé, no
 * unfavourable avis or prescriptions of the architecte des Bâtiments de France, no évaluation environnementale:
 * R424-2, R424-3, R424-2-1 make silence a refusal there, a case this function does not take).
 * - A DP or a permit whose délai ran out gives a non-opposition or a permis tacite (L424-2, R424-1).
 * - Documents requested in time (R423-38) and not sent within the 3 months give an opposition tacite (DP) or a
 *   rejet tacite (permit) (R423-39).
 * - A certificat d’urbanisme not delivered in its délai is a certificat tacite, with the effects of a CUa (R410-12).
 */
export function decideSilence(demande: Demande, piecesNonFournies: boolean): SilenceDecision {
  if (isCertificat(demande)) {
    return {
      silence: 'certificat-tacite',
      references: ['code de l’urbanisme R410-12'],
      confidence: 'C',
      explication:
        'Sans réponse dans le délai, le demandeur obtient un certificat d’urbanisme tacite, qui a les effets d’un ' +
        'certificat d’information (CUa).',
    };
  }
  const declaration = demande === 'DP';
  if (piecesNonFournies) {
    return {
      silence: declaration ? 'opposition-tacite' : 'rejet-tacite',
      references: ['code de l’urbanisme R423-39'],
      confidence: 'C',
      explication:
        'Les pièces demandées dans le mois n’ont pas été fournies dans les 3 mois : ' +
        (declaration ? 'une opposition tacite naît.' : 'une décision tacite de rejet naît.'),
    };
  }
  return {
    silence: declaration ? 'non-opposition-tacite' : 'permis-tacite',
    references: ['code de l’urbanisme L424-2', 'code de l’urbanisme R424-1'],
    confidence: 'C',
    explication:
      'Sans décision notifiée avant la fin du délai d’instruction, le silence vaut ' +
      (declaration ? 'décision de non-opposition.' : 'permis tacite.') +
      ' Un refus doit être notifié avant l’échéance (fait foi la première présentation du pli recommandé).',
  };
}

/** Days within which a decision is posted at the mairie, and for how many months (R424-15). */
export const AFFICHAGE_DECISION_JOURS = 8;
/** See {@link AFFICHAGE_DECISION_JOURS}. */
export const AFFICHAGE_DECISION_MOIS = 2;

/** The posting of a decision at the mairie. */
export interface AffichageDecisionResult {
  /** The 8th calendar day after the decision (P: the day-exact count is among the sheet’s uncertain points). */
  readonly affichageAvant: IsoDate;
  readonly dureeMois: number;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/**
 * R424-15: the decision, express or tacit, is posted at the mairie within 8 days, for 2 months, and entered in the
 * register of the arrêtés (CGCT R2122-7). The 8 days and the 2 months are certain; the count to the exact day is
 * not (sheet §6.6): score a posting clearly inside or outside, never the limit day.
 */
export function decideAffichageDecision(decisionDate: IsoDate): AffichageDecisionResult {
  const affichageAvant = addDays(decisionDate, AFFICHAGE_DECISION_JOURS);
  return {
    affichageAvant,
    dureeMois: AFFICHAGE_DECISION_MOIS,
    references: ['code de l’urbanisme R424-15', 'CGCT R2122-7'],
    confidence: 'P',
    explication:
      'La décision, expresse ou tacite, est affichée en mairie dans les 8 jours, pendant 2 mois, et mentionnée ' +
      'au registre chronologique des actes.',
  };
}
