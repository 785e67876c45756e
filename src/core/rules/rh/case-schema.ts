import { err, type Result } from '../../result';
import { parseWith } from '../../validation/schema';
import { contratCaseSchema, evaluateContrat, type ContratCase, type ContratResult } from './contrat';
import { evaluateEntretien } from './entretien';
import { entretienCaseSchema, type EntretienCase, type EntretienResult } from './entretien-case';
import {
  evaluateNominationSgm,
  nominationSgmCaseSchema,
  type NominationSgmCase,
  type NominationSgmResult,
} from './nomination-sgm';
import {
  evaluatePiecesRecrutement,
  piecesRecrutementCaseSchema,
  type PiecesRecrutementCase,
  type PiecesRecrutementResult,
} from './pieces-recrutement';
import {
  evaluatePublication,
  publicationCaseSchema,
  type PublicationCase,
  type PublicationResult,
} from './publication';
import { evaluateStage, stageCaseSchema, type StageCase, type StageResult } from './stage';
import {
  evaluateTitularisation,
  titularisationCaseSchema,
  type TitularisationCase,
  type TitularisationResult,
} from './titularisation';

/** The kinds of the `rules rh` contract (issue 21), in its order. */
export const RH_KINDS = [
  'entretien',
  'contrat',
  'publication',
  'nomination-sgm',
  'stage',
  'titularisation',
  'pieces-recrutement',
] as const;
/** A kind of `rules rh` case. */
export type RhKind = (typeof RH_KINDS)[number];

/** A valid `rules rh` case, whatever its kind. */
export type RhCase =
  | EntretienCase
  | ContratCase
  | PublicationCase
  | NominationSgmCase
  | StageCase
  | TitularisationCase
  | PiecesRecrutementCase;

/** What `rules rh` prints for a case, whatever its kind. */
export type RhResult =
  | EntretienResult
  | ContratResult
  | PublicationResult
  | NominationSgmResult
  | StageResult
  | TitularisationResult
  | PiecesRecrutementResult;

const KIND_LIST = RH_KINDS.map((kind) => `« ${kind} »`).join(', ');

function isRhKind(value: unknown): value is RhKind {
  return typeof value === 'string' && (RH_KINDS as readonly string[]).includes(value);
}

/**
 * Validates a case file's content: the `kind` chooses the schema, so that the message speaks only of that kind's
 * fields (strict objects: an unknown key is an error, a trainer's typo is never silently ignored).
 */
export function parseRhCase(raw: unknown): Result<RhCase, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err('(racine) : objet JSON attendu, avec un champ « kind »');
  }
  const kind: unknown = (raw as Record<string, unknown>).kind;
  if (!isRhKind(kind)) {
    return err(
      kind === undefined
        ? `kind : champ requis, parmi ${KIND_LIST}`
        : `kind : « ${String(kind)} » inconnu, attendu parmi ${KIND_LIST}`,
    );
  }
  switch (kind) {
    case 'entretien':
      return parseWith(entretienCaseSchema, raw);
    case 'contrat':
      return parseWith(contratCaseSchema, raw);
    case 'publication':
      return parseWith(publicationCaseSchema, raw);
    case 'nomination-sgm':
      return parseWith(nominationSgmCaseSchema, raw);
    case 'stage':
      return parseWith(stageCaseSchema, raw);
    case 'titularisation':
      return parseWith(titularisationCaseSchema, raw);
    case 'pieces-recrutement':
      return parseWith(piecesRecrutementCaseSchema, raw);
  }
}

/** Applies the rules of the case's kind. Pure and deterministic. */
export function evaluateRhCase(input: RhCase): RhResult {
  switch (input.kind) {
    case 'entretien':
      return evaluateEntretien(input);
    case 'contrat':
      return evaluateContrat(input);
    case 'publication':
      return evaluatePublication(input);
    case 'nomination-sgm':
      return evaluateNominationSgm(input);
    case 'stage':
      return evaluateStage(input);
    case 'titularisation':
      return evaluateTitularisation(input);
    case 'pieces-recrutement':
      return evaluatePiecesRecrutement(input);
  }
}
