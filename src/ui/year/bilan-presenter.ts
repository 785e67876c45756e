import { formatFrenchDate } from '../../core/dates';
import { VERDICT_LABELS } from '../../core/report';
import { ACTIVITY_STATUS_LABELS, type YearBilan } from '../../core/year';
import { blocOutcome, formatMark } from '../report/report-presenter';
import { deltaText } from './format';

/** One meter over the year. */
export interface TrajectoryModel {
  readonly label: string;
  readonly summary: string;
  /** Heights of the weekly bars, 0–100 (decorative: the summary says it in words). */
  readonly bars: readonly number[];
  readonly burden: boolean;
}

/** The bilan of the year as shown at the end. */
export interface YearBilanModel {
  readonly heading: string;
  readonly subtitle: string;
  readonly overallText: string;
  readonly blocs: readonly {
    readonly code: string;
    readonly title: string;
    readonly markText: string;
    readonly outcome: string;
  }[];
  readonly trajectories: readonly TrajectoryModel[];
  readonly keyMoments: readonly {
    readonly dateText: string;
    readonly source: string;
    readonly text: string;
    readonly verdictText: string | null;
    readonly reference: string | null;
  }[];
  readonly scenarios: readonly {
    readonly title: string;
    readonly dateText: string;
    readonly statusText: string;
  }[];
  readonly exportCsvLabel: string;
  readonly exportSaveLabel: string;
  readonly printLabel: string;
}

/** The year's bilan: marks per bloc across the year, the meters week by week, the key moments. */
export function presentYearBilan(bilan: YearBilan): YearBilanModel {
  return {
    heading: `Bilan de l’année : ${bilan.title}`,
    subtitle: `${bilan.postLabel} ; code de la partie : ${bilan.seed} ; ${bilan.weeksPlayed} semaine(s) sur ${bilan.weekCount}${bilan.over ? '' : ' (année en cours)'}.`,
    overallText: `Note de l’année : ${formatMark(bilan.report.overall.mark)} (${bilan.report.overall.evidenceCount} décisions notées, ${bilan.report.mistakeCount} à revoir)`,
    blocs: bilan.report.blocs.map((bloc) => ({
      code: bloc.code,
      title: bloc.title,
      markText: formatMark(bloc.mark),
      outcome: blocOutcome(bloc),
    })),
    trajectories: bilan.meters.map((meter) => {
      const lowest = Math.min(meter.start, ...meter.weekly);
      const highest = Math.max(meter.start, ...meter.weekly);
      return {
        label: meter.label,
        summary: `${meter.start} au départ, ${meter.end} à la fin (${deltaText(meter.end - meter.start)}) ; au plus bas ${lowest}, au plus haut ${highest}${meter.burden ? ' ; plus elle est basse, mieux c’est' : ''}.`,
        bars: meter.weekly,
        burden: meter.burden,
      };
    }),
    keyMoments: bilan.keyDecisions.map((item) => ({
      dateText: formatFrenchDate(item.date),
      source: item.source,
      text: item.text,
      verdictText: item.verdict === null ? null : VERDICT_LABELS[item.verdict],
      reference: item.reference,
    })),
    scenarios: bilan.scenarios.map((scenario) => ({
      title: scenario.title,
      dateText: formatFrenchDate(scenario.date),
      statusText:
        scenario.status === 'termine'
          ? `${scenario.decisions} décision(s), ${scenario.mistakes} à revoir`
          : ACTIVITY_STATUS_LABELS[scenario.status],
    })),
    exportCsvLabel: 'Exporter le bilan (CSV)',
    exportSaveLabel: 'Exporter la sauvegarde',
    printLabel: 'Imprimer le bilan',
  };
}
