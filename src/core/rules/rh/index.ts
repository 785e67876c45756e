import type { RuleDomain } from '../rule-domain';
import { evaluateRhCase, parseRhCase, type RhCase, type RhResult } from './case-schema';

export * from './references';
export * from './verdict';
export * from './deadlines';
export * from './entretien-case';
// The entretien deadlines' public part; SOURCE_DECRET and deadlineVerdict are shared with entretien.ts only.
export {
  ANSWER_DAYS,
  CAP_MONTHS,
  CONVOCATION_DAYS,
  NOTIFICATION_DAYS,
  REVISION_FULL_DAYS,
  checkCapReferral,
  checkConvocation,
} from './entretien-deadlines';
export * from './entretien';
export * from './contrat';
export * from './publication';
export * from './nomination-sgm';
export * from './stage';
export * from './titularisation';
export * from './pieces-recrutement';
export * from './case-schema';

/**
 * The human-resources domain (issue 21): `npm run cli -- rules rh <case.json>…`. Each case has a `kind`
 * (entretien, contrat, publication, nomination-sgm, stage, titularisation, pieces-recrutement); every output
 * carries its references and a confidence mark (see docs/rules/rh.md).
 */
export const rhRuleDomain: RuleDomain<RhCase, RhResult> = {
  id: 'rh',
  title: 'Ressources humaines : entretien professionnel, contrats, recrutement, stage, SGM (CGFP)',
  parseCase: parseRhCase,
  evaluate: evaluateRhCase,
};
