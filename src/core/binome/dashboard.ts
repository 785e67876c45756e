import { METERS } from '../scenario/catalogue';
import type { MeterChange } from '../scenario/runtime/context';
import { asMeter, isBurdenMeter, METER_LABELS, METER_START, meterValues } from '../year/state/meters';
import type { Meter } from '../year/state/types';

/** One meter of the pair's dashboard, in words as well as in figures (never colour alone). */
export interface DashboardMeter {
  readonly meter: Meter;
  /** « Sécurité juridique ». */
  readonly label: string;
  /** Out of 100, after the pair's choices. */
  readonly value: number;
  /** Where the year starts it. */
  readonly start: number;
  /** `value - start`. */
  readonly delta: number;
  /** Charge de travail: a rise is a burden, not a gain. */
  readonly burden: boolean;
  /** « en hausse », « en baisse », « stable », said of what the meter measures. */
  readonly trend: string;
  /** The causes, most recent first, as the scenario wrote them. */
  readonly reasons: readonly string[];
}

function trendOf(delta: number): string {
  if (delta === 0) return 'stable';
  return delta > 0 ? 'en hausse' : 'en baisse';
}

/**
 * The shared dashboard of « Co-piloter l’année » (issue 18): the year's five meters (METERS) from where the year
 * starts them, moved by the meter effects of the pair's choices so far (each step clamped to 0–100, as the year
 * does), with the causes. Game design, not law: a reading aid for the pair.
 */
export function yearDashboard(changes: readonly MeterChange[]): DashboardMeter[] {
  const entries = changes.flatMap((change) => {
    const meter = asMeter(change.meter);
    return meter === null ? [] : [{ meter, delta: change.delta, reason: change.reason }];
  });
  const values = meterValues(entries);
  return METERS.map((meter) => {
    const delta = values[meter] - METER_START[meter];
    return {
      meter,
      label: METER_LABELS[meter],
      value: values[meter],
      start: METER_START[meter],
      delta,
      burden: isBurdenMeter(meter),
      trend: trendOf(delta),
      reasons: entries
        .filter((entry) => entry.meter === meter)
        .map((entry) => entry.reason)
        .reverse(),
    };
  });
}
