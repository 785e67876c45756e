import { formatFrenchDate, type IsoDate } from '../../dates';
import type { Confidence, Demande } from './types';
import { isCertificat } from './types';
import { checkWithinOneMonth } from './within-one-month';

/** Whether a request for missing documents changes the délai. */
export interface PiecesDecision {
  /** Null when no document was requested, or for a certificat (see `decidePieces`). */
  readonly piecesDemandeOpposable: boolean | null;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/**
 * R423-38 and R423-39: a request for missing documents sent within one month of the dépôt (exhaustive, by
 * registered letter) suspends the instruction: the délai runs from the receipt of the documents, and the applicant
 * has 3 months to send them. R423-41: a later request (or one asking for a document the code does not list) does
 * not change the délai. Without any request the file is deemed complete after a month (R423-22). For a certificat
 * d’urbanisme the sheet gives no such rule: null, marked M.
 */
export function decidePieces(
  demande: Demande,
  depotDate: IsoDate,
  piecesDemandeesDate?: IsoDate,
): PiecesDecision {
  if (isCertificat(demande)) {
    return {
      piecesDemandeOpposable: null,
      references: [],
      confidence: piecesDemandeesDate ? 'M' : 'C',
      explication: piecesDemandeesDate
        ? 'Le régime des pièces manquantes de R423-38 vise les permis et les déclarations préalables ; la fiche ' +
          'ne dit rien d’un certificat d’urbanisme : point non noté.'
        : '',
    };
  }
  if (!piecesDemandeesDate) {
    return {
      piecesDemandeOpposable: null,
      references: ['code de l’urbanisme R423-22'],
      confidence: 'C',
      explication: 'Aucune pièce demandée : le dossier est réputé complet un mois après le dépôt.',
    };
  }
  const check = checkWithinOneMonth(depotDate, piecesDemandeesDate);
  const when =
    `Pièces demandées le ${formatFrenchDate(piecesDemandeesDate)}, ` +
    `limite du mois le ${formatFrenchDate(check.limite)}`;
  if (!check.dansLeMois) {
    return {
      piecesDemandeOpposable: false,
      references: ['code de l’urbanisme R423-41'],
      confidence: check.confidence,
      explication: `${when} : demande tardive, sans effet sur le délai, qui court du dépôt.`,
    };
  }
  return {
    piecesDemandeOpposable: true,
    references: ['code de l’urbanisme R423-38', 'code de l’urbanisme R423-39'],
    confidence: check.confidence,
    explication:
      `${when} : demande dans le mois ; le délai court de la réception des pièces, que le demandeur doit ` +
      'fournir dans les 3 mois (à défaut, rejet ou opposition tacite).',
  };
}
