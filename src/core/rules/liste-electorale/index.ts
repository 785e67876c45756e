import type { RuleDomain } from '../rule-domain';
import {
  evaluateListeElectoraleCase,
  parseListeElectoraleCase,
  type ListeElectoraleCase,
  type ListeElectoraleResult,
} from './case';

export * from './types';
export * from './scrutin-calendar';
export * from './inscription';
export * from './commission';
export * from './reunion-commission';
export * from './delais';
export * from './case';

/**
 * The liste électorale for the `rules` command and the scenario guards (issue 22): inscription deadlines,
 * the commission de contrôle and the period of its meeting (docs/rules/liste-electorale.md).
 */
export const listeElectoraleRuleDomain: RuleDomain<ListeElectoraleCase, ListeElectoraleResult> = {
  id: 'liste-electorale',
  title: 'Liste électorale : inscription, commission de contrôle (code électoral L17 à L30)',
  parseCase: parseListeElectoraleCase,
  evaluate: evaluateListeElectoraleCase,
};
