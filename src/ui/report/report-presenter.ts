import { formatFrenchDate } from '../../core/dates';
import { blocsOf } from '../../core/referentiel';
import type { CrosswalkReport, Report, ReportMark } from '../../core/report';
import {
  MASTERY_LABELS,
  REPORT_ROLE_LABELS,
  VERDICT_LABELS,
  formatMark,
  shortFrenchDate,
} from '../../core/report';
import type { Mastery, Verdict } from '../../core/scoring';
import { formatFrenchNumber, formatFrenchPercent } from '../../core/french-format';

/** One table cell: plain text (never markup) and an optional class. A row header is a `<th scope="row">`. */
export interface CellView {
  readonly text: string;
  readonly className?: string;
  readonly isRowHeader?: boolean;
}

/** One table row. */
export interface RowView {
  readonly cells: readonly CellView[];
  readonly className?: string;
}

/** One table, with a caption a screen reader announces. */
export interface TableView {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly RowView[];
  readonly className: string;
}

/** A labelled piece of text (rendered as a `<dt>` / `<dd>` pair). */
export interface LabelledText {
  readonly label: string;
  readonly text: string;
}

/** One mistake explained: a heading and its labelled lines. */
export interface DetailView {
  readonly heading: string;
  readonly className: string;
  readonly items: readonly LabelledText[];
}

/** One section of the printed report: a heading, then paragraphs, tables and details in that order. */
export interface SectionView {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly tables: readonly TableView[];
  readonly details: readonly DetailView[];
}

/** Everything the printable report shows, as text: the DOM renderer only lays it out. */
export interface PrintableReportView {
  readonly title: string;
  readonly subtitle: string;
  readonly meta: readonly LabelledText[];
  readonly sections: readonly SectionView[];
}

/** Class of a number cell (right-aligned, never wrapped). */
export const NUMBER_CLASS = 'bilan-nombre';

/** Class of a cell listing competence codes, one a line. */
export const CODES_CLASS = 'bilan-codes';

/** The French label of a verdict. */
export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict];
}

/** The class that styles a verdict (the print sheet sets weight and style, never colour alone). */
export function verdictClass(verdict: Verdict): string {
  return `bilan-verdict bilan-verdict--${verdict}`;
}

/** The French label of a mastery level; « Non évalué » when no decision touched the competence. */
export function masteryLabel(mastery: Mastery | null): string {
  return mastery === null ? 'Non évalué' : MASTERY_LABELS[mastery];
}

/** The class that styles a mastery level. */
export function masteryClass(mastery: Mastery | null): string {
  return `bilan-maitrise bilan-maitrise--${mastery ?? 'non-evalue'}`;
}

export { formatMark };

/** A share of the weight earned as a percentage, « 85 % » (the one formatter's unit space), or « — ». */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? '—' : formatFrenchPercent(Math.round(ratio * 100), 0);
}

/** Points earned over points possible, « −1,5 / 3 ». */
export function formatPoints(points: number, weight: number): string {
  return `${formatFrenchNumber(points, 1)} / ${formatFrenchNumber(weight, 1)}`;
}

/** What a bloc's mark means: « Validé », « Non validé », or « Non évalué » without a mark. */
export function blocOutcome(bloc: { readonly mark: number | null; readonly validated: boolean }): string {
  if (bloc.mark === null) return 'Non évalué';
  return bloc.validated ? 'Validé' : 'Non validé';
}

/** The class of a bloc's outcome cell. */
export function blocOutcomeClass(bloc: {
  readonly mark: number | null;
  readonly validated: boolean;
}): string {
  if (bloc.mark === null) return 'bilan-resultat bilan-resultat--non-evalue';
  return `bilan-resultat bilan-resultat--${bloc.validated ? 'valide' : 'non-valide'}`;
}

const num = (text: string): CellView => ({ text, className: NUMBER_CLASS });

interface MarkedBloc extends ReportMark {
  readonly code: string;
  readonly title: string;
  readonly validated: boolean;
}

