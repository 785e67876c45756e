import type { ScenarioFile } from '../../core/scenario';
import type { Role } from '../../core/scoring';

/** Cast id → role, as the scenario file gives it. */
export function castRoles(scenario: ScenarioFile): Readonly<Record<string, Role>> {
  return Object.fromEntries(Object.entries(scenario.cast).map(([id, member]) => [id, member.role]));
}

/** The maire's confidence trend: the sum of the changes of her meter (a scenario's, or the year's so far). */
export function confidenceTrend(
  changes: readonly { readonly meter: string; readonly delta: number }[],
): number {
  return changes.reduce((sum, change) => (change.meter === 'confianceMaire' ? sum + change.delta : sum), 0);
}
