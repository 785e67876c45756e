import { formatFrenchDate } from '../../core/dates';
import type { Report, ReportEvidence } from '../../core/report';
import type { Mastery, Verdict } from '../../core/scoring';
import { blocOutcome, formatMark, formatRatio, masteryLabel, verdictLabel } from '../report/report-presenter';
import { plural } from '../views/step-summary';

export interface MarkBarModel {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  /** « 12,5/20 » or « — ». */
  readonly markText: string;
  /** Width of the bar, 0–100; 0 when not assessed. */
  readonly percent: number;
  /** « Validé », « Non validé » or « Non évalué », said in words next to the bar; null for the overall mark. */
  readonly outcome: string | null;
  readonly status: 'valide' | 'non-valide' | 'non-evalue' | 'global';
  /** The sentence a screen reader reads for the bar. */
  readonly description: string;
}

export interface CompetenceModel {
  readonly id: string;
  readonly code: string;
  readonly wording: string;
  readonly mastery: Mastery | 'non-evalue';
  readonly masteryText: string;
  readonly detail: string;
}

export interface DecisionModel {
  readonly id: string;
  readonly heading: string;
  readonly verdict: Verdict;
  readonly verdictText: string;
  readonly choice: string;
  /** « Ce qu’il fallait faire, et pourquoi » for a mistake, « Pourquoi c’est juste » otherwise. */
  readonly explanationLabel: string;
  readonly explanation: string;
  readonly reference: string;
}

export interface DebriefModel {
  readonly heading: string;
  readonly subtitle: string;
  readonly overall: MarkBarModel;
  readonly summary: string;
  readonly blocs: readonly MarkBarModel[];
  readonly competenceGroups: readonly {
    readonly id: string;
    readonly title: string;
    readonly items: readonly CompetenceModel[];
  }[];
  /** How many competences of the référentiel this game did not touch. */
  readonly unassessedText: string | null;
  readonly mistakes: readonly DecisionModel[];
  readonly successes: readonly DecisionModel[];
  /** Text of the disclosure that shows the decisions well taken. */
  readonly successesLabel: string;
  readonly csvFileName: string;
  /** Said in the live region when the screen opens. */
  readonly announcement: string;
}

const percentOf = (mark: number | null) =>
  mark === null ? 0 : Math.max(0, Math.min(100, (mark / 20) * 100));

function markBar(
  id: string,
  code: string,
  title: string,
  mark: number | null,
  validated: boolean,
): MarkBarModel {
  const outcome = blocOutcome({ mark, validated });
  const markText = formatMark(mark);
  return {
    id,
    code,
    title,
    markText,
    percent: percentOf(mark),
    outcome,
    status: mark === null ? 'non-evalue' : validated ? 'valide' : 'non-valide',
    description:
      mark === null
        ? `${code} — ${title} : non évalué.`
        : `${code} — ${title} : ${markText}, ${outcome.toLowerCase()}.`,
  };
}

/** The overall mark: a bar and the number; the validation threshold applies to blocs, not to the whole. */
function overallBar(mark: number | null): MarkBarModel {
  const markText = formatMark(mark);
  return {
    id: 'global',
    code: 'Note globale',
    title: 'moyenne des blocs évalués, pondérée par leur poids',
    markText,
    percent: percentOf(mark),
    outcome: null,
    status: mark === null ? 'non-evalue' : 'global',
    description: `Note globale : ${mark === null ? 'non évaluée' : markText}.`,
  };
}

function decision(item: ReportEvidence): DecisionModel {
  return {
    id: `decision-${item.rank}`,
    heading: `Décision n° ${item.rank} — ${formatFrenchDate(item.date)}${item.scenarioTitle ? ` — ${item.scenarioTitle}` : ''}`,
    verdict: item.verdict,
    verdictText: verdictLabel(item.verdict),
    choice: item.choice,
    explanationLabel: item.isMistake ? 'Ce qu’il fallait faire, et pourquoi' : 'Pourquoi c’est juste',
    explanation: item.explanation,
    reference: item.reference,
  };
}

/** A file name without accents or spaces: « bilan-premier-jour-en-mairie-2026-11-23.csv ». */
export function csvFileName(title: string, playedOn: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `bilan-${slug === '' ? 'partie' : slug}-${playedOn}.csv`;
}

function unassessedText(missing: number): string | null {
  if (missing <= 0) return null;
  return missing === 1
    ? 'Une compétence du référentiel n’est pas évaluée par cette partie.'
    : `${missing} compétences du référentiel ne sont pas évaluées par cette partie.`;
}

/** View-model of the debrief screen, from the report model alone. */
export function presentDebrief(report: Report): DebriefModel {
  const overallMark = report.overall.mark;
  const overall = overallBar(overallMark);
  const assessed = report.competences.filter((competence) => competence.mastery !== null);
  const mistakes = report.evidence.filter((item) => item.isMistake).map(decision);
  const successes = report.evidence.filter((item) => !item.isMistake).map(decision);
  const total = report.evidence.length;
  return {
    heading: `Bilan — ${report.title}`,
    subtitle: `Référentiel ${report.certification} « ${report.certificationTitle} » — partie du ${formatFrenchDate(report.playedOn)}`,
    overall,
    summary:
      total === 0
        ? 'Aucune décision notée.'
        : `${plural(total, 'décision notée', 'décisions notées')} : ${plural(successes.length, 'conforme', 'conformes')}, ${mistakes.length} à reprendre.`,
    blocs: report.blocs.map((bloc) => markBar(bloc.blocId, bloc.code, bloc.title, bloc.mark, bloc.validated)),
    competenceGroups: report.blocs
      .map((bloc) => ({
        id: bloc.blocId,
        title: `${bloc.code} — ${bloc.title}`,
        items: assessed
          .filter((competence) => competence.blocId === bloc.blocId)
          .map((competence): CompetenceModel => ({
            id: competence.competenceId,
            code: competence.competenceId.replace(/^RNCP\d+-/, ''),
            wording: competence.wording,
            mastery: competence.mastery ?? 'non-evalue',
            masteryText: masteryLabel(competence.mastery),
            detail: `${plural(competence.evidenceCount, 'décision', 'décisions')}, ${formatRatio(competence.ratio)} du poids obtenu`,
          })),
      }))
      .filter((group) => group.items.length > 0),
    unassessedText: unassessedText(report.competences.length - assessed.length),
    mistakes,
    successes,
    successesLabel:
      successes.length === 1
        ? 'Voir la décision conforme'
        : `Voir les ${successes.length} décisions conformes`,
    csvFileName: csvFileName(report.title, report.playedOn),
    announcement: `Bilan — ${report.title}. Note globale : ${formatMark(overallMark)}. ${plural(mistakes.length, 'décision', 'décisions')} à reprendre.`,
  };
}
