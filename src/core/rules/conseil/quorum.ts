import type { LegalRule } from './legal-basis';

/** L2121-17: quorum of the council. */
export const QUORUM_RULE: LegalRule = {
  reference: 'CGCT L2121-17',
  confidence: 'C',
  statement:
    'Le conseil ne délibère valablement que si la majorité de ses membres en exercice est présente, à ' +
    'l’ouverture et à la mise en discussion de chaque point. Les pouvoirs ne comptent pas ; un élu intéressé ' +
    'qui se retire non plus. Faute de quorum, après une nouvelle convocation à trois jours au moins ' +
    'd’intervalle, le conseil délibère sans condition de quorum sur l’ordre du jour initial.',
};

/** Members physically present needed for the quorum: more than half the members in office (15 → 8). */
export function quorumRequired(membersInOffice: number): number {
  return Math.floor(membersInOffice / 2) + 1;
}

/** The present members who count for the quorum: an interested member who withdrew does not (L2131-11). */
export function membersCountingForQuorum(
  present: readonly string[],
  interested: readonly string[] = [],
): string[] {
  return present.filter((name) => !interested.includes(name));
}

/** The quorum at a given moment. */
export interface QuorumCheck {
  readonly required: number;
  /** Members physically present who count. */
  readonly present: number;
  /** True when the council may deliberate: quorum met, or waived on a second convocation. */
  readonly reached: boolean;
  /** True on a second convocation: no quorum condition. */
  readonly waived: boolean;
}

/** Checks the quorum (at the opening or before an item) from the number of members who count. */
export function checkQuorum(
  membersInOffice: number,
  presentCount: number,
  secondConvocation = false,
): QuorumCheck {
  const required = quorumRequired(membersInOffice);
  return {
    required,
    present: presentCount,
    reached: secondConvocation || presentCount >= required,
    waived: secondConvocation,
  };
}

/** Guard form of {@link checkQuorum}. */
export function isQuorumReached(
  membersInOffice: number,
  presentCount: number,
  secondConvocation = false,
): boolean {
  return checkQuorum(membersInOffice, presentCount, secondConvocation).reached;
}

/**
 * Items of a second convocation that were not on the first agenda: without quorum, the council may only
 * deliberate on the initial agenda (L2121-17).
 */
export function itemsNotOnInitialAgenda(
  initialAgenda: readonly string[],
  secondAgenda: readonly string[],
): string[] {
  return secondAgenda.filter((item) => !initialAgenda.includes(item));
}
