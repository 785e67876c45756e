import type { BudgetSectionName, BudgetSide } from './types';

/**
 * The nature of a chapter's credits:
 * - `reel`: money actually paid or received (dépenses et recettes réelles);
 * - `ordre`: a book entry with an equal counterpart (virement 023/021, transfers 042/040, patrimoniales 041);
 * - `resultat`: the result of the previous year carried over (001, 002).
 */
export type ChapterKind = 'reel' | 'ordre' | 'resultat';

/** One chapter of the simplified M57 nomenclature (communes under 3 500 inhabitants, vote par nature). */
export interface M57Chapter {
  readonly code: string;
  /** French label, as a budget table shows it. */
  readonly label: string;
  readonly section: BudgetSectionName;
  /** The sides on which the chapter may carry credits. */
  readonly sides: readonly BudgetSide[];
  readonly kind: ChapterKind;
  /**
   * True for the M14 « dépenses imprévues » chapters (020, 022): accepted so that the trap can be named,
   * but a credit there is refused by {@link checkNoUnforeseenExpensesCredit}.
   */
  readonly m14UnforeseenExpenses: boolean;
}

const D: readonly BudgetSide[] = ['depenses'];
const R: readonly BudgetSide[] = ['recettes'];
const DR: readonly BudgetSide[] = ['depenses', 'recettes'];

function chapter(
  code: string,
  label: string,
  section: BudgetSectionName,
  sides: readonly BudgetSide[],
  kind: ChapterKind,
  m14UnforeseenExpenses = false,
): M57Chapter {
  return { code, label, section, sides, kind, m14UnforeseenExpenses };
}

/**
 * A small catalogue of the M57 chapters a commune under 3 500 inhabitants votes, enough for a budget table.
 * Source: instruction budgétaire et comptable M57 (chapter list of the maquettes par nature); labels are shown,
 * never scored. Order: the order of the printed budget
 */
export const M57_CHAPTERS: readonly M57Chapter[] = [
  chapter('011', 'Charges à caractère général', 'fonctionnement', D, 'reel'),
  chapter('012', 'Charges de personnel et frais assimilés', 'fonctionnement', D, 'reel'),
  chapter('014', 'Atténuations de produits', 'fonctionnement', D, 'reel'),
  chapter('65', 'Autres charges de gestion courante', 'fonctionnement', D, 'reel'),
  chapter('66', 'Charges financières', 'fonctionnement', D, 'reel'),
  chapter('67', 'Charges spécifiques', 'fonctionnement', D, 'reel'),
  chapter('68', 'Dotations aux provisions et dépréciations', 'fonctionnement', D, 'reel'),
  chapter('022', 'Dépenses imprévues (chapitre de la M14)', 'fonctionnement', D, 'reel', true),
  chapter('013', 'Atténuations de charges', 'fonctionnement', R, 'reel'),
  chapter('70', 'Produits des services, du domaine et ventes diverses', 'fonctionnement', R, 'reel'),
  chapter('73', 'Impôts et taxes', 'fonctionnement', R, 'reel'),
  chapter('731', 'Fiscalité locale', 'fonctionnement', R, 'reel'),
  chapter('74', 'Dotations, subventions et participations', 'fonctionnement', R, 'reel'),
  chapter('75', 'Autres produits de gestion courante', 'fonctionnement', R, 'reel'),
  chapter('76', 'Produits financiers', 'fonctionnement', R, 'reel'),
  chapter('77', 'Produits spécifiques', 'fonctionnement', R, 'reel'),
  chapter('78', 'Reprises sur provisions et dépréciations', 'fonctionnement', R, 'reel'),
  chapter('023', 'Virement à la section d’investissement', 'fonctionnement', D, 'ordre'),
  chapter('042', 'Opérations d’ordre de transfert entre sections', 'fonctionnement', DR, 'ordre'),
  chapter('002', 'Résultat de fonctionnement reporté', 'fonctionnement', DR, 'resultat'),
  chapter('10', 'Dotations, fonds divers et réserves', 'investissement', DR, 'reel'),
  chapter('13', 'Subventions d’investissement', 'investissement', DR, 'reel'),
  chapter('16', 'Emprunts et dettes assimilées', 'investissement', DR, 'reel'),
  chapter('20', 'Immobilisations incorporelles (sauf 204)', 'investissement', D, 'reel'),
  chapter('204', 'Subventions d’équipement versées', 'investissement', D, 'reel'),
  chapter('21', 'Immobilisations corporelles', 'investissement', D, 'reel'),
  chapter('23', 'Immobilisations en cours', 'investissement', D, 'reel'),
  chapter('26', 'Participations et créances rattachées', 'investissement', D, 'reel'),
  chapter('27', 'Autres immobilisations financières', 'investissement', DR, 'reel'),
  chapter('020', 'Dépenses imprévues (chapitre de la M14)', 'investissement', D, 'reel', true),
  chapter('024', 'Produits des cessions d’immobilisations', 'investissement', R, 'reel'),
  chapter('021', 'Virement de la section de fonctionnement', 'investissement', R, 'ordre'),
  chapter('040', 'Opérations d’ordre de transfert entre sections', 'investissement', DR, 'ordre'),
  chapter('041', 'Opérations patrimoniales', 'investissement', DR, 'ordre'),
  chapter(
    '001',
    'Solde d’exécution de la section d’investissement reporté',
    'investissement',
    DR,
    'resultat',
  ),
];

