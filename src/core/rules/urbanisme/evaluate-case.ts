import { addCalendarMonths } from '../conseil/calendar';
import type { IsoDate } from '../../dates';
import { decideAffichageDepot } from './affichage';
import { decideAutorite } from './autorite';
import { decideDelai } from './delai';
import { decidePieces } from './pieces';
import { weakestConfidence, type Autorite, type Confidence, type UrbanismeCase } from './types';

/** What `rules urbanisme` prints: the contract’s fields first, in its order, then more. */
export interface UrbanismeResult {
  readonly autorite: Autorite;
  readonly delaiMois: number;
  readonly piecesDemandeOpposable: boolean | null;
  /** Null for a certificat d’urbanisme, which gets no avis de dépôt (R423-6 speaks of permits and DP). */
  readonly affichageDepotAvant: IsoDate | null;
  readonly references: readonly string[];
  /** The weakest mark of the fields below: read `confidenceDetail` before scoring one field. */
  readonly confidence: Confidence;
  readonly confidenceDetail: {
    readonly autorite: Confidence;
    readonly delaiMois: Confidence;
    readonly piecesDemandeOpposable: Confidence;
    readonly affichageDepotAvant: Confidence;
  };
  readonly delaiDroitCommunMois: number;
  readonly majorationOpposable: boolean;
  /**
   * Dépôt + délai, month to month, when the délai runs from the dépôt (no opposable request for documents); null
   * when it runs from the receipt of the documents. Always M: a day-exact count (sheet §6.6).
   */
  readonly echeanceIndicative: IsoDate | null;
  /** French explanation for a trainer. */
  readonly explication: string;
}

/**
 * Authority (L422-1), délai d’instruction (R423-23, R423-24, R423-42; R410-12 for a certificat), effect of a
 * request for documents (R423-38, R423-39, R423-41) and last day to post the avis de dépôt (R423-6).
 */
export function evaluateUrbanismeCase(input: UrbanismeCase): UrbanismeResult {
  const autorite = decideAutorite(input.demande, input.document);
  const delai = decideDelai(input);
  const pieces = decidePieces(input.demande, input.depotDate, input.piecesDemandeesDate);
  const affichage = decideAffichageDepot(input.demande, input.depotDate);
  const parts = [autorite, delai, pieces, affichage];
  const echeanceIndicative =
    pieces.piecesDemandeOpposable === true ? null : addCalendarMonths(input.depotDate, delai.delaiMois);
  return {
    autorite: autorite.autorite,
    delaiMois: delai.delaiMois,
    piecesDemandeOpposable: pieces.piecesDemandeOpposable,
    affichageDepotAvant: affichage.affichageDepotAvant,
    references: [...new Set(parts.flatMap((part) => part.references))],
    confidence: weakestConfidence(...parts.map((part) => part.confidence)),
    confidenceDetail: {
      autorite: autorite.confidence,
      delaiMois: delai.confidence,
      piecesDemandeOpposable: pieces.confidence,
      affichageDepotAvant: affichage.confidence,
    },
    delaiDroitCommunMois: delai.delaiDroitCommunMois,
    majorationOpposable: delai.majorationOpposable,
    echeanceIndicative,
    explication: parts
      .map((part) => part.explication)
      .filter((text) => text !== '')
      .join(' '),
  };
}
