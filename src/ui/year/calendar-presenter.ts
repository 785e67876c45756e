import { FRENCH_MONTHS, dateParts, formatFrenchDate, type IsoDate } from '../../core/dates';
import type { CalendarEntry, DeadlineStatus } from '../../core/year';
import { capitalised, relativeDays } from './format';

const MONTHS = FRENCH_MONTHS;

const STATUS_TEXT: Readonly<Record<DeadlineStatus, string>> = {
  'a-venir': 'À venir',
  tenue: 'Tenue',
  manquee: 'Manquée',
  'a-verifier': 'Date à vérifier (non notée)',
  annulee: 'Annulée',
};

const KIND_TEXT: Readonly<Record<CalendarEntry['kind'], string>> = {
  echeance: 'Échéance',
  seance: 'Séance',
  scrutin: 'Scrutin',
};

/** One line of the calendar. */
export interface CalendarLineModel {
  readonly id: string;
  readonly dateText: string;
  readonly kindText: string;
  readonly label: string;
  readonly status: DeadlineStatus;
  readonly statusText: string;
  readonly reference: string;
  readonly explanation: string;
  /** Falls in the week on screen. */
  readonly thisWeek: boolean;
}

/** The calendar of deadlines, month by month. */
export interface CalendarModel {
  readonly heading: string;
  /** « Prochaine échéance : … », or null when none is left. */
  readonly next: string | null;
  readonly months: readonly { readonly heading: string; readonly lines: readonly CalendarLineModel[] }[];
}

/** The calendar of the year as the trainee reads it, the current week marked. */
export function presentCalendar(
  entries: readonly CalendarEntry[],
  monday: IsoDate,
  sunday: IsoDate,
): CalendarModel {
  const months = new Map<string, CalendarLineModel[]>();
  for (const entry of entries) {
    const { year, month } = dateParts(entry.date);
    const heading = `${capitalised(MONTHS[month - 1] ?? '')} ${year}`;
    const lines = months.get(heading) ?? [];
    lines.push({
      id: entry.id,
      dateText: formatFrenchDate(entry.date),
      kindText: KIND_TEXT[entry.kind],
      label: entry.label,
      status: entry.status,
      statusText: STATUS_TEXT[entry.status],
      reference: entry.reference,
      explanation: entry.explanation,
      thisWeek: entry.date >= monday && entry.date <= sunday,
    });
    months.set(heading, lines);
  }
  const next = entries.find(
    (entry) => entry.kind === 'echeance' && entry.status === 'a-venir' && entry.date >= monday,
  );
  return {
    heading: 'Calendrier des échéances',
    next: next
      ? `Prochaine échéance : ${next.label}, le ${formatFrenchDate(next.date)} (${relativeDays(monday, next.date)}).`
      : null,
    months: [...months].map(([heading, lines]) => ({ heading, lines })),
  };
}
