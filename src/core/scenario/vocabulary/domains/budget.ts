import { isIsoDate } from '../../../dates/iso-date';
import {
  briefPresentationRequirement,
  budgetControlConsequences,
  budgetMeetingOutcome,
  budgetTransmissionDeadline,
  budgetVoteDeadline,
  chapterPlacementError,
  expectedTaxProduct,
  findM57Chapter,
  fungibilityCeiling,
  investmentQuarterCeiling,
  investmentSpendingBeforeVote,
  isOrientationDebateRequired,
  isVotedInTime,
  ORIENTATION_DEBATE_POPULATION_THRESHOLD,
  realSpending,
  taxRatesNotificationDeadline,
  type BudgetSectionName,
  type ChapterAmounts,
} from '../../../rules/budget';
import { defineAssessor, defineCalculator, z } from '../rule-bridge';
import { assessBudgetTable, budgetTableArgs } from './budget-table';
import { taxArgs, taxLines } from './budget-tax';

const isoDate = z.string().refine(isIsoDate, 'date réelle AAAA-MM-JJ attendue');
const calendar = {
  year: z.number().int().min(2000).max(2100),
  renewalYear: z.boolean(),
};

/** Credits by M57 chapter code (`"21": 64000`), all on one side of one section. */
function chapterAmounts(section: BudgetSectionName, reserved: readonly string[] = []) {
  return z.record(z.string(), z.number().min(0)).superRefine((amounts, ctx) => {
    for (const code of Object.keys(amounts)) {
      if (reserved.includes(code)) continue;
      const error = chapterPlacementError(code, section, 'depenses');
      if (error !== undefined) ctx.addIssue({ code: 'custom', path: [code], message: error });
    }
  });
}

function withoutKeys(amounts: Readonly<Record<string, number>>, keys: readonly string[]): ChapterAmounts {
  return Object.fromEntries(Object.entries(amounts).filter(([code]) => !keys.includes(code)));
}

/** The section whose spending chapters a record names (validation refuses a record mixing sections). */
const sectionSpending = z.record(z.string(), z.number().min(0)).superRefine((amounts, ctx) => {
  const sections = new Set(Object.keys(amounts).map((code) => findM57Chapter(code)?.section));
  const [section] = sections;
  if (sections.size !== 1 || section === undefined) {
    ctx.addIssue({ code: 'custom', message: 'chapitres de dépenses d’une seule et même section attendus' });
    return;
  }
  for (const code of Object.keys(amounts)) {
    const error = chapterPlacementError(code, section, 'depenses');
    if (error !== undefined) ctx.addIssue({ code: 'custom', path: [code], message: error });
  }
});

/**
 * Budget rules a scenario may name (CGCT L1612-1 to L1612-8, L2312-1, L2313-1; CGI art. 1639 A; instruction
 * M57). Chapter-keyed arguments use the M57 codes as keys: `{ "16": 95000, "21": 64000 }`.
 */
