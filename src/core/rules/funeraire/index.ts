import type { RuleDomain } from '../rule-domain';
import { parseFuneraireCase } from './case-schema';
import { decideConcession, type ConcessionResult } from './concession';
import { decideDroitInhumation, type DroitInhumationResult } from './droit-inhumation';
import { decideInhumation, type InhumationResult } from './inhumation';
import type { FuneraireCase } from './types';

export * from './types';
export * from './inhumation';
export * from './concession';
export * from './droit-inhumation';
export * from './case-schema';

/** What `rules funeraire` prints, by kind. */
export type FuneraireResult = InhumationResult | ConcessionResult | DroitInhumationResult;

/** Dispatches a parsed case on its `kind`. */
export function evaluateFuneraireCase(input: FuneraireCase): FuneraireResult {
  switch (input.kind) {
    case 'inhumation':
      return decideInhumation(input);
    case 'concession':
      return decideConcession(input);
    case 'droit-inhumation':
      return decideDroitInhumation(input);
  }
}

/**
 * Funeral law for the `rules` command and the scenario guards (issue 22): the burial délai, a concession’s
 * renewal and reprise, and the right to a grave in the commune’s cemetery.
 */
export const funeraireRuleDomain: RuleDomain<FuneraireCase, FuneraireResult> = {
  id: 'funeraire',
  title: 'Funéraire : délai d’inhumation, concessions, droit à sépulture',
  parseCase: parseFuneraireCase,
  evaluate: evaluateFuneraireCase,
};
