import { formatFrenchNumber } from '../french-format';
import type { Mastery } from '../scoring/mastery';
import type { Role, Verdict } from '../scoring/evidence';

/** French names of the verdicts, as the report, the debrief and the CSV print them. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  conforme: 'Conforme',
  acceptable: 'Acceptable',
  risque: 'À risque',
  illegal: 'Illégal',
};

/** French names of the mastery levels, as a jury writes them. */
export const MASTERY_LABELS: Readonly<Record<Mastery, string>> = {
  acquis: 'Acquis',
  'en-cours': 'En cours d’acquisition',
  'non-acquis': 'Non acquis',
};

/** French names of the roles in a report (same wording as the in-game badge). */
export const REPORT_ROLE_LABELS: Readonly<Record<Role, string>> = {
  sgm: 'Secrétaire général(e) de mairie',
  maire: 'Maire',
  adjoint: 'Adjoint(e) au maire',
  conseil: 'Conseil municipal',
  usager: 'Usager',
  agent: 'Agent communal',
  prefet: 'Préfet',
  bureau: 'Bureau de vote',
};

/**
 * A mark as a jury writes it, « 12,5/20 », or « — » when nothing was assessed. Marks are rounded to the half
 * point, so one decimal at most.
 */
export function formatMark(mark: number | null): string {
  return mark === null ? '—' : `${formatFrenchNumber(mark, 1)}/20`;
}
