import type { RuleDomain } from '../rule-domain';
import { parseUrbanismeCase } from './case-schema';
import { evaluateUrbanismeCase, type UrbanismeResult } from './evaluate-case';
import type { UrbanismeCase } from './types';

export * from './types';
export * from './within-one-month';
export * from './autorite';
export * from './delai';
export * from './pieces';
export * from './affichage';
export * from './silence';
export * from './case-schema';
export * from './evaluate-case';

/**
 * Urbanisme for the `rules` command and the scenario guards (issue 22): who decides a request, its délai
 * d’instruction, whether a request for documents counts, and when to post the avis de dépôt.
 */
export const urbanismeRuleDomain: RuleDomain<UrbanismeCase, UrbanismeResult> = {
  id: 'urbanisme',
  title: 'Urbanisme : autorité compétente, délai d’instruction, pièces, affichage du dépôt',
  parseCase: parseUrbanismeCase,
  evaluate: evaluateUrbanismeCase,
};
