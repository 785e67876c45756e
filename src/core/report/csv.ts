import { dateParts } from '../dates/iso-date';
import type { IsoDate } from '../dates/iso-date';
import { REPORT_ROLE_LABELS, VERDICT_LABELS } from './labels';
import type { Report } from './report-model';

/** One CSV cell: text, a number (written with a decimal comma), or nothing. */
export type CsvCell = string | number | null;

/** French Excel's list separator. */
export const CSV_SEPARATOR = ';';

/** Byte-order mark: without it Excel reads a CSV file as Windows-1252 and mangles every accent. */
export const UTF8_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One quoted CSV field. Inner quotes are doubled; semicolons and line breaks stay inside the quotes. Text that a
 * spreadsheet would run as a formula (« =… », « +… », « -… », « @… ») gets a leading apostrophe: scenario text and
 * player names are data, never formulas. Numbers use the decimal comma French Excel expects.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '""';
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell.replace(FORMULA_START, "'$&");
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows to CSV text: semicolon-separated quoted fields, CRLF line ends, with a BOM unless told otherwise. */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { readonly bom?: boolean } = {},
): string {
  const body = rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n');
  return `${options.bom === false ? '' : UTF8_BOM}${body}\r\n`;
}

/** A short French date, as French Excel recognises it and a table prints it: « 02/03/2027 ». */
export function shortFrenchDate(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year)}`;
}

/** Header of {@link reportToCsv}. */
export const EVIDENCE_CSV_HEADER: readonly string[] = [
  'Joueur',
  'Partie',
  'N°',
  'Date',
  'Scénario',
  'Étape',
  'Rôle',
  'Compétences',
  'Verdict',
  'Poids',
  'Points',
  'Choix du joueur',
  'Ce qu’il fallait faire et pourquoi',
  'Référence',
];

/**
 * The decisions of a report as CSV, one row per decision in game order: what was done, the verdict, the points,
 * and what should have been done with its reference. Player and game are repeated on each row so that a trainer
 * can paste the files of a whole group into one sheet.
 */
export function reportToCsv(report: Report, options: { readonly bom?: boolean } = {}): string {
  const rows = report.evidence.map((item) => [
    report.playerLabel,
    report.title,
    item.rank,
    shortFrenchDate(item.date),
    item.scenarioTitle ?? item.scenarioId,
    item.step,
    REPORT_ROLE_LABELS[item.role],
    item.competenceIds.join(', '),
    VERDICT_LABELS[item.verdict],
    item.weight,
    item.points,
    item.choice,
    item.explanation,
    item.reference,
  ]);
  return toCsv([EVIDENCE_CSV_HEADER, ...rows], options);
}

/**
 * The marks of several reports as CSV, one row per game: the trainer's summary sheet for a group. Bloc columns
 * follow the first report's blocs (every report is scored against RNCP41781); an unassessed bloc is left empty.
 */
export function reportsMarksToCsv(
  reports: readonly Report[],
  options: { readonly bom?: boolean } = {},
): string {
  const blocs = reports[0]?.blocs ?? [];
  const header = [
    'Joueur',
    'Partie',
    'Date de la partie',
    ...blocs.map((b) => `${b.code} /20`),
    'Note globale /20',
    'Blocs validés',
  ];
  const rows = reports.map((report) => [
    report.playerLabel,
    report.title,
    shortFrenchDate(report.playedOn),
    ...report.blocs.map((bloc) => bloc.mark),
    report.overall.mark,
    report.blocs
      .filter((bloc) => bloc.validated)
      .map((bloc) => bloc.code)
      .join(', '),
  ]);
  return toCsv([header, ...rows], options);
}
