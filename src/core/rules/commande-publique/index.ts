import type { RuleDomain } from '../rule-domain';
import {
  evaluateCommandePubliqueCase,
  parseCommandePubliqueCase,
  type CommandePubliqueCase,
  type CommandePubliqueResult,
} from './contract';

export * from './types';
export * from './money';
export * from './thresholds';
export * from './estimated-value';
export * from './procedure';
export * from './social-services';
export * from './splitting';
export * from './consultation-documents';
export * from './award-criteria';
export * from './offer-scoring';
export * from './abnormally-low-offer';
export * from './conflict-of-interest';
export * from './award';
export * from './essential-data';
export * from './advance';
export * from './payment';
export * from './modification';
export * from './retenue-de-garantie';
export * from './contract';

/**
 * The public-procurement domain for the `rules` command and the scenario guards: a case gives a launch date,
 * a nature and lots; the result is the estimated value, the procedure, the publicity and the thresholds then
 * in force (issue 10's contract).
 */
export const commandePubliqueRuleDomain: RuleDomain<CommandePubliqueCase, CommandePubliqueResult> = {
  id: 'commande-publique',
  title: 'Commande publique : valeur estimée, procédure et publicité',
  parseCase: parseCommandePubliqueCase,
  evaluate(input) {
    const result = evaluateCommandePubliqueCase(input);
    // parseCase already ran the same checks: a failure here means the caller skipped it.
    if (!result.ok) throw new Error(`Cas non validé : ${result.error}`);
    return result.value;
  },
};