function marksTable(caption: string, blocs: readonly MarkedBloc[], overall: ReportMark): TableView {
  const rows: RowView[] = blocs.map((bloc) => ({
    cells: [
      { text: bloc.code, isRowHeader: true },
      { text: bloc.title },
      num(String(bloc.evidenceCount)),
      num(bloc.mark === null ? '—' : formatPoints(bloc.points, bloc.weight)),
      num(formatMark(bloc.mark)),
      { text: blocOutcome(bloc), className: blocOutcomeClass(bloc) },
    ],
  }));
  rows.push({
    className: 'bilan-ligne-globale',
    cells: [
      { text: 'Note globale', isRowHeader: true },
      { text: 'Blocs évalués, pondérés par leur poids' },
      num(String(overall.evidenceCount)),
      num(overall.mark === null ? '—' : formatPoints(overall.points, overall.weight)),
      num(formatMark(overall.mark)),
      { text: '' },
    ],
  });
  return {
    caption,
    headers: ['Bloc', 'Intitulé', 'Décisions', 'Points / poids', 'Note', 'Résultat'],
    rows,
    className: 'bilan-table bilan-table--notes',
  };
}

function competenceTables(report: Report): TableView[] {
  return report.blocs.map((bloc) => ({
    caption: `${bloc.code} — ${bloc.title}`,
    headers: ['Code', 'Compétence', 'Décisions', 'Taux', 'Niveau'],
    className: 'bilan-table bilan-table--competences',
    rows: report.competences
      .filter((competence) => competence.blocId === bloc.blocId)
      .map((competence) => ({
        cells: [
          { text: competence.competenceId.slice('RNCP41781-'.length), isRowHeader: true },
          { text: competence.wording },
          num(String(competence.evidenceCount)),
          num(formatRatio(competence.ratio)),
          { text: masteryLabel(competence.mastery), className: masteryClass(competence.mastery) },
        ],
      })),
  }));
}

const scenarioName = (item: Report['evidence'][number]): string => item.scenarioTitle ?? item.scenarioId;

function decisionsTable(report: Report): TableView {
  return {
    caption: 'Chaque décision notée, avec son verdict et ses points',
    headers: ['N°', 'Date', 'Scénario', 'Étape', 'Décideur', 'Compétences', 'Verdict', 'Points / poids'],
    className: 'bilan-table bilan-table--decisions',
    rows: report.evidence.map((item) => ({
      className: item.isMistake ? 'bilan-ligne-erreur' : undefined,
      cells: [
        { text: String(item.rank), isRowHeader: true, className: NUMBER_CLASS },
        { text: shortFrenchDate(item.date) },
        { text: scenarioName(item) },
        { text: item.step },
        { text: REPORT_ROLE_LABELS[item.role] },
        // One code a line: a code must not break at its hyphens.
        {
          text: item.competenceIds.map((id) => id.replace('RNCP41781-', '')).join('\n'),
          className: CODES_CLASS,
        },
        { text: verdictLabel(item.verdict), className: verdictClass(item.verdict) },
        num(formatPoints(item.points, item.weight)),
      ],
    })),
  };
}

function mistakeDetails(report: Report): DetailView[] {
  return report.evidence
    .filter((item) => item.isMistake)
    .map((item) => ({
      heading: `N° ${String(item.rank)} — ${verdictLabel(item.verdict)} — ${formatFrenchDate(item.date)} — ${scenarioName(item)}`,
      className: `bilan-erreur bilan-erreur--${item.verdict}`,
      items: [
        { label: 'Votre choix', text: item.choice },
        { label: 'Ce qu’il fallait faire et pourquoi', text: item.explanation },
        { label: 'Référence', text: item.reference },
        { label: 'Compétences', text: item.competenceIds.join(', ') },
      ],
    }));
}

const MARKS_RULE =
  'Chaque décision rapporte son poids si elle est conforme, la moitié si elle est acceptable, rien si elle est ' +
  'risquée, et retire la moitié de son poids si elle est illégale. Un bloc est validé à partir de 10/20.';

