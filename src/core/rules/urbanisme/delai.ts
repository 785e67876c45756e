import { formatFrenchDate, type IsoDate } from '../../dates';
import type { Confidence, Demande } from './types';
import { isCertificat } from './types';
import { checkWithinOneMonth } from './within-one-month';

/**
 * Délais de droit commun in months: R423-23 for the DP and the permits (DP 1; PCMI and PD 2; PC and PA 3),
 * R410-12 as the fact sheet cites it for the certificats (CUa 1, CUb 2).
 */
export const DELAI_DROIT_COMMUN_MOIS: Readonly<Record<Demande, number>> = {
  DP: 1,
  PCMI: 2,
  PD: 2,
  PC: 3,
  PA: 3,
  CUa: 1,
  CUb: 2,
};

/** One month more, in the abords of a monument historique among other cases (R423-24). */
export const MAJORATION_MOIS = 1;

/** The délai that applies to a request, and why. */
export interface DelaiDecision {
  readonly delaiMois: number;
  readonly delaiDroitCommunMois: number;
  /** True when a majoration adds its month (notified in the month, on a motif of R423-24). */
  readonly majorationOpposable: boolean;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/** What decides the délai. */
export interface DelaiInput {
  readonly demande: Demande;
  readonly depotDate: IsoDate;
  readonly abordsMonumentHistorique: boolean;
  readonly majorationNotifieeDate?: IsoDate;
}

/**
 * The délai d’instruction: the droit commun of R423-23 (R410-12 for a certificat), plus one month when the project
 * lies in the abords of a monument historique (R423-24) and the majoration was notified within one month of the
 * dépôt (R423-42). Without that notification the droit commun délai stays: a DP in the abords notified nothing
 * keeps 1 month. A majoration notified without the abords motif is not counted: the case gives no other motif of
 * R423-24 to R423-33, and a foreign motif has no effect (CE, 24 octobre 2023); marked P, another motif would change
 * the answer. Certificats have no majoration.
 */
export function decideDelai(input: DelaiInput): DelaiDecision {
  const { demande, depotDate, abordsMonumentHistorique, majorationNotifieeDate } = input;
  const base = DELAI_DROIT_COMMUN_MOIS[demande];
  const baseRef = isCertificat(demande) ? 'code de l’urbanisme R410-12' : 'code de l’urbanisme R423-23';
  const keep = (
    confidence: Confidence,
    explication: string,
    refs: readonly string[] = [],
  ): DelaiDecision => ({
    delaiMois: base,
    delaiDroitCommunMois: base,
    majorationOpposable: false,
    references: [baseRef, ...refs],
    confidence,
    explication: `Délai de droit commun : ${mois(base)}. ${explication}`.trim(),
  });
  if (isCertificat(demande)) {
    // The sheet gives the certificats' délais (R410-12) with no majoration, but does not say none applies: P.
    const asked = abordsMonumentHistorique || majorationNotifieeDate !== undefined;
    const note = asked ? 'Un certificat d’urbanisme ne connaît pas de majoration de délai.' : '';
    return keep(asked ? 'P' : 'C', note);
  }
  const majorationRefs = ['code de l’urbanisme R423-24', 'code de l’urbanisme R423-42'];
  if (!majorationNotifieeDate) {
    const note = abordsMonumentHistorique
      ? 'Le projet est aux abords d’un monument historique, mais aucune majoration n’a été notifiée dans le ' +
        'mois : le délai de droit commun reste applicable.'
      : '';
    return keep('C', note, abordsMonumentHistorique ? majorationRefs : []);
  }
  const check = checkWithinOneMonth(depotDate, majorationNotifieeDate);
  const when = `Majoration notifiée le ${formatFrenchDate(majorationNotifieeDate)}, limite du mois le ${formatFrenchDate(check.limite)}`;
  if (!abordsMonumentHistorique) {
    return keep(
      'P',
      `${when}, mais le cas ne donne aucun motif de R423-24 à R423-33 (abords, site patrimonial, autre ` +
        'législation) : sans motif prévu, la majoration est sans effet.',
      majorationRefs,
    );
  }
  if (!check.dansLeMois) {
    return keep(check.confidence, `${when} : notifiée hors délai, elle n’est pas opposable.`, majorationRefs);
  }
  const total = base + MAJORATION_MOIS;
  return {
    delaiMois: total,
    delaiDroitCommunMois: base,
    majorationOpposable: true,
    references: [baseRef, ...majorationRefs],
    confidence: check.confidence,
    explication:
      `Délai de droit commun : ${mois(base)}, majoré d’un mois aux abords d’un monument historique. ${when} : ` +
      `notifiée dans le mois, elle est opposable ; délai applicable : ${mois(total)}.`,
  };
}

function mois(n: number): string {
  return `${n} mois`;
}
