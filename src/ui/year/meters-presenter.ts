import { formatFrenchDate } from '../../core/dates';
import type { MeterView } from '../../core/year';
import { deltaText } from './format';

/** One change in the « pourquoi ? » panel. */
export interface WhyLineModel {
  readonly dateText: string;
  readonly deltaText: string;
  /** `favorable` or `defavorable` for the player (lower is better for the charge de travail). */
  readonly tone: 'favorable' | 'defavorable';
  readonly reason: string;
  readonly cause: string;
}

/** One meter. */
export interface MeterModel {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
  /** In words, so that colour is never the only cue. */
  readonly levelText: string;
  readonly level: 'bon' | 'moyen' | 'fragile';
  readonly trendText: string;
  readonly whyLabel: string;
  readonly why: readonly WhyLineModel[];
}

function level(value: number, burden: boolean): MeterModel['level'] {
  const score = burden ? 100 - value : value;
  return score >= 60 ? 'bon' : score >= 35 ? 'moyen' : 'fragile';
}

const LEVEL_TEXT = {
  bon: ['bonne', 'légère'],
  moyen: ['moyenne', 'soutenue'],
  fragile: ['fragile', 'excessive'],
} as const;

/** The meters with their « pourquoi ? » panels: every change with its cause, latest first. */
export function presentMeters(meters: readonly MeterView[]): MeterModel[] {
  return meters.map((meter) => {
    const current = level(meter.value, meter.burden);
    return {
      id: meter.meter,
      label: meter.label,
      value: meter.value,
      valueText: `${meter.value} sur 100`,
      levelText: LEVEL_TEXT[current][meter.burden ? 1 : 0],
      level: current,
      trendText:
        meter.weekDelta === 0 ? 'stable cette semaine' : `${deltaText(meter.weekDelta)} cette semaine`,
      whyLabel: `Pourquoi ? (${meter.why.length} changement${meter.why.length > 1 ? 's' : ''})`,
      why: meter.why.map((entry) => ({
        dateText: formatFrenchDate(entry.date),
        deltaText: deltaText(entry.delta),
        tone: entry.delta < 0 !== meter.burden ? 'defavorable' : 'favorable',
        reason: entry.reason,
        cause: entry.causeLabel,
      })),
    };
  });
}
