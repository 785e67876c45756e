import { nextWorkingDayFrom, type IsoDate } from '../../dates';
import { addCalendarMonths } from '../conseil/calendar';
import type { Confidence } from './types';

/** Where a notification falls against the « dans le mois » of R423-38 and R423-42. */
export interface OneMonthCheck {
  /** Same day of the next month as the dépôt, clamped to a shorter month’s last day (31 January → 28/29 February). */
  readonly limite: IsoDate;
  /** True when the date is on or before `limite`. */
  readonly dansLeMois: boolean;
  /**
   * M on the limit day itself and, when it is a Saturday, a Sunday or a holiday, up to the next working day: there
   * the answer depends on a day-exact count (is the dépôt day counted? is the limit carried to a working day?) that
   * no text read for the fact sheet settles (sheet §6.6). C elsewhere.
   */
  readonly confidence: Confidence;
}

/**
 * Month-to-month count from the dépôt: the délai « d’un mois à compter du dépôt » ends on the same day of the next
 * month, with no carry to the next working day (no urbanisme text read says so). Dates around that limit are marked
 * M rather than guessed.
 * Example: dépôt 3 March → limit 3 April; a letter of 2 April is in time (C), one of 3 April is in time (M), one of
 * 10 April is late (C).
 */
export function checkWithinOneMonth(depotDate: IsoDate, date: IsoDate): OneMonthCheck {
  const limite = addCalendarMonths(depotDate, 1);
  const onBoundary = date >= limite && date <= nextWorkingDayFrom(limite);
  return { limite, dansLeMois: date <= limite, confidence: onBoundary ? 'M' : 'C' };
}
