import { isIsoDate, toDayNumber, type IsoDate } from '../../dates';
import { nameKey } from './ballot';
import { fr } from './french-text';
import type { RuleCheck } from './legal-rule';
import { check } from './process-rules';

/** Most proxies one mandataire may hold (code électoral L73). */
export const MAX_PROXIES_PER_MANDATAIRE = 2;
/** Of which at most this many established in France (code électoral L73). */
export const MAX_PROXIES_MADE_IN_FRANCE = 1;

/** One procuration as the bureau reads it. */
export interface Procuration {
  readonly id: string;
  readonly mandant: string;
  readonly mandataire: string;
  readonly establishedIn: 'france' | 'etranger';
  readonly establishedOn: IsoDate;
}

/** Whether one procuration is valid under the ceiling, and why. */
export interface ProxyValidity {
  readonly id: string;
  readonly valid: boolean;
  /** True when only the order of proxies established the same day decided: show it, never score it. */
  readonly uncertain: boolean;
  readonly message: string;
}

function dayOf(proxy: Procuration): number {
  if (!isIsoDate(proxy.establishedOn)) {
    throw new RangeError(
      `Procuration ${proxy.id} : date d'établissement invalide « ${proxy.establishedOn} ».`,
    );
  }
  return toDayNumber(proxy.establishedOn);
}

/**
 * Applies the ceiling of code électoral L73: a mandataire holds at most two proxies, only one of them established
 * in France; beyond, the proxies established first are valid and the others void of right. Proxies of the same
 * day keep the order given, and a decision that depends on that order is flagged `uncertain`.
 */
export function validateProxies(proxies: readonly Procuration[]): {
  readonly validity: readonly ProxyValidity[];
  readonly checks: readonly RuleCheck[];
} {
  const ordered = proxies
    .map((proxy, i) => ({ proxy, i, day: dayOf(proxy) }))
    .sort((a, b) => a.day - b.day || a.i - b.i);
  const kept = new Map<string, Procuration[]>();
  const verdicts = new Map<string, ProxyValidity>();
  for (const { proxy } of ordered) {
    const key = nameKey(proxy.mandataire);
    const held = kept.get(key) ?? [];
    const inFrance = held.filter((p) => p.establishedIn === 'france').length;
    const valid =
      held.length < MAX_PROXIES_PER_MANDATAIRE &&
      (proxy.establishedIn === 'etranger' || inFrance < MAX_PROXIES_MADE_IN_FRANCE);
    if (valid) kept.set(key, [...held, proxy]);
    const sameDay = held.some((p) => p.establishedOn === proxy.establishedOn);
    const reason =
      held.length >= MAX_PROXIES_PER_MANDATAIRE
        ? fr`${proxy.mandataire} détient déjà ${MAX_PROXIES_PER_MANDATAIRE} procurations dressées avant celle-ci`
        : fr`${proxy.mandataire} détient déjà une procuration établie en France, dressée avant celle-ci`;
    verdicts.set(proxy.id, {
      id: proxy.id,
      valid,
      uncertain: !valid && sameDay,
      message: valid
        ? fr`Procuration de ${proxy.mandant} à ${proxy.mandataire} : valable.`
        : fr`Procuration de ${proxy.mandant} à ${proxy.mandataire} : nulle de plein droit, ${reason}.`,
    });
  }
  const validity = proxies.flatMap((p) => verdicts.get(p.id) ?? []);
  const voided = validity.filter((v) => !v.valid);
  const checks = [
    check(
      'procuration.plafond',
      voided.length === 0,
      voided.length === 0
        ? fr`Aucun mandataire ne dépasse deux procurations, dont une seule établie en France.`
        : voided.map((v) => v.message).join(' '),
    ),
  ];
  return { validity, checks };
}

/** Checks where a mandataire signed the liste d'émargement: in front of the mandant's name (code électoral L74). */
export function checkProxyEmargement(signedOpposite: 'mandant' | 'mandataire'): RuleCheck {
  return check(
    'emargement.mandataire',
    signedOpposite === 'mandant',
    signedOpposite === 'mandant'
      ? fr`Le mandataire a signé en face du nom du mandant.`
      : fr`Le mandataire doit signer en face du nom du mandant, non du sien.`,
  );
}
