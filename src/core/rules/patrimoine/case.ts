import { ok, err, type Result } from '../../result';
import { kindIssueMessage, parseWith, z } from '../../validation/schema';
import { decideErp, erpCaseSchema, type ErpResult } from './erp';
import { decideFinancement, financementCaseSchema, type FinancementResult } from './financement';

/** The kinds of case of the `patrimoine` domain. */
export const PATRIMOINE_KINDS = ['financement', 'erp'] as const;

/** A case file of `rules patrimoine`: strict objects, dispatched on `kind`. */
export const patrimoineCaseSchema = z.discriminatedUnion('kind', [financementCaseSchema, erpCaseSchema], {
  error: kindIssueMessage(PATRIMOINE_KINDS),
});

export type PatrimoineCase = z.infer<typeof patrimoineCaseSchema>;
export type PatrimoineResult = FinancementResult | ErpResult;

/** Validates a case file's content; the error is one French message naming each faulty field. */
export function parsePatrimoineCase(raw: unknown): Result<PatrimoineCase, string> {
  const parsed = parseWith(patrimoineCaseSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}

/** Applies the rules of its kind to a valid case. */
export function evaluatePatrimoineCase(input: PatrimoineCase): PatrimoineResult {
  return input.kind === 'financement' ? decideFinancement(input) : decideErp(input);
}
