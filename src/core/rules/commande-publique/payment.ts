import { addDays, daysBetween, formatFrenchDate, isIsoDate, type IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import type { Information } from './types';

/** Payment period of a commune, in days (CCP R2192-10, [M] and §7.10 of the fact sheet). */
export const PAYMENT_PERIOD_DAYS = 30;

/** The payment deadline, shown as information only. */
export interface PaymentInformation extends Information {
  readonly dueBy: IsoDate;
  /** Present when a payment date was given: days beyond the deadline (0 when on time). */
  readonly daysLate?: number;
}

/**
 * Payment period (CCP R2192-10): 30 days for a commune from the receipt of the invoice; beyond it, late-payment
 * interest (ECB rate + 8 points) and a 40 € lump-sum indemnity are due by right. Not re-read during the research
 * (fact sheet §7.10): always `uncertain`, never a verdict.
 */
export function paymentDeadline(input: {
  readonly invoiceReceivedOn: IsoDate;
  readonly paidOn?: IsoDate;
}): Result<PaymentInformation, string> {
  if (!isIsoDate(input.invoiceReceivedOn))
    return err(`Date de réception de la facture invalide : « ${input.invoiceReceivedOn} ».`);
  if (input.paidOn !== undefined && !isIsoDate(input.paidOn))
    return err(`Date de paiement invalide : « ${input.paidOn} ».`);
  const dueBy = addDays(input.invoiceReceivedOn, PAYMENT_PERIOD_DAYS);
  const daysLate = input.paidOn === undefined ? undefined : Math.max(0, daysBetween(dueBy, input.paidOn));
  const late =
    daysLate === undefined
      ? ''
      : daysLate > 0
        ? ` Paiement avec ${daysLate} jour${daysLate > 1 ? 's' : ''} de retard : intérêts moratoires et indemnité forfaitaire de 40 € dus de plein droit.`
        : ' Paiement dans le délai.';
  return ok({
    dueBy,
    ...(daysLate === undefined ? {} : { daysLate }),
    text:
      `Délai de paiement de ${PAYMENT_PERIOD_DAYS} jours à compter de la réception de la facture : payer au plus tard le ` +
      `${formatFrenchDate(dueBy)}.${late} Règle à vérifier sur Légifrance : information, non notée.`,
    references: ['CCP R2192-10'],
    confidence: 'uncertain',
  });
}
