import type { RuleDomain } from '../rule-domain';
import { decideActRequest, type ActRequest, type ActRequestDecision } from './act-request';
import { parseActRequest } from './case-schema';

export * from './act-request';
export * from './birth-declaration';
export * from './case-schema';
export * from './communicability';
export * from './competence';
export * from './death-declaration';
export * from './entitlement';
export * from './request-content';
export * from './rule-catalogue';
export * from './vocabulary';

/**
 * The civil-status counter as the `rules` command sees it: `npm run cli -- rules etat-civil case.json`.
 * Input and output follow the contract of issue 7 (see docs/rules/etat-civil.md).
 */
export const etatCivilRuleDomain: RuleDomain<ActRequest, ActRequestDecision> = {
  id: 'etat-civil',
  title: 'État civil : délivrance des actes',
  parseCase: parseActRequest,
  evaluate: decideActRequest,
};
