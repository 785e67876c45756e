import { blocsOf, competenceById } from '../referentiel/lookup';
import type { Result } from '../result';
import { ok } from '../result';
import type { Evidence } from './evidence';
import type { Mastery } from './mastery';
import { masteryOf } from './mastery';
import type { Tally } from './points';
import { isValidatedMark, markOutOf20, ratioOf, sumTallies, tally } from './points';
import { validateEvidenceList } from './validate';

/** Result for one RNCP41781 competence. */
export interface CompetenceScore {
  readonly competenceId: string;
  readonly blocId: string;
  readonly tally: Tally;
  /** Share of the weight earned (0–1), null when no evidence touches it. */
  readonly ratio: number | null;
  readonly mastery: Mastery | null;
}

/** Result for one RNCP41781 bloc. */
export interface BlocScore {
  readonly blocId: string;
  /** Each evidence counts once in a bloc, however many of the bloc's competences it touches. */
  readonly tally: Tally;
  /** Mark /20 to the half point; null when no evidence touches the bloc. */
  readonly mark: number | null;
  readonly validated: boolean;
}

/** Every mark of a game against RNCP41781. */
export interface Scorecard {
  /** The 30 competences, in référentiel order, evaluated or not. */
  readonly competences: readonly CompetenceScore[];
  /** The three blocs, in order, evaluated or not. */
  readonly blocs: readonly BlocScore[];
  /** The blocs' tallies summed: an evidence touching two blocs counts in both. */
  readonly overall: { readonly tally: Tally; readonly mark: number | null };
  readonly validatedBlocIds: readonly string[];
}

/** The blocs an evidence touches, each once. */
function blocIdsOf(evidence: Evidence): Set<string> {
  return new Set(evidence.competences.map((id) => competenceById(id)?.blocId ?? ''));
}

/**
 * Scores the evidence of a game, after checking it with {@link validateEvidenceList} (an unknown competence is
 * refused, not ignored). Pure: the same evidence always gives the same scorecard, whatever its order.
 */
export function scoreEvidence(evidence: readonly Evidence[]): Result<Scorecard, string> {
  const checked = validateEvidenceList(evidence);
  if (!checked.ok) return checked;

  const blocs = blocsOf('RNCP41781');
  const competences: CompetenceScore[] = blocs.flatMap((bloc) =>
    bloc.competences.map((competence) => {
      const sum = tally(evidence.filter((item) => item.competences.includes(competence.id)));
      return {
        competenceId: competence.id,
        blocId: bloc.id,
        tally: sum,
        ratio: ratioOf(sum),
        mastery: masteryOf(sum),
      };
    }),
  );
  const blocScores: BlocScore[] = blocs.map((bloc) => {
    const sum = tally(evidence.filter((item) => blocIdsOf(item).has(bloc.id)));
    const mark = markOutOf20(sum);
    return { blocId: bloc.id, tally: sum, mark, validated: isValidatedMark(mark) };
  });
  const overallTally = sumTallies(blocScores.map((bloc) => bloc.tally));
  return ok({
    competences,
    blocs: blocScores,
    overall: { tally: overallTally, mark: markOutOf20(overallTally) },
    validatedBlocIds: blocScores.filter((bloc) => bloc.validated).map((bloc) => bloc.blocId),
  });
}
