import { ok, err, type Result } from '../../result';
import { kindIssueMessage, parseWith, z } from '../../validation/schema';
import { commissionCaseSchema, decideCommission, type CommissionResult } from './commission';
import { decideInscription, inscriptionCaseSchema, type InscriptionResult } from './inscription';
import {
  decideReunionCommission,
  reunionCommissionCaseSchema,
  type ReunionCommissionResult,
} from './reunion-commission';

/** The kinds of case of the `liste-electorale` domain. */
export const LISTE_ELECTORALE_KINDS = ['inscription', 'commission', 'reunion-commission'] as const;

/** A case file of `rules liste-electorale`: strict objects, dispatched on `kind`. */
export const listeElectoraleCaseSchema = z.discriminatedUnion(
  'kind',
  [inscriptionCaseSchema, commissionCaseSchema, reunionCommissionCaseSchema],
  {
    error: kindIssueMessage(LISTE_ELECTORALE_KINDS),
  },
);

export type ListeElectoraleCase = z.infer<typeof listeElectoraleCaseSchema>;
export type ListeElectoraleResult = InscriptionResult | CommissionResult | ReunionCommissionResult;

/** Validates a case file's content; the error is one French message naming each faulty field. */
export function parseListeElectoraleCase(raw: unknown): Result<ListeElectoraleCase, string> {
  const parsed = parseWith(listeElectoraleCaseSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}

/** Applies the rules of its kind to a valid case. */
export function evaluateListeElectoraleCase(input: ListeElectoraleCase): ListeElectoraleResult {
  switch (input.kind) {
    case 'inscription':
      return decideInscription(input);
    case 'commission':
      return decideCommission(input);
    case 'reunion-commission':
      return decideReunionCommission(input);
  }
}
