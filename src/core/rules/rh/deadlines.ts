import { addDays, dateParts, makeIsoDate, nextWorkingDayFrom, type IsoDate } from '../../dates';
import { addCalendarMonths } from '../conseil/calendar';
import type { Confidence, DeadlineNote } from './verdict';

/**
 * The delays of the RH domain. The sheet confirms each delay's length but lists their fine computation (starting
 * point, jours francs, extension to a working day) among the points not to score (legal-facts-rh.md §7.2: « ne
 * noter que des écarts nets »). So each check applies one stated reading and marks `M` every date on which another
 * plausible reading would give the other answer: only clear-cut gaps come out `C`.
 */
export interface DeadlineCheck {
  /** The verdict under the stated reading. */
  readonly inTime: boolean;
  /** `M` when another reading (jours francs, month end, extension to a working day) would change the verdict. */
  readonly confidence: Confidence;
  readonly note: DeadlineNote;
}

/** The extension that no RH text of the sheet states, named once so that every note says the same. */
const NO_EXTENSION =
  'pas de report au jour ouvrable suivant (aucun texte de la fiche ne le prévoit ; une date ainsi reportée est marquée M)';

function check(inTime: boolean, borderline: boolean, note: DeadlineNote): DeadlineCheck {
  return { inTime, confidence: borderline ? 'M' : 'C', note };
}

/**
 * `date` moved by whole months with overflow (31 January + 1 month → 3 March, or 2 March in a leap year): the
 * reading opposite to {@link addCalendarMonths}' clamping, used only to bound the uncertain band.
 */
export function addMonthsWithOverflow(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const firstOfMonth = makeIsoDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
  return addDays(firstOfMonth, day - 1);
}

/**
 * Is `date` within `fullDays` jours francs after `start`? Neither `start` nor the last day of the period counts,
 * so the act may be done up to `start + fullDays + 1` — the sheet's own example (legal-facts-rh.md §1.7: CR
 * notified on 10 January, revision asked by 26 January at the latest). A later date up to the next working day
 * (when that last day is a Saturday, a Sunday or a public holiday) is late but marked `M`.
 */
export function checkWithinFullDays(
  start: IsoDate,
  date: IsoDate,
  fullDays: number,
  objet: string,
  source: string,
): DeadlineCheck {
  const lastDay = addDays(start, fullDays + 1);
  const lenientLastDay = nextWorkingDayFrom(lastDay);
  return check(date <= lastDay, date > lastDay && date <= lenientLastDay, {
    objet,
    date: lastDay,
    regle: `${fullDays} jours francs : ni le jour de départ ni le dernier jour ne comptent, l’acte peut être fait jusqu’au jour de départ + ${fullDays + 1} ; ${NO_EXTENSION}`,
    source,
  });
}

/**
 * Is `date` within `days` calendar days after `start` (the day of `start` not counted, the last day counted)?
 * Up to one more day (a jours-francs reading), then to the next working day, the verdict is marked `M`.
 */
export function checkWithinDays(
  start: IsoDate,
  date: IsoDate,
  days: number,
  objet: string,
  source: string,
): DeadlineCheck {
  const lastDay = addDays(start, days);
  const lenientLastDay = nextWorkingDayFrom(addDays(lastDay, 1));
  return check(date <= lastDay, date > lastDay && date <= lenientLastDay, {
    objet,
    date: lastDay,
    regle: `${days} jours calendaires, le jour de départ non compté ; ${NO_EXTENSION}`,
    source,
  });
}

/**
 * Is `date` within `months` months after `start`, counted « de quantième à quantième » (10 March → 10 April),
 * clamped to the end of a shorter month (31 January → 28 or 29 February)? Beyond, up to the overflow reading plus
 * one day (jours francs), then to the next working day, the verdict is marked `M`.
 */
export function checkWithinMonths(
  start: IsoDate,
  date: IsoDate,
  months: number,
  objet: string,
  source: string,
): DeadlineCheck {
  const lastDay = addCalendarMonths(start, months);
  const lenientLastDay = nextWorkingDayFrom(addDays(addMonthsWithOverflow(start, months), 1));
  return check(date <= lastDay, date > lastDay && date <= lenientLastDay, {
    objet,
    date: lastDay,
    regle: `${months} mois de quantième à quantième, ramené au dernier jour d’un mois plus court ; ${NO_EXTENSION}`,
    source,
  });
}

/**
 * Does `event` come at least `days` calendar days after `notice` (12 → 20 of a month: 8 days)? Exactly `days`
 * days is enough under this reading but not under a jours-francs one: marked `M`.
 */
export function checkAtLeastDaysBefore(
  notice: IsoDate,
  event: IsoDate,
  days: number,
  objet: string,
  source: string,
): DeadlineCheck {
  const firstDay = addDays(notice, days);
  return check(event >= firstDay, event === firstDay, {
    objet,
    date: firstDay,
    regle: `au moins ${days} jours calendaires entre les deux dates (premier jour possible : départ + ${days}) ; à ${days} jours tout juste, une lecture en jours francs dirait non (marqué M)`,
    source,
  });
}

/**
 * Does `event` come at least `months` months after `notice`, counted « de quantième à quantième » (1 September →
 * 1 October), clamped at a month's end? From that day up to the overflow reading plus one day (jours francs), the
 * verdict is marked `M`.
 */
export function checkAtLeastMonthsBefore(
  notice: IsoDate,
  event: IsoDate,
  months: number,
  objet: string,
  source: string,
): DeadlineCheck {
  const firstDay = addCalendarMonths(notice, months);
  const strictFirstDay = addDays(addMonthsWithOverflow(notice, months), 1);
  return check(event >= firstDay, event >= firstDay && event < strictFirstDay, {
    objet,
    date: firstDay,
    regle: `au moins ${months} mois de quantième à quantième (ramené au dernier jour d’un mois plus court) ; du premier jour possible jusqu’à la lecture en jours francs, marqué M`,
    source,
  });
}