/** The sections of the report against RNCP41781, then one per crosswalk asked for. */
export function presentReport(
  report: Report,
  crosswalks: readonly CrosswalkReport[] = [],
): PrintableReportView {
  const validated = report.blocs.filter((bloc) => bloc.validated).map((bloc) => bloc.code);
  const mistakes = mistakeDetails(report);
  return {
    title: `Bilan — ${report.title}`,
    subtitle: `Référentiel ${report.certification} « ${report.certificationTitle} »`,
    meta: [
      ...(report.playerLabel === null ? [] : [{ label: 'Joueur', text: report.playerLabel }]),
      { label: 'Partie jouée le', text: formatFrenchDate(report.playedOn) },
      { label: 'Note globale', text: formatMark(report.overall.mark) },
      {
        label: 'Blocs validés',
        text: `${validated.length === 0 ? 'aucun' : validated.join(', ')} (${String(validated.length)} sur ${String(report.blocs.length)})`,
      },
      {
        label: 'Décisions notées',
        text: `${String(report.evidence.length)}, dont ${String(report.mistakeCount)} à reprendre`,
      },
    ],
    sections: [
      {
        id: 'bilan-notes',
        heading: 'Notes par bloc',
        paragraphs: [MARKS_RULE],
        tables: [
          marksTable(`Notes sur 20 par bloc du ${report.certification}`, report.blocs, report.overall),
        ],
        details: [],
      },
      {
        id: 'bilan-competences',
        heading: 'Maîtrise des compétences',
        paragraphs: [
          'Acquis à partir de 75 % du poids obtenu, en cours d’acquisition à partir de 50 %. Une compétence ' +
            'touchée par une décision illégale n’est jamais « acquise ».',
        ],
        tables: competenceTables(report),
        details: [],
      },
      {
        id: 'bilan-decisions',
        heading: 'Décisions, dans l’ordre du jeu',
        paragraphs: report.evidence.length === 0 ? ['Aucune décision notée.'] : [],
        tables: report.evidence.length === 0 ? [] : [decisionsTable(report)],
        details: [],
      },
      {
        id: 'bilan-erreurs',
        heading: 'Erreurs : ce qu’il fallait faire',
        paragraphs:
          mistakes.length === 0 ? ['Aucune erreur : toutes les décisions notées sont conformes.'] : [],
        tables: [],
        details: mistakes,
      },
      ...crosswalks.map(presentCrosswalk),
    ],
  };
}

/** A crosswalk view as one section: marks per bloc of the target, then its competences (RNCP41406) or topics (DU). */
export function presentCrosswalk(view: CrosswalkReport): SectionView {
  const unitTables: TableView[] = view.blocs
    .filter((bloc) => bloc.units.length > 0)
    .map((bloc) => ({
      caption: `${bloc.code} — ${bloc.title}`,
      headers: ['Code', 'Compétence', 'Décisions', 'Taux', 'Niveau'],
      className: 'bilan-table bilan-table--competences',
      rows: bloc.units.map((unit) => ({
        cells: [
          { text: unit.id.slice(`${view.certification}-`.length), isRowHeader: true },
          { text: unit.wording },
          num(String(unit.evidenceCount)),
          num(formatRatio(unit.ratio)),
          { text: masteryLabel(unit.mastery), className: masteryClass(unit.mastery) },
        ],
      })),
    }));
  const topics = blocsOf(view.certification).filter((bloc) => bloc.topics.length > 0);
  const paragraphs = [
    `Les mêmes décisions, rapportées au référentiel « ${view.certificationTitle} » par la table de correspondance ` +
      'du jeu : chaque bloc est noté avec la même formule sur les décisions des compétences qui y correspondent.',
    ...(view.unmappedCompetenceIds.length === 0
      ? []
      : [
          `Sans équivalent dans ce référentiel, donc non comptées ici : ${view.unmappedCompetenceIds.join(', ')}.`,
        ]),
  ];
  const programme: DetailView[] = topics.map((bloc) => ({
    heading: `${bloc.code} — ${bloc.title}${bloc.hours === null ? '' : ` (${String(bloc.hours)} h)`}`,
    className: 'bilan-programme',
    items: [{ label: 'Thèmes', text: bloc.topics.join(' ; ') }],
  }));
  return {
    id: `bilan-correspondance-${view.certification.toLowerCase()}`,
    heading: `Correspondance : ${view.certificationTitle}`,
    paragraphs,
    tables: [
      marksTable(`Notes sur 20 par bloc, ${view.certificationTitle}`, view.blocs, view.overall),
      ...unitTables,
    ],
    details: programme,
  };
}
