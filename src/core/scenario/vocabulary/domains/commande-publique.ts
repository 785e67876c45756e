import {
  CATEGORIES,
  NATURES,
  PROCEDURES,
  advanceRequirement,
  checkAbnormallyLowOffer,
  checkSmallModification,
  checkRetenueDeGarantie,
  checkStandstill,
  decideProcedure,
  detectSplitting,
  essentialDataPublication,
  estimateNeedValue,
  expectedConsultationDocuments,
  isEnvironmentalCriterionRequired,
  isScorableAsLaw,
  paymentDeadline,
  procedureLabel,
  reasonsCommunication,
  thresholdAt,
  usualCcag,
  type Lot,
  type Order,
  type ProcedureDecision,
} from '../../../rules/commande-publique';
import type { Result } from '../../../result';
import { defineCalculator, z } from '../rule-bridge';
import { offerRankingAssessor } from './commande-publique-ranking';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue');
const nature = z.enum(NATURES);
const procedure = z.enum(PROCEDURES);
/** `standard` when a scenario leaves it out; `sss` for a service social et autre service spécifique. */
const categorie = z.enum(CATEGORIES).optional();
const amount = z.number().min(0);

/** The value of a Result, or an error a scenario's validation reports for the variant that caused it. */
function valueOf<T>(result: Result<T, string>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * A need as a scenario writes it: up to four lots (or parts), each with its amount HT and whether that amount
 * is yearly. Scenario arguments are flat scalars, hence one pair of arguments per lot.
 */
const needArgs = z.strictObject({
  lot1HT: amount,
  lot1Annual: z.boolean().optional(),
  lot2HT: amount.optional(),
  lot2Annual: z.boolean().optional(),
  lot3HT: amount.optional(),
  lot3Annual: z.boolean().optional(),
  lot4HT: amount.optional(),
  lot4Annual: z.boolean().optional(),
  years: z.number().min(0).optional(),
  renewalYears: z.number().min(0).optional(),
});
type NeedArgs = z.infer<typeof needArgs>;

function lotsOf(args: NeedArgs): Lot[] {
  const pairs: [number | undefined, boolean | undefined][] = [
    [args.lot1HT, args.lot1Annual],
    [args.lot2HT, args.lot2Annual],
    [args.lot3HT, args.lot3Annual],
    [args.lot4HT, args.lot4Annual],
  ];
  return pairs.flatMap(([value, annual]) =>
    value === undefined ? [] : [annual === true ? { annualHT: value } : { totalHT: value }],
  );
}

function estimate(args: NeedArgs): number {
  const need = estimateNeedValue({
    lots: lotsOf(args),
    ...(args.years === undefined ? {} : { years: args.years }),
    ...(args.renewalYears === undefined ? {} : { renewalYears: args.renewalYears }),
  });
  if (!need.ok) throw new Error(need.error.message);
  return need.value.totalHT;
}

const decisionArgs = z.strictObject({ launchDate: isoDate, nature, valueHT: amount, categorie });

function decide(args: z.infer<typeof decisionArgs>): ProcedureDecision {
  return valueOf(
    decideProcedure({
      launchDate: args.launchDate,
      nature: args.nature,
      estimatedValueHT: args.valueHT,
      ...(args.categorie === undefined ? {} : { categorie: args.categorie }),
    }),
  );
}

const contractAmounts = z.strictObject({
  initialAmountHT: amount,
  initialAmountTTC: amount,
  durationMonths: z.number().positive(),
});

/** Public procurement rules a scenario may name (code de la commande publique). */
export const commandePubliqueCalculators = {
  'commande-publique.estimatedValue': defineCalculator({
    summary:
      'valeur estimée HT du besoin : toute la durée, reconductions et tous les lots compris (CCP R2121-1)',
    args: needArgs,
    compute: estimate,
  }),
  'commande-publique.procedure': defineCalculator({
    summary:
      'procédure selon la valeur, la nature, la catégorie (sss : services sociaux et spécifiques) et la date de lancement (CCP R2122-8, R2123-1, R2124-1)',
    args: decisionArgs,
    compute: (args) => decide(args).procedure,
  }),
  'commande-publique.publicite': defineCalculator({
    summary: 'publicité requise : aucune, libre, BOAMP ou JAL, BOAMP et JOUE (CCP R2131-12, R2131-16)',
    args: decisionArgs,
    compute: (args) => decide(args).publicite,
  }),
  'commande-publique.procedureLabel': defineCalculator({
    summary: 'la procédure et sa publicité, en toutes lettres',
    args: decisionArgs,
    compute: (args) => {
      const decision = decide(args);
      return procedureLabel(decision.procedure, decision.publicite, decision.categorie);
    },
  }),
  'commande-publique.publicityScorable': defineCalculator({
    summary:
      'la publicité requise est un point confirmé, qu’un barème peut noter (faux pour un SSS sous 750 000 € HT)',
    args: decisionArgs,
    compute: (args) => isScorableAsLaw(decide(args).publiciteConfidence),
  }),
  'commande-publique.europeanNoticeRequired': defineCalculator({
    summary:
      'un avis au JOUE est obligatoire : procédure formalisée, ou SSS à partir de 750 000 € HT (CCP R2123-1 3°)',
    args: decisionArgs,
    compute: (args) => decide(args).publiciteEuropeenneObligatoire,
  }),
  'commande-publique.procedureExplanation': defineCalculator({
    summary:
      'pourquoi cette procédure et cette publicité : valeur comparée aux seuils en vigueur, en français',
    args: decisionArgs,
    compute: (args) => decide(args).explanation,
  }),
  'commande-publique.threshold': defineCalculator({
    summary: 'seuil en vigueur à la date de lancement : dispense, BOAMP ou procédure formalisée',
    args: z.strictObject({
      kind: z.enum(['dispense', 'boamp', 'formalise']),
      launchDate: isoDate,
      nature,
    }),
    compute: ({ kind, launchDate, nature: what }) => valueOf(thresholdAt(kind, what, launchDate)).amountHT,
  }),
  'commande-publique.isSplitting': defineCalculator({
    summary: 'des commandes d’un même besoin échapperaient à la procédure du besoin entier (CCP R2121-4)',
    args: z.strictObject({
      launchDate: isoDate,
      nature,
      order1HT: amount,
      order2HT: amount,
      order3HT: amount.optional(),
      order4HT: amount.optional(),
      categorie,
    }),
    compute: ({ launchDate, nature: what, order1HT, order2HT, order3HT, order4HT, categorie: kind }) => {
      const orders: Order[] = [order1HT, order2HT, order3HT, order4HT].flatMap((value) =>
        value === undefined ? [] : [{ date: launchDate, amountHT: value }],
      );
      const need = { nature: what, orders, ...(kind === undefined ? {} : { categorie: kind }) };
      return valueOf(detectSplitting(need)).splitting;
    },
  }),
  'commande-publique.environmentalCriterionRequired': defineCalculator({
    summary: 'au moins un critère environnemental est obligatoire (CCP L2152-7, dès le 21 août 2026)',
    args: z.strictObject({ launchDate: isoDate }),
    compute: ({ launchDate }) => isEnvironmentalCriterionRequired(launchDate),
  }),
  'commande-publique.consultationDocuments': defineCalculator({
    summary: 'pièces du dossier de consultation, séparées par des virgules (pratique ; CCAG 2021)',
    args: z.strictObject({
      procedure,
      nature,
      priceForm: z.enum(['unitaire', 'global_forfaitaire', 'mixte']),
    }),
    compute: (args) => expectedConsultationDocuments(args).join(','),
  }),
  'commande-publique.usualCcag': defineCalculator({
    summary: 'CCAG auquel le CCAP renvoie d’ordinaire : ccag_travaux ou ccag_fcs (pratique)',
    args: z.strictObject({ nature }),
    compute: ({ nature: what }) => usualCcag(what),
  }),
  'commande-publique.mustRejectAbnormallyLowOffer': defineCalculator({
    summary: 'après justifications, l’offre anormalement basse doit être rejetée (CCP L2152-6, R2152-3)',
    args: z.strictObject({ justificationConvincing: z.boolean() }),
    compute: ({ justificationConvincing }) =>
      checkAbnormallyLowOffer({
        seemsAbnormallyLow: true,
        justificationRequested: true,
        justificationConvincing,
        intendedAction: 'rejeter',
      }).lawful,
  }),
  'commande-publique.reasonsCommunication': defineCalculator({
    summary: 'motifs du rejet : dans la lettre ou sur demande (CCP R2181-2, R2181-3)',
    args: z.strictObject({ procedure }),
    compute: ({ procedure: chosen }) => reasonsCommunication(chosen),
  }),
  'commande-publique.standstillRequired': defineCalculator({
    summary: 'un délai de suspension s’impose avant la signature (CCP R2182-1)',
    args: z.strictObject({ procedure, rejectionSentOn: isoDate }),
    compute: ({ procedure: chosen, rejectionSentOn }) =>
      valueOf(checkStandstill({ procedure: chosen, rejectionSentOn, electronic: true })).required,
  }),
  'commande-publique.earliestSignature': defineCalculator({
    summary: 'première date de signature possible après l’envoi des lettres de rejet (CCP R2182-1)',
    args: z.strictObject({ procedure, rejectionSentOn: isoDate, electronic: z.boolean() }),
    compute: (args) => valueOf(checkStandstill(args)).earliestSignature,
  }),
  'commande-publique.advanceRequired': defineCalculator({
    summary: 'avance obligatoire : plus de 50 000 € HT et plus de deux mois (CCP R2191-3)',
    args: contractAmounts,
    compute: (args) => valueOf(advanceRequirement(args)).required,
  }),
  'commande-publique.advanceMinimumTTC': defineCalculator({
    summary:
      'montant minimal de l’avance, TTC (CCP R2191-7 : 5 % ; au-delà de 12 mois, sur 12 × montant ÷ durée)',
    args: contractAmounts,
    compute: (args) => valueOf(advanceRequirement(args)).minimumTTC,
  }),
  'commande-publique.isSmallModification': defineCalculator({
    summary:
      'modification de faible montant : sous 10 % (15 % en travaux) et sous le seuil européen (CCP R2194-8)',
    args: z.strictObject({
      nature,
      initialAmountHT: z.number().positive(),
      modificationHT: amount,
      previousModificationsHT: amount.optional(),
      date: isoDate,
    }),
    compute: ({ nature: what, initialAmountHT, modificationHT, previousModificationsHT, date }) =>
      valueOf(
        checkSmallModification({
          nature: what,
          initialAmountHT,
          modificationsHT:
            previousModificationsHT === undefined
              ? [modificationHT]
              : [previousModificationsHT, modificationHT],
          date,
        }),
      ).withinSmallModification,
  }),
  'commande-publique.retenueMaximum': defineCalculator({
    summary:
      'retenue de garantie maximale : 5 % du montant initial augmenté des modifications (CCP R2191-33)',
    args: z.strictObject({ initialAmount: amount, modification: amount.optional() }),
    compute: ({ initialAmount, modification }) =>
      valueOf(
        checkRetenueDeGarantie({
          initialAmount,
          modifications: modification === undefined ? [] : [modification],
          ratePercent: 0,
        }),
      ).maximum,
  }),
  'commande-publique.essentialDataNote': defineCalculator({
    summary: 'texte d’information sur les données essentielles (non noté après le 1er avril 2026)',
    args: z.strictObject({ awardedOn: isoDate, amountHT: amount }),
    compute: (args) => valueOf(essentialDataPublication(args)).text,
  }),
  'commande-publique.paymentNote': defineCalculator({
    summary: 'texte d’information sur le délai de paiement (CCP R2192-10, non noté)',
    args: z.strictObject({ invoiceReceivedOn: isoDate }),
    compute: (args) => valueOf(paymentDeadline(args)).text,
  }),
} as const;

/** Public procurement assessors. */
export const commandePubliqueAssessors = {
  'commande-publique.offerRanking': offerRankingAssessor,
} as const;
