import type { LegalRule } from './legal-basis';

/** L2121-20: proxies (pouvoirs). */
export const PROXY_RULE: LegalRule = {
  reference: 'CGCT L2121-20',
  confidence: 'C',
  statement:
    'Un conseiller empêché peut donner à un collègue de son choix un pouvoir écrit de voter en son nom ; un ' +
    'même conseiller ne peut porter qu’un seul pouvoir ; le pouvoir est toujours révocable et, sauf maladie ' +
    'dûment constatée, ne vaut pas pour plus de trois séances consécutives.',
};

/** Most consecutive sessions a proxy may cover, illness aside. */
export const PROXY_MAX_CONSECUTIVE_SESSIONS = 3;

/** A proxy as given: `from` (mandant) lets `to` (mandataire) vote in his or her name. */
export interface Proxy {
  readonly from: string;
  readonly to: string;
  /** Given in writing (default true). */
  readonly written?: boolean;
  /** Consecutive sessions the proxy covers (default 1). */
  readonly consecutiveSessions?: number;
  /** Illness dûment constatée, which lifts the three-session limit (default false). */
  readonly illness?: boolean;
}

/** A proxy the vote may use. */
export interface AcceptedProxy {
  readonly from: string;
  readonly to: string;
}

/** A proxy set aside, with a French reason. */
export interface RejectedProxy extends AcceptedProxy {
  readonly reason: string;
}

/** The proxies sorted out. */
export interface ProxyReview {
  readonly accepted: AcceptedProxy[];
  readonly rejected: RejectedProxy[];
}

/** Who is in the room, when known, and who is interested in the item. */
export interface ProxyContext {
  /** Members physically present; without it, presence cannot be checked. */
  readonly present?: readonly string[] | null;
  /** Members interested in the item (L2131-11). */
  readonly interested?: readonly string[];
}

/** True unless the proxy covers more than three consecutive sessions without illness (L2121-20). */
export function isProxyDurationValid(consecutiveSessions: number, illness: boolean): boolean {
  return illness || consecutiveSessions <= PROXY_MAX_CONSECUTIVE_SESSIONS;
}

/** The reason a proxy fails on its own (before comparing it with the others), or null. */
function intrinsicDefect(proxy: Proxy, context: ProxyContext): string | null {
  const { from, to } = proxy;
  if (from === to) return `« ${from} » ne peut pas se donner pouvoir à lui-même.`;
  if (proxy.written === false)
    return `Le pouvoir de « ${from} » n’est pas écrit : un pouvoir se donne par écrit (CGCT L2121-20).`;
  if (!isProxyDurationValid(proxy.consecutiveSessions ?? 1, proxy.illness === true)) {
    return `Le pouvoir de « ${from} » vaut pour plus de trois séances consécutives sans maladie dûment constatée (CGCT L2121-20).`;
  }
  const present = context.present;
  if (present && present.includes(from)) {
    return `Le mandant « ${from} » est présent : un conseiller présent vote lui-même et ne donne pas pouvoir.`;
  }
  if (present && !present.includes(to)) {
    return `Le mandataire « ${to} » est absent : seul un conseiller présent peut porter un pouvoir.`;
  }
  const interested = context.interested ?? [];
  if (interested.includes(from)) {
    return `« ${from} » est intéressé à l’affaire : il ne prend pas part au vote, même par un pouvoir (CGCT L2131-11).`;
  }
  if (interested.includes(to)) {
    return `« ${to} » est intéressé à l’affaire et doit se retirer : il ne peut pas voter pour un autre sur ce point (CGCT L2131-11).`;
  }
  return null;
}

/**
 * Sorts proxies in the order given: the first valid proxy of a giver, and the first one a holder receives,
 * win; a later one is rejected. Chains fall out naturally: a holder who gave his own proxy is absent.
 */
export function reviewProxies(proxies: readonly Proxy[], context: ProxyContext = {}): ProxyReview {
  const accepted: AcceptedProxy[] = [];
  const rejected: RejectedProxy[] = [];
  for (const proxy of proxies) {
    const { from, to } = proxy;
    const given = accepted.find((earlier) => earlier.from === from);
    const carried = accepted.find((earlier) => earlier.to === to);
    const reason =
      intrinsicDefect(proxy, context) ??
      (given
        ? `« ${from} » a déjà donné pouvoir à « ${given.to} » : un conseiller ne donne qu’un pouvoir.`
        : null) ??
      (carried
        ? `« ${to} » porte déjà le pouvoir de « ${carried.from} » : un même conseiller ne peut porter qu’un seul pouvoir (CGCT L2121-20).`
        : null);
    if (reason === null) accepted.push({ from, to });
    else rejected.push({ from, to, reason });
  }
  return { accepted, rejected };
}
