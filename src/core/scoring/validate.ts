import { isIsoDate } from '../dates/iso-date';
import { isKnownCompetenceId } from '../referentiel/lookup';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { Evidence } from './evidence';
import { ROLES, VERDICTS } from './evidence';

/** The weights an evidence may carry: 1 = routine, 2 = important, 3 = decisive. */
export const EVIDENCE_WEIGHTS: readonly number[] = [1, 2, 3];

/** Every problem of one evidence, in French; empty when it can be scored. */
function problemsOf(evidence: Evidence): string[] {
  const problems: string[] = [];
  if (evidence.competences.length === 0) problems.push('aucune compétence citée');
  for (const id of evidence.competences) {
    if (!isKnownCompetenceId(id)) problems.push(`compétence inconnue du référentiel RNCP41781 : « ${id} »`);
  }
  const duplicates = evidence.competences.filter((id, index) => evidence.competences.indexOf(id) !== index);
  for (const id of new Set(duplicates)) problems.push(`compétence citée deux fois : « ${id} »`);
  if (!VERDICTS.includes(evidence.verdict))
    problems.push(`verdict inconnu : « ${String(evidence.verdict)} »`);
  if (!EVIDENCE_WEIGHTS.includes(evidence.weight)) {
    problems.push(`poids ${String(evidence.weight)} invalide (attendu : 1, 2 ou 3)`);
  }
  if (!ROLES.includes(evidence.role)) problems.push(`rôle inconnu : « ${String(evidence.role)} »`);
  if (!isIsoDate(evidence.date)) problems.push(`date invalide : « ${String(evidence.date)} »`);
  return problems;
}

/**
 * Checks that an evidence can be scored: known RNCP41781 competences (at least one, each once), a known verdict,
 * a weight of 1, 2 or 3, a known role and a valid date. The error is one French sentence naming the decision.
 */
export function validateEvidence(evidence: Evidence): Result<Evidence, string> {
  const problems = problemsOf(evidence);
  if (problems.length === 0) return ok(evidence);
  return err(`Preuve « ${evidence.scenarioId} / ${evidence.step} » refusée : ${problems.join(' ; ')}.`);
}

/** Checks every evidence of a list; the error lists every refused evidence, one sentence each. */
export function validateEvidenceList(list: readonly Evidence[]): Result<readonly Evidence[], string> {
  const errors: string[] = [];
  for (const evidence of list) {
    const checked = validateEvidence(evidence);
    if (!checked.ok) errors.push(checked.error);
  }
  return errors.length === 0 ? ok(list) : err(errors.join(' '));
}
