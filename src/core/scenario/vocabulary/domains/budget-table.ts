import {
  BUDGET_REFERENCES as REF,
  chapterAmount,
  chapterPlacementError,
  checkDocumentedCredit,
  checkEquilibreReel,
  checkGrantSincerity,
  checkNoUnforeseenExpensesCredit,
  checkTaxProductSincerity,
  type BudgetCheck,
  type BudgetCredits,
  type BudgetSectionName,
  type BudgetSide,
} from '../../../rules/budget';
import type { Verdict } from '../../../scoring/evidence';
import type { SubmittedValue } from '../../step-view';
import { z, type Assessment } from '../rule-bridge';
import { refineTaxPairs, taxLines, taxShape } from './budget-tax';

/**
 * The line ids of a budget `allocate` step say where each amount goes: `fd-` (dépenses de fonctionnement), `fr-`
 * (recettes de fonctionnement), `id-` (dépenses d'investissement), `ir-` (recettes d'investissement), followed by
 * the M57 chapter code: `fd-011`, `ir-021`. One line per chapter and side.
 */
const PLACES: Readonly<Record<string, readonly [BudgetSectionName, BudgetSide]>> = {
  fd: ['fonctionnement', 'depenses'],
  fr: ['fonctionnement', 'recettes'],
  id: ['investissement', 'depenses'],
  ir: ['investissement', 'recettes'],
};
const LINE_ID = /^(fd|fr|id|ir)-(\d{2,3})$/;
const PREVISION = /^((?:fd|fr|id|ir)-\d{2,3})=(\d+(?:\.\d{1,2})?)$/;

interface Place {
  readonly section: BudgetSectionName;
  readonly side: BudgetSide;
  readonly chapter: string;
}

/** The place a line id names, or the French reason it names none. */
function placeOf(lineId: string): Place | string {
  const match = LINE_ID.exec(lineId);
  const place = match ? PLACES[match[1] ?? ''] : undefined;
  const chapter = match?.[2];
  if (!place || chapter === undefined) {
    return `ligne « ${lineId} » : identifiant attendu sous la forme fd-, fr-, id- ou ir- suivi du code de chapitre`;
  }
  const [section, side] = place;
  const error = chapterPlacementError(chapter, section, side);
  return error === undefined ? { section, side, chapter } : `ligne « ${lineId} » : ${error}`;
}

/**
 * Arguments of the `budget.equilibreReel` assessor: the état fiscal (bases and rates, see `taxShape`), the total
 * of the notified investment grants, and `previsions`, the amounts the preparation documents give, written
 * `"fd-66=14800"`: a spending line must reach its amount, a revenue line may not exceed it.
 */
export const budgetTableArgs = z
  .strictObject({
    ...taxShape,
    subventionsNotifiees: z.number().min(0),
    libelleSubventions: z.string().min(3).optional(),
    previsions: z.array(z.string()).superRefine((previsions, ctx) => {
      previsions.forEach((prevision, index) => {
        const match = PREVISION.exec(prevision);
        const place = match ? placeOf(match[1] ?? '') : 'forme « fd-66=14800 » attendue';
        if (typeof place === 'string') ctx.addIssue({ code: 'custom', path: [index], message: place });
      });
    }),
  })
  .superRefine(refineTaxPairs);

type BudgetTableArgs = z.infer<typeof budgetTableArgs>;

function tableOf(values: Readonly<Record<string, SubmittedValue>>): {
  credits: BudgetCredits;
  errors: string[];
} {
  const amounts: Record<`${BudgetSectionName}.${BudgetSide}`, Record<string, number>> = {
    'fonctionnement.depenses': {},
    'fonctionnement.recettes': {},
    'investissement.depenses': {},
    'investissement.recettes': {},
  };
  const errors: string[] = [];
  for (const [lineId, value] of Object.entries(values)) {
    const place = placeOf(lineId);
    if (typeof place === 'string') errors.push(place);
    else
      amounts[`${place.section}.${place.side}`][place.chapter] =
        typeof value === 'number' && Number.isFinite(value) ? value : 0;
  }
  const credits: BudgetCredits = {
    fonctionnement: {
      depenses: amounts['fonctionnement.depenses'],
      recettes: amounts['fonctionnement.recettes'],
    },
    investissement: {
      depenses: amounts['investissement.depenses'],
      recettes: amounts['investissement.recettes'],
    },
  };
  return { credits, errors };
}

