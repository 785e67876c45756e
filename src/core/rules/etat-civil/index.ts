import type { RuleDomain } from '../rule-domain';
import { decideActRequest, type ActRequestDecision } from './act-request';
import { parseEtatCivilCase, type EtatCivilCase } from './case-schema';
import { decideCounterDisclosure, type DisclosureDecision } from './confidentiality';

export * from './act-request';
export * from './birth-declaration';
export * from './case-schema';
export * from './communicability';
export * from './confidentiality';
export * from './competence';
export * from './death-declaration';
export * from './entitlement';
export * from './request-content';
export * from './rule-catalogue';
export * from './vocabulary';

/** The answer of the `rules etat-civil` command: a decision on an act, or on a question of confidentiality. */
export type EtatCivilCaseResult = ActRequestDecision | DisclosureDecision;

/** Applies the rule the case asks for. Pure. */
export function evaluateEtatCivilCase(input: EtatCivilCase): EtatCivilCaseResult {
  return input.kind === 'acte' ? decideActRequest(input.request) : decideCounterDisclosure(input.question);
}

/**
 * The civil-status counter as the `rules` command sees it: `npm run cli -- rules etat-civil case.json`.
 * A request for an act follows the contract of issue 7; a case with `"question": "confidentialite"` asks
 * whether the agent may tell someone about another person's file (erratum 4). See docs/rules/etat-civil.md.
 */
export const etatCivilRuleDomain: RuleDomain<EtatCivilCase, EtatCivilCaseResult> = {
  id: 'etat-civil',
  title: 'État civil : délivrance des actes et confidentialité au guichet',
  parseCase: parseEtatCivilCase,
  evaluate: evaluateEtatCivilCase,
};
