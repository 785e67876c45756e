import { fromCents, toCents } from '../../money';
import { formatEuros } from './money';
import { BUDGET_REFERENCES as REF } from './references';
import type { BudgetCheck } from './types';

/** A grant the budget counts on (DETR, DSIL, département…), as the scenario describes it. */
export interface GrantEstimate {
  /** French, as the debrief names it: « DETR — toiture de l’école ». */
  readonly label: string;
  /** Amount entered as revenue in the budget (euros). */
  readonly entered: number;
  /** Amount of the notified award (arrêté or convention), `null` while it is only hoped for. */
  readonly notified: number | null;
}

/**
 * Sincerity of a grant entered as revenue — CGCT L1612-4 (« recettes évaluées de façon sincère »).
 * A grant counts only up to its notified amount: beyond it, the revenue is not certain and balancing the budget
 * on it makes the budget insincere. [P]: the sincerity requirement is confirmed; reading it as « notified
 * grants only » is the chambres régionales des comptes' practice.
 */
export function checkGrantSincerity(grant: GrantEstimate): BudgetCheck {
  const entered = toCents(grant.entered);
  const notified = grant.notified === null ? 0 : toCents(grant.notified);
  const passed = entered <= notified;
  const name = `Subvention « ${grant.label} »`;
  let message: string;
  if (passed && entered === 0 && grant.notified === null) {
    message = `${name} non inscrite tant qu’elle n’est pas notifiée (${REF.equilibreReel}).`;
  } else if (passed) {
    message = `${name} inscrite pour ${formatEuros(grant.entered)}, dans la limite du montant notifié de ${formatEuros(fromCents(notified))} (${REF.equilibreReel}).`;
  } else if (grant.notified === null) {
    message = `${name} inscrite pour ${formatEuros(grant.entered)} sans avoir été notifiée : cette recette n’est pas certaine et équilibrer le budget avec elle le rend insincère ; l’inscrire après la notification, par décision modificative (${REF.equilibreReel}).`;
  } else {
    message = `${name} inscrite pour ${formatEuros(grant.entered)} alors que la notification porte sur ${formatEuros(fromCents(notified))} : ${formatEuros(fromCents(entered - notified))} de recette surestimée rendent le budget insincère (${REF.equilibreReel}).`;
  }
  return {
    id: 'sincerite-subvention',
    passed,
    message,
    reference: REF.equilibreReel,
    confidence: 'P',
    uncertain: false,
  };
}

/** The sincerity of every grant, and the total entered beyond notified amounts. */
export interface GrantsSincerityReport {
  readonly checks: readonly BudgetCheck[];
  /** Euros entered beyond what was notified, all grants together. */
  readonly excess: number;
  readonly sincere: boolean;
}

/** {@link checkGrantSincerity} over a list of grants — CGCT L1612-4. */
export function checkGrantsSincerity(grants: readonly GrantEstimate[]): GrantsSincerityReport {
  let excessCents = 0;
  for (const grant of grants) {
    const notified = grant.notified === null ? 0 : toCents(grant.notified);
    excessCents += Math.max(0, toCents(grant.entered) - notified);
  }
  const checks = grants.map(checkGrantSincerity);
  return { checks, excess: fromCents(excessCents), sincere: excessCents === 0 };
}

/** The local direct taxes whose rates the council votes (CGI art. 1639 A). */
export type LocalTax = 'TFPB' | 'TFPNB' | 'THRS' | 'CFE';

/** French names of the local taxes. */
export const LOCAL_TAX_LABELS: Readonly<Record<LocalTax, string>> = {
  TFPB: 'taxe foncière sur les propriétés bâties',
  TFPNB: 'taxe foncière sur les propriétés non bâties',
  THRS: 'taxe d’habitation sur les résidences secondaires',
  CFE: 'cotisation foncière des entreprises',
};

/** One line of the état fiscal: the notified base and the rate the council votes. */
export interface TaxBaseLine {
  readonly tax: LocalTax;
  /** Prévisionnelle base notified by the DGFiP (euros). */
  readonly base: number;
  /** Voted rate, in percent (18,75 % is `18.75`). */
  readonly ratePercent: number;
}

/** Expected product of the local taxes: Σ base × taux, to the cent. */
export function expectedTaxProduct(lines: readonly TaxBaseLine[]): number {
  let cents = 0;
  // base (€) × rate (%) / 100 gives euros, × 100 gives cents: base × rate is already in cents.
  for (const line of lines) cents += Math.round(line.base * line.ratePercent);
  return fromCents(cents);
}

/** The comparison of an entered tax product with bases × rates. */
export interface TaxProductReport {
  readonly expected: number;
  readonly entered: number;
  /** Euros entered above bases × rates (0 when within). */
  readonly excess: number;
  readonly check: BudgetCheck;
}

/**
 * Sincerity of the local tax product — CGCT L1612-4: the product entered (compte 73111 of the budget) may not
 * exceed the notified bases times the voted rates. Any euro above is an over-estimated revenue. [P]: the
 * sincerity requirement is confirmed; the bases × rates method is the état fiscal's.
 */
export function checkTaxProductSincerity(input: {
  readonly lines: readonly TaxBaseLine[];
  readonly entered: number;
}): TaxProductReport {
  const expected = expectedTaxProduct(input.lines);
  const excessCents = Math.max(0, toCents(input.entered) - toCents(expected));
  const passed = excessCents === 0;
  const amounts = `produit fiscal inscrit ${formatEuros(input.entered)}, bases notifiées × taux votés ${formatEuros(expected)}`;
  const check: BudgetCheck = {
    id: 'sincerite-produit-fiscal',
    passed,
    message: passed
      ? `Produit fiscal sincère : ${amounts} (${REF.equilibreReel}).`
      : `Produit fiscal surestimé de ${formatEuros(fromCents(excessCents))} : ${amounts} ; une recette fiscale au-delà des bases notifiées rend le budget insincère (${REF.equilibreReel}).`,
    reference: REF.equilibreReel,
    confidence: 'P',
    uncertain: false,
  };
  return { expected, entered: input.entered, excess: fromCents(excessCents), check };
}