function documentedChecks(credits: BudgetCredits, previsions: readonly string[]): BudgetCheck[] {
  return previsions.flatMap((prevision) => {
    const match = PREVISION.exec(prevision);
    const place = match ? placeOf(match[1] ?? '') : undefined;
    if (!place || typeof place === 'string') return [];
    return [
      checkDocumentedCredit({
        ...place,
        documented: Number(match?.[2]),
        entered: chapterAmount(credits[place.section][place.side], place.chapter),
      }),
    ];
  });
}

/** Beyond this many, the documented gaps are counted rather than each written out. */
const DOCUMENTED_SHOWN = 3;

function explain(failed: readonly BudgetCheck[], documented: readonly BudgetCheck[]): string {
  const shown = documented.length > DOCUMENTED_SHOWN + 1 ? documented.slice(0, DOCUMENTED_SHOWN) : documented;
  const rest = documented.length - shown.length;
  return [
    ...failed.map((check) => check.message),
    ...shown.map((check) => check.message),
    ...(rest > 0
      ? [`${rest} autres chapitres s’écartent aussi des documents de préparation (${REF.equilibreReel}).`]
      : []),
  ].join(' ');
}

/**
 * Judges a budget primitif entered by chapter — CGCT L1612-4: the équilibre réel (sections in balance, virement
 * and opérations d'ordre coherent, capital repayment covered), sincerity (notified grants only, tax product within
 * bases × rates, documented credits), and the M57 trap of a dépenses imprévues credit. A breach of L1612-4 is
 * illegal (the préfet refers the budget to the CRC, L1612-5); the M57 trap alone is a risk.
 */
export function assessBudgetTable(
  values: Readonly<Record<string, SubmittedValue>>,
  args: BudgetTableArgs,
): Assessment {
  const { credits, errors } = tableOf(values);
  if (errors.length > 0) {
    return {
      verdict: 'illegal',
      explanation: `Tableau budgétaire hors nomenclature : ${errors.join(' ; ')}.`,
      reference: REF.instructionM57,
    };
  }
  const notified = args.subventionsNotifiees;
  const legal: BudgetCheck[] = [
    ...checkEquilibreReel(credits).checks,
    checkGrantSincerity({
      label: args.libelleSubventions ?? 'chapitre 13 — subventions d’investissement',
      entered: chapterAmount(credits.investissement.recettes, '13'),
      notified: notified > 0 ? notified : null,
    }),
    checkTaxProductSincerity({
      lines: taxLines(args),
      entered: chapterAmount(credits.fonctionnement.recettes, '731'),
    }).check,
  ];
  const documented = documentedChecks(credits, args.previsions).filter((check) => !check.passed);
  const trap = checkNoUnforeseenExpensesCredit(credits);
  const failedLegal = legal.filter((check) => !check.passed);
  const failed = trap.passed ? failedLegal : [...failedLegal, trap];
  let verdict: Verdict = 'conforme';
  if (failedLegal.length > 0 || documented.length > 0) verdict = 'illegal';
  else if (!trap.passed) verdict = 'risque';
  // A check may cite several sources (« CGCT L1612-4 ; instruction M57 »): each is listed once.
  const references = [
    ...new Set([...failed, ...documented].flatMap((check) => check.reference.split(' ; '))),
  ];
  return {
    verdict,
    explanation: explain(failed, documented),
    reference: references.length > 0 ? references.join(' ; ') : REF.equilibreReel,
  };
}
