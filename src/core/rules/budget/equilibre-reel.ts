import { fromCents, toCents } from '../../money';
import { chapterAmount, formatEuros, sumChapterCents } from './money';
import { BUDGET_REFERENCES as REF } from './references';
import { sectionBalance, type SectionBalance } from './sections';
import type { BudgetCheck, BudgetCredits, BudgetSectionName } from './types';

/** The virement from the operating to the investment section, seen from both ends. */
export interface VirementCoherence {
  /** Chapter 023, operating spending (euros). */
  readonly depenses023: number;
  /** Chapter 021, investment revenue (euros). */
  readonly recettes021: number;
  readonly coherent: boolean;
}

/** Virement 023 (operating spending) equals 021 (investment revenue) — CGCT L1612-4, instruction M57. */
export function virementCoherence(budget: BudgetCredits): VirementCoherence {
  const depenses023 = chapterAmount(budget.fonctionnement.depenses, '023');
  const recettes021 = chapterAmount(budget.investissement.recettes, '021');
  return { depenses023, recettes021, coherent: toCents(depenses023) === toCents(recettes021) };
}

/** One opération d'ordre, entered on two sides that must carry the same amount. */
export interface OrdrePair {
  /** e.g. `042-040`. */
  readonly id: string;
  /** French: where the first amount sits, « au chapitre 042 en dépenses de fonctionnement ». */
  readonly firstLabel: string;
  readonly first: number;
  readonly secondLabel: string;
  readonly second: number;
  readonly coherent: boolean;
}

function pair(id: string, firstLabel: string, first: number, secondLabel: string, second: number): OrdrePair {
  return { id, firstLabel, first, secondLabel, second, coherent: toCents(first) === toCents(second) };
}

/** The three pairs of opérations d'ordre and whether all of them balance. */
export interface OrdreCoherence {
  /** 042 operating spending (amortissements) = 040 investment revenue; 040 spending = 042 revenue; 041 = 041. */
  readonly pairs: readonly OrdrePair[];
  readonly coherent: boolean;
}

/**
 * Opérations d'ordre balance on both sides — CGCT L1612-4, instruction M57. The contract's « 042 = 040 » is read
 * both ways (042 spending = 040 revenue, 040 spending = 042 revenue), and the patrimoniales 041 must balance
 * inside the investment section.
 */
export function ordreCoherence(budget: BudgetCredits): OrdreCoherence {
  const { fonctionnement: f, investissement: i } = budget;
  const pairs = [
    pair(
      '042-040',
      'au chapitre 042 en dépenses de fonctionnement',
      chapterAmount(f.depenses, '042'),
      'au chapitre 040 en recettes d’investissement',
      chapterAmount(i.recettes, '040'),
    ),
    pair(
      '040-042',
      'au chapitre 040 en dépenses d’investissement',
      chapterAmount(i.depenses, '040'),
      'au chapitre 042 en recettes de fonctionnement',
      chapterAmount(f.recettes, '042'),
    ),
    pair(
      '041',
      'au chapitre 041 en dépenses d’investissement',
      chapterAmount(i.depenses, '041'),
      'au chapitre 041 en recettes d’investissement',
      chapterAmount(i.recettes, '041'),
    ),
  ];
  return { pairs, coherent: pairs.every((candidate) => candidate.coherent) };
}

/** Capital repayment of the year: chapter 16 in investment spending — CGCT L1612-4. */
export function capitalRepayment(budget: BudgetCredits): number {
  return chapterAmount(budget.investissement.depenses, '16');
}

/** Investment revenue that is not an own resource under L1612-4. */
const NOT_OWN_RESOURCES: ReadonlySet<string> = new Set([
  '16', // the product of borrowing is excluded by the text itself
  '001', // a reported result is not a resource of the year (issue-9 contract)
  '041', // patrimoniales are matched by the same 041 spending: they bring no money
]);

/**
 * Own resources that must cover the capital repayment — CGCT L1612-4: investment revenue other than borrowing
 * (chapter 16) and the reported result (001), with the virement 021 and the amortissements 040 included.
 * The 041 patrimoniales are left out as well: they are matched by the same spending and bring no money.
 */
export function ownResources(budget: BudgetCredits): number {
  return fromCents(sumChapterCents(budget.investissement.recettes, (code) => !NOT_OWN_RESOURCES.has(code)));
}

/** Everything the équilibre réel of L1612-4 looks at, with one check per condition. */
export interface EquilibreReelReport {
  readonly fonctionnement: SectionBalance;
  readonly investissement: SectionBalance;
  readonly virement: VirementCoherence;
  readonly ordre: OrdreCoherence;
  readonly remboursementCapital: number;
  readonly ressourcesPropres: number;
  readonly capitalCouvert: boolean;
  /** Both sections in balance, virement and ordre coherent, capital covered. */
  readonly equilibreReel: boolean;
  /** Every condition, passed or failed, in a fixed order. */
  readonly checks: readonly BudgetCheck[];
  /** One French line per failed condition; empty exactly when `equilibreReel`. */
  readonly violations: readonly string[];
}

