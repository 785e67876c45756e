import { REPORT_ROLE_LABELS } from '../../core/report';
import type { Role } from '../../core/scoring';

/** The badge text telling who takes the step's decision, in the report's wording: « Décision : Maire ». */
export function roleBadge(role: Role): string {
  return `Décision : ${REPORT_ROLE_LABELS[role]}`;
}