const BY_CODE: ReadonlyMap<string, M57Chapter> = new Map(M57_CHAPTERS.map((entry) => [entry.code, entry]));

/** The catalogue entry of a chapter code, or `undefined` when the code is not in the catalogue. */
export function findM57Chapter(code: string): M57Chapter | undefined {
  return BY_CODE.get(code);
}

/** The chapters that may carry credits on one side of one section, in budget-document order. */
export function chaptersFor(section: BudgetSectionName, side: BudgetSide): readonly M57Chapter[] {
  return M57_CHAPTERS.filter((entry) => entry.section === section && entry.sides.includes(side));
}

/** True when `code` is a chapter of real (non-ordre, non-reported) credits. Unknown codes are not. */
export function isRealChapter(code: string): boolean {
  return findM57Chapter(code)?.kind === 'reel';
}

const SECTION_LABEL: Record<BudgetSectionName, string> = {
  fonctionnement: 'de fonctionnement',
  investissement: 'd’investissement',
};
const SIDE_LABEL: Record<BudgetSide, string> = { depenses: 'dépenses', recettes: 'recettes' };

/** « dépenses de fonctionnement », « recettes d’investissement »… */
export function placeLabel(section: BudgetSectionName, side: BudgetSide): string {
  return `${SIDE_LABEL[side]} ${SECTION_LABEL[section]}`;
}

/**
 * Why a chapter code may not carry credits at this place, in French; `undefined` when it may.
 * Unknown codes are refused by name rather than accepted with a warning: a typo (« 61 » for « 011 ») would
 * otherwise silently change the totals a trainee is scored on.
 */
export function chapterPlacementError(
  code: string,
  section: BudgetSectionName,
  side: BudgetSide,
): string | undefined {
  const entry = findM57Chapter(code);
  if (!entry) {
    const allowed = chaptersFor(section, side)
      .map((candidate) => candidate.code)
      .join(', ');
    return `chapitre « ${code} » inconnu de la nomenclature M57 simplifiée retenue pour les ${placeLabel(section, side)} (chapitres admis : ${allowed})`;
  }
  if (entry.section !== section || !entry.sides.includes(side)) {
    const places = entry.sides.map((allowedSide) => placeLabel(entry.section, allowedSide)).join(' ou en ');
    return `le chapitre « ${code} » (${entry.label}) s’inscrit en ${places}, pas en ${placeLabel(section, side)}`;
  }
  return undefined;
}
