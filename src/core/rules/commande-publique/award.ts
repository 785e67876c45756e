import { addDays, daysBetween, formatFrenchDate, isIsoDate, type IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import type { Confidence, Procedure } from './types';

/** What the unsuccessful bidders must be told, and when. */
export interface UnsuccessfulBiddersInformation {
  /** French items, in the order of the letter. */
  readonly contents: readonly string[];
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/**
 * Information of the unsuccessful bidders (legal-facts §5.4): the rejection is notified as soon as it is decided
 * (CCP R2181-1). In a formalised procedure the letter also gives the reasons, the winner's name, the reasons for
 * choosing its offer and the date from which the contract may be signed (R2181-3). In a procédure adaptée the
 * detailed reasons are given on written request, within 15 days (R2181-2).
 */
export function unsuccessfulBiddersInformation(procedure: Procedure): UnsuccessfulBiddersInformation {
  if (procedure === 'formalisee') {
    return {
      contents: [
        'la décision de rejet, notifiée dès qu’elle est prise',
        'les motifs du rejet',
        'le nom de l’attributaire et les motifs du choix de son offre',
        'la date à partir de laquelle le marché pourra être signé (délai de suspension)',
      ],
      references: ['CCP R2181-1', 'CCP R2181-3'],
      confidence: 'confirmed',
    };
  }
  if (procedure === 'adaptee') {
    return {
      contents: [
        'la décision de rejet, notifiée dès qu’elle est prise',
        'sur demande écrite, les motifs détaillés dans les 15 jours (et, pour une offre classée, les caractéristiques et avantages de l’offre retenue)',
      ],
      references: ['CCP R2181-1', 'CCP R2181-2'],
      confidence: 'confirmed',
    };
  }
  return { contents: [], references: ['CCP R2122-8'], confidence: 'confirmed' };
}

/**
 * When the detailed reasons for rejecting an offer reach its bidder: in the rejection letter itself in a
 * formalised procedure (CCP R2181-3), on written request within 15 days in a procédure adaptée (R2181-2);
 * `sans_objet` without competition.
 */
export type ReasonsCommunication = 'dans_la_lettre' | 'sur_demande' | 'sans_objet';

/** How the reasons for a rejection are communicated, for a procedure (CCP R2181-2, R2181-3). */
export function reasonsCommunication(procedure: Procedure): ReasonsCommunication {
  if (procedure === 'formalisee') return 'dans_la_lettre';
  return procedure === 'adaptee' ? 'sur_demande' : 'sans_objet';
}

/** Standstill periods of CCP R2182-1, in days. */
export const STANDSTILL_DAYS = { electronic: 11, paper: 16 } as const;

/** The earliest signature date and whether a planned signature respects it. */
export interface StandstillCheck {
  /** False outside a formalised procedure: no standstill is required (a reasonable delay is advised). */
  readonly required: boolean;
  readonly days: number;
  /** First day the contract may be signed; equal to the sending date when no standstill applies. */
  readonly earliestSignature: IsoDate;
  /** Present when a signature date was given. */
  readonly signatureLawful?: boolean;
  readonly explanation: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/**
 * Standstill before signing (CCP R2182-1): in a formalised procedure, 16 days between sending the rejection
 * letters and signing, 11 days when they are sent electronically. The earliest signature is the sending date
 * plus those days. No obligation in a procédure adaptée.
 */
export function checkStandstill(input: {
  readonly procedure: Procedure;
  readonly rejectionSentOn: IsoDate;
  readonly electronic: boolean;
  readonly signedOn?: IsoDate;
}): Result<StandstillCheck, string> {
  if (!isIsoDate(input.rejectionSentOn)) return err(`Date d’envoi invalide : « ${input.rejectionSentOn} ».`);
  if (input.signedOn !== undefined && !isIsoDate(input.signedOn))
    return err(`Date de signature invalide : « ${input.signedOn} ».`);
  const required = input.procedure === 'formalisee';
  const days = required ? (input.electronic ? STANDSTILL_DAYS.electronic : STANDSTILL_DAYS.paper) : 0;
  const earliestSignature = addDays(input.rejectionSentOn, days);
  const signatureLawful =
    input.signedOn === undefined ? undefined : daysBetween(earliestSignature, input.signedOn) >= 0;
  const explanation = required
    ? `Procédure formalisée : ${days} jours entre l’envoi des lettres de rejet${input.electronic ? ' par voie électronique' : ''} et la signature, soit pas avant le ${formatFrenchDate(earliestSignature)}.`
    : 'Pas de délai de suspension obligatoire hors procédure formalisée ; un délai raisonnable protège du référé précontractuel.';
  return ok({
    required,
    days,
    earliestSignature,
    ...(signatureLawful === undefined ? {} : { signatureLawful }),
    explanation,
    references: ['CCP R2182-1'],
    confidence: 'confirmed',
  });
}

/**
 * Notification (CCP R2182-4): the buyer notifies the contract to the winner, and the contract takes effect on
 * the date the notification is received, so execution may not start before it. [Not in the fact sheet:
 * article read on code-commande-publique.com, see docs.]
 */
export function checkExecutionStart(input: {
  readonly notificationReceivedOn: IsoDate;
  readonly executionStartsOn: IsoDate;
}): Result<
  { readonly lawful: boolean; readonly references: readonly string[]; readonly confidence: Confidence },
  string
> {
  if (!isIsoDate(input.notificationReceivedOn) || !isIsoDate(input.executionStartsOn)) {
    return err('Dates de notification et de début d’exécution attendues au format AAAA-MM-JJ.');
  }
  return ok({
    lawful: daysBetween(input.notificationReceivedOn, input.executionStartsOn) >= 0,
    references: ['CCP R2182-4'],
    confidence: 'partial',
  });
}
