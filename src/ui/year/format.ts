import { daysBetween, formatFrenchDate, type IsoDate } from '../../core/dates';
import { frenchHours } from '../../core/year';

/** « 2 h », « 1 h 30 », « 30 min » (the core's formatting, shared with its French reasons). */
export const hoursText = frenchHours;

/** « lundi 22 février » (no year: the year is on screen already). */
export function dayMonth(date: IsoDate): string {
  return formatFrenchDate(date).replace(/ \d{4}$/, '');
}

/** « Lundi 22 février ». */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A signed change with a real minus sign: « +3 », « −2 ». */
export function deltaText(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : '0';
}

/** « aujourd’hui », « demain », « dans 12 jours », « il y a 3 jours ». */
export function relativeDays(from: IsoDate, to: IsoDate): string {
  const days = daysBetween(from, to);
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  if (days === -1) return 'hier';
  return days > 0 ? `dans ${days} jours` : `il y a ${-days} jours`;
}

/** « Semaine 12 sur 52 — du lundi 15 au dimanche 21 mars 2027 ». */
export function weekHeading(week: number, weekCount: number, monday: IsoDate, sunday: IsoDate): string {
  return `Semaine ${week} sur ${weekCount} — du ${dayMonth(monday)} au ${formatFrenchDate(sunday)}`;
}
