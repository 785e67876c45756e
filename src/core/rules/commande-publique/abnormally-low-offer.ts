import type { Confidence } from './types';

/** Where the buyer stands with an offer that seems abnormally low. */
export interface AbnormallyLowOfferSituation {
  /** The offer's price seems manifestly undervalued, so that it may compromise the contract's performance. */
  readonly seemsAbnormallyLow: boolean;
  /** The buyer asked the bidder, in writing, to justify its price or costs. */
  readonly justificationRequested: boolean;
  /** After checking them, the justifications are convincing; `undefined` while none was received. */
  readonly justificationConvincing?: boolean;
  /** What the buyer intends to do with the offer. */
  readonly intendedAction: 'rejeter' | 'retenir';
}

/** The engine's reading of that situation. */
export interface AbnormallyLowOfferCheck {
  /** True when the intended action respects L2152-6: question first, then reject only what stays unjustified. */
  readonly lawful: boolean;
  /** What the buyer must do, in French. */
  readonly expected: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

const REFERENCES = ['CCP L2152-5', 'CCP L2152-6', 'CCP R2152-3'] as const;

/**
 * Abnormally low offer: an offer whose price is manifestly undervalued and may compromise the contract's
 * performance (CCP L2152-5). The buyer must ask for justifications before anything else; it rejects the offer
 * only if, after checking them, the offer is established as abnormally low, and then it must reject it
 * (L2152-6, R2152-3). [M] in the fact sheet, confirmed since on code-commande-publique.com (see docs).
 */
export function checkAbnormallyLowOffer(situation: AbnormallyLowOfferSituation): AbnormallyLowOfferCheck {
  const result = (lawful: boolean, expected: string): AbnormallyLowOfferCheck => ({
    lawful,
    expected,
    references: REFERENCES,
    confidence: 'partial',
  });
  if (!situation.seemsAbnormallyLow) {
    return situation.intendedAction === 'rejeter'
      ? result(
          false,
          'Un prix bas ne suffit pas : l’offre ne peut pas être écartée comme anormalement basse sans indice sérieux ni procédure contradictoire.',
        )
      : result(true, 'Aucune procédure particulière : l’offre est analysée comme les autres.');
  }
  if (!situation.justificationRequested || situation.justificationConvincing === undefined) {
    return result(
      false,
      'Demander d’abord par écrit au soumissionnaire de justifier son prix ou ses coûts, puis apprécier ses réponses avant de décider.',
    );
  }
  if (situation.justificationConvincing) {
    return situation.intendedAction === 'retenir'
      ? result(
          true,
          'Les justifications sont convaincantes : l’offre reste en lice et est classée normalement.',
        )
      : result(
          false,
          'Les justifications sont convaincantes : l’offre ne peut plus être rejetée comme anormalement basse.',
        );
  }
  return situation.intendedAction === 'rejeter'
    ? result(true, 'Les justifications ne sont pas convaincantes : l’offre est rejetée.')
    : result(false, 'L’offre est établie comme anormalement basse : l’acheteur doit la rejeter.');
}
