import type { Evidence, Verdict } from '../../scoring/evidence';
import { METERS } from '../../scenario/catalogue';
import type { Activity, Meter, MeterEntry } from './types';

/** French names of the meters, as the « pourquoi ? » panel writes them. */
export const METER_LABELS: Readonly<Record<Meter, string>> = {
  confianceMaire: 'Confiance du maire',
  securiteJuridique: 'Sécurité juridique',
  santeFinanciere: 'Santé financière',
  satisfactionUsagers: 'Satisfaction des usagers',
  chargeDeTravail: 'Charge de travail',
};

/** Where each meter starts the year, out of 100. Charge de travail is the only one where lower is better. */
export const METER_START: Readonly<Record<Meter, number>> = {
  confianceMaire: 60,
  securiteJuridique: 60,
  santeFinanciere: 60,
  satisfactionUsagers: 60,
  chargeDeTravail: 40,
};

/** True for a meter where a higher value is worse. */
export function isBurdenMeter(meter: Meter): boolean {
  return meter === 'chargeDeTravail';
}

/** Narrows a scenario's meter name (validated at load against METERS) to a {@link Meter}. */
export function asMeter(name: string): Meter | null {
  return (METERS as readonly string[]).includes(name) ? (name as Meter) : null;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, value));
}

/** Meter values after a list of changes, each step clamped to 0–100 as the player saw it. */
export function meterValues(entries: readonly Pick<MeterEntry, 'meter' | 'delta'>[]): Record<Meter, number> {
  const values: Record<Meter, number> = { ...METER_START };
  for (const entry of entries) values[entry.meter] = clamp(values[entry.meter] + entry.delta);
  return values;
}

const VERDICT_VALUES: Readonly<Record<Verdict, number>> = {
  conforme: 1,
  acceptable: 0.25,
  risque: -0.5,
  illegal: -1,
};

/**
 * How a finished scenario moves the sécurité juridique: the weighted balance of its verdicts (conforme +1 …
 * illegal −1) scaled to ±4 for a scheduled scenario and ±2 for a short event, so that one scenario never
 * swings the meter more than its share of the year.
 */
export function verdictBalanceDelta(evidence: readonly Evidence[], scale: number): number {
  const weight = evidence.reduce((sum, item) => sum + item.weight, 0);
  if (weight === 0) return 0;
  const balance =
    evidence.reduce((sum, item) => sum + item.weight * VERDICT_VALUES[item.verdict], 0) / weight;
  return Math.round(balance * scale);
}

/** The meter entries a finished scenario brings: its own effects, then the balance of its verdicts, traced. */
export function activityMeterEntries(activity: Activity, title: string): MeterEntry[] {
  const effects = activity.meterChanges.flatMap((change): MeterEntry[] => {
    const meter = asMeter(change.meter);
    if (meter === null) return [];
    return [
      {
        meter,
        delta: change.delta,
        reason: change.reason,
        date: change.date,
        cause: {
          kind: 'scenario',
          activityId: activity.id,
          scenarioId: activity.scenarioId,
          step: change.step,
        },
      },
    ];
  });
  const delta = verdictBalanceDelta(activity.evidence, activity.kind === 'rendez-vous' ? 4 : 2);
  if (delta === 0) return effects;
  const count = (verdict: Verdict) => activity.evidence.filter((item) => item.verdict === verdict).length;
  return [
    ...effects,
    {
      meter: 'securiteJuridique',
      delta,
      reason: `« ${title} » : ${count('conforme')} décision(s) conforme(s), ${count('acceptable') + count('risque')} perfectible(s) ou risquée(s), ${count('illegal')} illégale(s).`,
      date: activity.date,
      cause: { kind: 'verdicts', activityId: activity.id, scenarioId: activity.scenarioId },
    },
  ];
}
