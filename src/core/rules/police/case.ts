import { ok, err, type Result } from '../../result';
import { kindIssueMessage, parseWith, z } from '../../validation/schema';
import { arreteCaseSchema, decideArrete, type ArreteResult } from './arrete';
import {
  competenceCirculationCaseSchema,
  decideCompetenceCirculation,
  type CompetenceCirculationResult,
} from './competence-circulation';
import { decideOccupation, occupationCaseSchema, type OccupationResult } from './occupation';

/** The kinds of case of the `police` domain. */
export const POLICE_KINDS = ['competence-circulation', 'arrete', 'occupation'] as const;

/** A case file of `rules police`: strict objects, dispatched on `kind`. */
export const policeCaseSchema = z.discriminatedUnion(
  'kind',
  [competenceCirculationCaseSchema, arreteCaseSchema, occupationCaseSchema],
  {
    error: kindIssueMessage(POLICE_KINDS),
  },
);

export type PoliceCase = z.infer<typeof policeCaseSchema>;
export type PoliceResult = CompetenceCirculationResult | ArreteResult | OccupationResult;

/** Validates a case file's content; the error is one French message naming each faulty field. */
export function parsePoliceCase(raw: unknown): Result<PoliceCase, string> {
  const parsed = parseWith(policeCaseSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}

/** Applies the rules of its kind to a valid case. */
export function evaluatePoliceCase(input: PoliceCase): PoliceResult {
  switch (input.kind) {
    case 'competence-circulation':
      return decideCompetenceCirculation(input);
    case 'arrete':
      return decideArrete(input);
    case 'occupation':
      return decideOccupation(input);
  }
}
