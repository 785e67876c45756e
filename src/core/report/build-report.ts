import { isIsoDate } from '../dates/iso-date';
import { blocById, certificationById, competenceById } from '../referentiel/lookup';
import type { Result } from '../result';
import { err, ok } from '../result';
import type { Evidence } from '../scoring/evidence';
import { evidencePoints } from '../scoring/points';
import type { Tally } from '../scoring/points';
import { scoreEvidence } from '../scoring/scorecard';
import type { Report, ReportEvidence, ReportInput, ReportMark } from './report-model';

/** A tally and its mark as the report prints them. */
export function reportMark(sum: Tally, mark: number | null): ReportMark {
  return { evidenceCount: sum.evidenceCount, points: sum.points, weight: sum.weight, mark };
}

/** The evidence in game order: in-game date first, then the order the decisions were taken (a stable sort). */
function inGameOrder(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function reportEvidence(
  evidence: Evidence,
  index: number,
  titles: Readonly<Record<string, string>>,
): ReportEvidence {
  return {
    rank: index + 1,
    scenarioId: evidence.scenarioId,
    scenarioTitle: titles[evidence.scenarioId] ?? null,
    step: evidence.step,
    date: evidence.date,
    role: evidence.role,
    competenceIds: evidence.competences,
    verdict: evidence.verdict,
    weight: evidence.weight,
    points: evidencePoints(evidence),
    choice: evidence.choice,
    explanation: evidence.explanation,
    reference: evidence.reference,
    isMistake: evidence.verdict !== 'conforme',
  };
}

/**
 * Builds the report of one game against RNCP41781: marks per bloc and overall, validated blocs, mastery of each
 * competence, and every decision in game order with, for each mistake, what should have been done, why, and the
 * reference. Refuses evidence that cannot be scored, and a date played that is not an ISO date.
 */
export function buildReport(input: ReportInput): Result<Report, string> {
  if (!isIsoDate(input.playedOn)) return err(`Date de la partie invalide : « ${String(input.playedOn)} ».`);
  const scored = scoreEvidence(input.evidence);
  if (!scored.ok) return scored;
  const card = scored.value;
  const evidence = inGameOrder(input.evidence).map((item, index) =>
    reportEvidence(item, index, input.scenarioTitles ?? {}),
  );
  return ok({
    version: 1,
    certification: 'RNCP41781',
    certificationTitle: certificationById('RNCP41781').title,
    title: input.title,
    playerLabel: input.playerLabel ?? null,
    playedOn: input.playedOn,
    overall: reportMark(card.overall.tally, card.overall.mark),
    blocs: card.blocs.map((score) => ({
      blocId: score.blocId,
      code: blocById(score.blocId)?.code ?? score.blocId,
      title: blocById(score.blocId)?.title ?? score.blocId,
      ...reportMark(score.tally, score.mark),
      validated: score.validated,
    })),
    validatedBlocIds: card.validatedBlocIds,
    competences: card.competences.map((score) => ({
      competenceId: score.competenceId,
      blocId: score.blocId,
      wording: competenceById(score.competenceId)?.wording ?? score.competenceId,
      evidenceCount: score.tally.evidenceCount,
      illegalCount: score.tally.illegalCount,
      ratio: score.ratio,
      mastery: score.mastery,
    })),
    evidence,
    mistakeCount: evidence.filter((item) => item.isMistake).length,
  });
}
