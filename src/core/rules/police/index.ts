import type { RuleDomain } from '../rule-domain';
import { evaluatePoliceCase, parsePoliceCase, type PoliceCase, type PoliceResult } from './case';

export * from './types';
export * from './competence-circulation';
export * from './arrete';
export * from './occupation';
export * from './case';

/**
 * The maire's police for the `rules` command and the scenario guards (issue 22): who regulates traffic, how an
 * arrêté is published, transmitted and sanctioned, which title an occupation of the road needs
 * (docs/rules/police.md).
 */
export const policeRuleDomain: RuleDomain<PoliceCase, PoliceResult> = {
  id: 'police',
  title: 'Police du maire : circulation, arrêtés, occupation du domaine public (CGCT L2212-2 à L2213-6)',
  parseCase: parsePoliceCase,
  evaluate: evaluatePoliceCase,
};
