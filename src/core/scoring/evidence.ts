import type { IsoDate } from '../dates/iso-date';

/**
 * How a decision measures up, on the four levels of the game:
 * - `conforme`: right and well done;
 * - `acceptable`: legal but sub-optimal;
 * - `risque`: a legal risk or a poor service;
 * - `illegal`: breaks a rule.
 */
export const VERDICTS = ['conforme', 'acceptable', 'risque', 'illegal'] as const;

/** One of {@link VERDICTS}, from best to worst. */
export type Verdict = (typeof VERDICTS)[number];

/** Who takes a decision, so that a binôme mode can route it to the maire's or the SGM's seat. */
export const ROLES = ['sgm', 'maire', 'adjoint', 'conseil', 'usager', 'agent', 'prefet', 'bureau'] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/**
 * One scored decision: the unit from which every mark, debrief line and report row is computed.
 * Plain JSON, produced by the scenario runtime from the scenario's scoring map.
 */
export interface Evidence {
  /** Scenario that produced it. */
  readonly scenarioId: string;
  /** Decision (step) identifier inside the scenario. */
  readonly step: string;
  /** In-game date of the decision. */
  readonly date: IsoDate;
  /** Who took the decision. */
  readonly role: Role;
  /** RNCP41781 competence IDs measured (at least one). */
  readonly competences: readonly string[];
  readonly verdict: Verdict;
  /** Importance of the decision (1 = routine, 3 = decisive). */
  readonly weight: number;
  /** French: what the player did, as the debrief recalls it. */
  readonly choice: string;
  /** French: what should have been done, and why. */
  readonly explanation: string;
  /** Legal reference (code + article) or, for a non-legal skill, the référentiel line. */
  readonly reference: string;
}
