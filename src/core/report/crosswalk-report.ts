import { correspondingIds, sourcesOf } from '../referentiel/crosswalk';
import { blocsOf, certificationById } from '../referentiel/lookup';
import type { Bloc, CrosswalkTarget } from '../referentiel/types';
import { masteryOf } from '../scoring/mastery';
import { isValidatedMark, markOutOf20, ratioOf, sumTallies, tally } from '../scoring/points';
import { reportMark } from './build-report';
import type { CrosswalkBloc, CrosswalkReport, CrosswalkUnit, Report, ReportEvidence } from './report-model';

/** The evidence citing at least one of the given RNCP41781 competences, each evidence once. */
function evidenceTouching(report: Report, competenceIds: readonly string[]): ReportEvidence[] {
  return report.evidence.filter((item) => item.competenceIds.some((id) => competenceIds.includes(id)));
}

/** The target IDs a bloc is reached through: its competences for RNCP41406, the bloc itself for the DU. */
function targetIdsOf(bloc: Bloc): string[] {
  return bloc.competences.length > 0 ? bloc.competences.map((competence) => competence.id) : [bloc.id];
}

function crosswalkUnits(report: Report, bloc: Bloc): CrosswalkUnit[] {
  return bloc.competences.map((competence) => {
    const sources = sourcesOf(competence.id, 'RNCP41406');
    const sum = tally(evidenceTouching(report, sources));
    return {
      id: competence.id,
      wording: competence.wording,
      sourceCompetenceIds: sources,
      evidenceCount: sum.evidenceCount,
      ratio: ratioOf(sum),
      mastery: masteryOf(sum),
    };
  });
}

/**
 * Re-expresses a report against RNCP41406 or the DU through the crosswalk. Each target bloc is marked, with the
 * same formula, on the evidence of the RNCP41781 competences that map into it (an evidence once per bloc); the
 * overall mark sums the target blocs. Evidence of competences with no counterpart is left out and listed.
 */
export function reportAgainst(report: Report, target: CrosswalkTarget): CrosswalkReport {
  const tallies = blocsOf(target).map((bloc) => {
    const targetIds = targetIdsOf(bloc);
    const sources = report.competences
      .map((competence) => competence.competenceId)
      .filter((id) => correspondingIds(id, target).some((targetId) => targetIds.includes(targetId)));
    return { bloc, sources, sum: tally(evidenceTouching(report, sources)) };
  });
  const blocs: CrosswalkBloc[] = tallies.map(({ bloc, sources, sum }) => {
    const mark = markOutOf20(sum);
    return {
      blocId: bloc.id,
      code: bloc.code,
      title: bloc.title,
      ...reportMark(sum, mark),
      validated: isValidatedMark(mark),
      sourceCompetenceIds: sources,
      units: crosswalkUnits(report, bloc),
    };
  });
  const overall = sumTallies(tallies.map(({ sum }) => sum));
  return {
    certification: target,
    certificationTitle: certificationById(target).title,
    title: report.title,
    playerLabel: report.playerLabel,
    playedOn: report.playedOn,
    overall: reportMark(overall, markOutOf20(overall)),
    blocs,
    validatedBlocIds: blocs.filter((bloc) => bloc.validated).map((bloc) => bloc.blocId),
    unmappedCompetenceIds: report.competences
      .filter(
        (competence) =>
          competence.evidenceCount > 0 && correspondingIds(competence.competenceId, target).length === 0,
      )
      .map((competence) => competence.competenceId),
  };
}
