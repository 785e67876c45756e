export type {
  CrosswalkBloc,
  CrosswalkReport,
  CrosswalkUnit,
  Report,
  ReportBloc,
  ReportCompetence,
  ReportEvidence,
  ReportInput,
  ReportMark,
} from './report-model';
export { buildReport, reportMark } from './build-report';
export { reportAgainst } from './crosswalk-report';
export type { CsvCell } from './csv';
export {
  CSV_SEPARATOR,
  EVIDENCE_CSV_HEADER,
  UTF8_BOM,
  shortFrenchDate,
  csvField,
  reportToCsv,
  reportsMarksToCsv,
  toCsv,
} from './csv';
export { MASTERY_LABELS, REPORT_ROLE_LABELS, VERDICT_LABELS, formatMark } from './labels';
