import type { Role } from '../../core/scoring/evidence';

/** French names of the roles, as a badge « Décision : Maire » shows them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  sgm: 'Secrétaire général(e) de mairie',
  maire: 'Maire',
  adjoint: 'Adjoint(e) au maire',
  conseil: 'Conseil municipal',
  usager: 'Usager',
  agent: 'Agent communal',
  prefet: 'Préfet',
  bureau: 'Bureau de vote',
};

/** The badge text telling who takes the step's decision. */
export function roleBadge(role: Role): string {
  return `Décision : ${ROLE_LABELS[role]}`;
}
