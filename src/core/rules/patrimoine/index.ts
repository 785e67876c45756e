import type { RuleDomain } from '../rule-domain';
import {
  evaluatePatrimoineCase,
  parsePatrimoineCase,
  type PatrimoineCase,
  type PatrimoineResult,
} from './case';

export * from './types';
export * from './financement';
export * from './erp';
export * from './case';

/**
 * The commune's buildings and projects for the `rules` command and the scenario guards (issue 22): the cap on
 * public aids and the periodic safety visits of an ERP (docs/rules/patrimoine.md).
 */
export const patrimoineRuleDomain: RuleDomain<PatrimoineCase, PatrimoineResult> = {
  id: 'patrimoine',
  title: 'Patrimoine et projets : financement d’un investissement, visites des ERP (CGCT L1111-10, CCH)',
  parseCase: parsePatrimoineCase,
  evaluate: evaluatePatrimoineCase,
};
