import { buildReport } from '../../../../src/core/report';
import type { Report, ReportInput } from '../../../../src/core/report';
import { WORKED_EXAMPLE } from '../scoring/evidence-fixture';

/** The report of the worked example of docs/SCORING.md. */
export const WORKED_INPUT: ReportInput = {
  title: 'Mars à la mairie',
  playerLabel: 'Camille D.',
  playedOn: '2026-11-23',
  evidence: WORKED_EXAMPLE,
  scenarioTitles: { 'conseil-mars': 'Le conseil municipal de mars', 'etat-civil-copie': 'Une copie d’acte' },
};

/** Builds a report or fails the test with the refusal. */
export function reportOf(input: ReportInput): Report {
  const built = buildReport(input);
  if (!built.ok) throw new Error(built.error);
  return built.value;
}