export const budgetCalculators = {
  'budget.voteDeadline': defineCalculator({
    summary:
      'date limite de vote du budget primitif : 15 avril, 30 avril l’année du renouvellement (CGCT L1612-2)',
    args: z.strictObject(calendar),
    compute: (args) => budgetVoteDeadline(args).date,
  }),
  'budget.isVotedInTime': defineCalculator({
    summary: 'le budget voté à cette date l’est dans le délai (CGCT L1612-2)',
    args: z.strictObject({ ...calendar, voteDate: isoDate }),
    compute: ({ voteDate, ...args }) => isVotedInTime(voteDate, budgetVoteDeadline(args).date),
  }),
  'budget.meetingCanAdopt': defineCalculator({
    summary:
      'une séance à cette date peut encore adopter le budget : faux après la date limite, le préfet ayant saisi la chambre régionale des comptes (CGCT L1612-2)',
    args: z.strictObject({ ...calendar, meetingDate: isoDate }),
    compute: ({ meetingDate, ...args }) =>
      budgetMeetingOutcome(meetingDate, budgetVoteDeadline(args)).canAdopt,
  }),
  'budget.meetingOutcomeReason': defineCalculator({
    summary:
      'ce que peut une séance à cette date sur le budget primitif, en français : l’adopter, ou plus rien après la saisine de la chambre régionale des comptes (CGCT L1612-2)',
    args: z.strictObject({ ...calendar, meetingDate: isoDate }),
    compute: ({ meetingDate, ...args }) =>
      budgetMeetingOutcome(meetingDate, budgetVoteDeadline(args)).message,
  }),
  'budget.transmissionDeadline': defineCalculator({
    summary:
      'date limite de transmission du budget au préfet : 15 jours après la date limite de vote (CGCT L1612-8)',
    args: z.strictObject(calendar),
    compute: (args) => budgetTransmissionDeadline(budgetVoteDeadline(args)).date,
  }),
  'budget.taxRatesDeadline': defineCalculator({
    summary: 'date limite de notification des taux d’imposition (CGI art. 1639 A)',
    args: z.strictObject(calendar),
    compute: (args) => taxRatesNotificationDeadline(args).date,
  }),
  'budget.taxProduct': defineCalculator({
    summary: 'produit fiscal attendu : somme des bases notifiées × taux votés (CGCT L1612-4)',
    args: taxArgs,
    compute: (args) => expectedTaxProduct(taxLines(args)),
  }),
  'budget.investmentQuarterCeiling': defineCalculator({
    summary:
      'plafond des dépenses d’investissement autorisables avant le vote : le quart des crédits de l’an dernier, dette exclue (CGCT L1612-1) ; clés : chapitres de dépenses d’investissement',
    args: chapterAmounts('investissement'),
    compute: (lastYear) => investmentQuarterCeiling(lastYear),
  }),
  'budget.investmentAllowedBeforeVote': defineCalculator({
    summary:
      'le conseil peut autoriser avant le vote une dépense d’investissement de « montant » (CGCT L1612-1) ; autres clés : chapitres de dépenses d’investissement de l’an dernier',
    args: chapterAmounts('investissement', ['montant']).refine((args) => args.montant !== undefined, {
      message: 'clé « montant » attendue',
    }),
    compute: (args) => {
      const amount = args.montant ?? 0;
      return investmentSpendingBeforeVote({
        amount,
        alreadySpent: 0,
        lastYearInvestmentSpending: withoutKeys(args, ['montant']),
        authorisation: { amount, purpose: 'dépense demandée par le maire' },
      }).allowed;
    },
  }),
  'budget.fungibilityCeiling': defineCalculator({
    summary:
      'plafond de la fongibilité : 7,5 % des dépenses réelles de la section (instruction M57) ; clés : chapitres de dépenses d’une section',
    args: sectionSpending,
    compute: (depenses) => fungibilityCeiling(realSpending({ depenses, recettes: {} })),
  }),
  'budget.realSpending': defineCalculator({
    summary:
      'dépenses réelles d’une section, hors opérations d’ordre et résultat reporté (instruction M57) ; clés : chapitres de dépenses d’une section',
    args: sectionSpending,
    compute: (depenses) => realSpending({ depenses, recettes: {} }),
  }),
  'budget.controlConsequences': defineCalculator({
    summary:
      'saisines de la chambre régionale des comptes qu’entraîne un budget voté hors délai ou en déséquilibre (CGCT L1612-2, L1612-5), en français',
    args: z.strictObject({ votedInTime: z.boolean(), equilibreReel: z.boolean() }),
    compute: (situation) =>
      budgetControlConsequences(situation)
        .map((consequence) => consequence.message)
        .join(' '),
  }),
  'budget.orientationDebateThreshold': defineCalculator({
    summary:
      'population à partir de laquelle le débat d’orientation budgétaire est obligatoire (CGCT L2312-1)',
    args: z.strictObject({}),
    compute: () => ORIENTATION_DEBATE_POPULATION_THRESHOLD,
  }),
  'budget.isOrientationDebateRequired': defineCalculator({
    summary: 'le débat d’orientation budgétaire est obligatoire (CGCT L2312-1)',
    args: z.strictObject({ population: z.number().int().min(0) }),
    compute: ({ population }) => isOrientationDebateRequired(population),
  }),
  'budget.briefPresentationOnlineBy': defineCalculator({
    summary:
      'dernier jour de mise en ligne de la présentation brève et synthétique, commune dotée d’un site (CGCT L2313-1)',
    args: z.strictObject({ adoptionDate: isoDate }),
    compute: ({ adoptionDate }) =>
      briefPresentationRequirement({ adoptionDate, hasWebsite: true }).onlineBy ?? adoptionDate,
  }),
} as const;

/** Budget assessors. */
export const budgetAssessors = {
  'budget.equilibreReel': defineAssessor({
    summary:
      'budget primitif par chapitre (lignes fd-, fr-, id-, ir- + code M57) : équilibre réel, sincérité et pièges de la M57 (CGCT L1612-4)',
    args: budgetTableArgs,
    assess: assessBudgetTable,
  }),
} as const;