const SECTION_NAME: Record<BudgetSectionName, string> = {
  fonctionnement: 'Section de fonctionnement',
  investissement: 'Section d’investissement',
};

function balanceCheck(name: BudgetSectionName, balance: SectionBalance): BudgetCheck {
  const amounts = `${formatEuros(balance.recettes)} de recettes pour ${formatEuros(balance.depenses)} de dépenses`;
  let message: string;
  if (!balance.equilibre) {
    message = `${SECTION_NAME[name]} votée en déséquilibre : ${amounts}, il manque ${formatEuros(-balance.solde)} (${REF.equilibreReel}).`;
  } else if (balance.solde > 0) {
    message = `${SECTION_NAME[name]} votée en équilibre avec un excédent de ${formatEuros(balance.solde)} : ${amounts} (${REF.equilibreReel} ; un excédent n’est pas un déséquilibre, ${REF.excedent}).`;
  } else {
    message = `${SECTION_NAME[name]} votée en équilibre : ${amounts} (${REF.equilibreReel}).`;
  }
  return {
    id: `equilibre-${name}`,
    passed: balance.equilibre,
    message,
    reference: REF.equilibreReel,
    confidence: 'C',
    uncertain: false,
  };
}

function virementCheck(virement: VirementCoherence): BudgetCheck {
  const amounts = `${formatEuros(virement.depenses023)} au chapitre 023 (dépenses de fonctionnement) et ${formatEuros(virement.recettes021)} au chapitre 021 (recettes d’investissement)`;
  return {
    id: 'virement-023-021',
    passed: virement.coherent,
    message: virement.coherent
      ? `Virement cohérent : ${amounts} (${REF.equilibreReel}).`
      : `Virement incohérent : ${amounts} ; les deux montants doivent être égaux (${REF.equilibreReel}).`,
    reference: REF.equilibreReel,
    confidence: 'C',
    uncertain: false,
  };
}

function ordreCheck(ordre: OrdrePair): BudgetCheck {
  const reference = `${REF.equilibreReel} ; ${REF.instructionM57}`;
  const amounts = `${formatEuros(ordre.first)} ${ordre.firstLabel} et ${formatEuros(ordre.second)} ${ordre.secondLabel}`;
  const none = toCents(ordre.first) === 0 && toCents(ordre.second) === 0;
  return {
    id: `ordre-${ordre.id}`,
    passed: ordre.coherent,
    message: none
      ? `Aucune opération d’ordre ${ordre.id} (${reference}).`
      : ordre.coherent
        ? `Opérations d’ordre cohérentes : ${amounts} (${reference}).`
        : `Opérations d’ordre incohérentes : ${amounts} ; une opération d’ordre s’inscrit pour le même montant des deux côtés (${reference}).`,
    reference,
    confidence: 'P',
    uncertain: false,
  };
}

function capitalCheck(remboursement: number, ressources: number, covered: boolean): BudgetCheck {
  const amounts = `${formatEuros(remboursement)} de capital à rembourser (chapitre 16 en dépenses) pour ${formatEuros(ressources)} de ressources propres (virement 021, ordre 040 et recettes d’investissement hors emprunt et hors résultat reporté)`;
  return {
    id: 'capital-couvert',
    passed: covered,
    message: covered
      ? `Remboursement de la dette couvert : ${amounts} (${REF.equilibreReel}).`
      : `Remboursement en capital de la dette non couvert par les ressources propres : ${amounts}, il manque ${formatEuros(remboursement - ressources)} ; l’emprunt ne peut pas rembourser l’emprunt (${REF.equilibreReel}).`,
    reference: REF.equilibreReel,
    confidence: 'C',
    uncertain: false,
  };
}

/**
 * The équilibre réel of a budget primitif — CGCT L1612-4: each section voted in balance, the virement and the
 * opérations d'ordre coherent, and the capital repayment covered by own resources. Sincerity needs data a
 * budget table does not hold: see `checkGrantsSincerity` and `checkTaxProductSincerity`.
 */
export function checkEquilibreReel(budget: BudgetCredits): EquilibreReelReport {
  const fonctionnement = sectionBalance(budget.fonctionnement);
  const investissement = sectionBalance(budget.investissement);
  const virement = virementCoherence(budget);
  const ordre = ordreCoherence(budget);
  const remboursementCapital = capitalRepayment(budget);
  const ressourcesPropres = ownResources(budget);
  const capitalCouvert = toCents(ressourcesPropres) >= toCents(remboursementCapital);
  const checks = [
    balanceCheck('fonctionnement', fonctionnement),
    balanceCheck('investissement', investissement),
    virementCheck(virement),
    ...ordre.pairs.map(ordreCheck),
    capitalCheck(remboursementCapital, ressourcesPropres, capitalCouvert),
  ];
  const violations = checks.filter((check) => !check.passed).map((check) => check.message);
  return {
    fonctionnement,
    investissement,
    virement,
    ordre,
    remboursementCapital,
    ressourcesPropres,
    capitalCouvert,
    equilibreReel: violations.length === 0,
    checks,
    violations,
  };
}
