import type { RuleDomain } from '../rule-domain';
import { evaluateRhCase, parseRhCase, type RhCase, type RhResult } from './case-schema';

export * from './references';
export * from './verdict';
export * from './deadlines';
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
