import { isIsoDate, type IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import { chapterPlacementError } from './m57-chapters';
import type { BudgetSectionName, BudgetSide, ChapterAmounts } from './types';

/** Above a thousand billion euros, amounts are a typo, and cents would leave the safe-integer range. */
const MAX_AMOUNT = 1e12;

const amountSchema = z
  .number({
    error: 'montant invalide : un nombre fini d’euros est attendu (ni texte, ni valeur infinie)',
  })
  .min(0, { error: 'montant négatif refusé : un crédit budgétaire est un nombre positif ou nul d’euros' })
  .max(MAX_AMOUNT, { error: 'montant hors de proportion (plus de mille milliards d’euros)' })
  .refine((euros) => Math.abs(euros * 100 - Math.round(euros * 100)) < 1e-6, {
    error: 'montant au centime près : deux décimales au plus',
  });

function chapterAmountsSchema(section: BudgetSectionName, side: BudgetSide) {
  return z
    .record(z.string(), amountSchema, {
      error: 'objet attendu : les crédits en euros par code de chapitre M57',
    })
    .superRefine((amounts, ctx) => {
      for (const code of Object.keys(amounts)) {
        const error = chapterPlacementError(code, section, side);
        if (error !== undefined) ctx.addIssue({ code: 'custom', path: [code], message: error });
      }
    });
}

function sectionSchema(section: BudgetSectionName) {
  return z.strictObject({
    depenses: chapterAmountsSchema(section, 'depenses'),
    recettes: chapterAmountsSchema(section, 'recettes'),
  });
}

const isoDateSchema = z
  .string({ error: 'date attendue au format AAAA-MM-JJ' })
  .refine(isIsoDate, { error: 'date invalide : une date réelle au format AAAA-MM-JJ est attendue' });

/** The zod schema of a `rules budget` case file (issue 9 contract). */
export const budgetCaseSchema = z.strictObject({
  /** Free French text for trainers; ignored by the rules. */
  description: z.string().optional(),
  year: z
    .number({ error: 'année attendue (nombre entier)' })
    .int({ error: 'année attendue (nombre entier)' })
    .min(2000, { error: 'année hors de la période couverte (2000 à 2100)' })
    .max(2100, { error: 'année hors de la période couverte (2000 à 2100)' }),
  renewalYear: z.boolean({
    error: 'booléen attendu : true l’année du renouvellement général des conseils municipaux, sinon false',
  }),
  voteDate: isoDateSchema.optional(),
  informationsCommuniqueesLe: isoDateSchema.optional(),
  fonctionnement: sectionSchema('fonctionnement'),
  investissement: sectionSchema('investissement'),
});

/** A valid `rules budget` case. */
export interface BudgetCase {
  readonly description?: string;
  readonly year: number;
  readonly renewalYear: boolean;
  /** Date of the council's vote; absent while the budget is still being built. */
  readonly voteDate?: IsoDate;
  /** When the « informations indispensables » reached the council, if after 31 March (L1612-2). */
  readonly informationsCommuniqueesLe?: IsoDate;
  readonly fonctionnement: { readonly depenses: ChapterAmounts; readonly recettes: ChapterAmounts };
  readonly investissement: { readonly depenses: ChapterAmounts; readonly recettes: ChapterAmounts };
}

/**
 * Parses untrusted JSON into a {@link BudgetCase}: negative, non-finite or sub-cent amounts, unknown keys, and
 * chapter codes outside the catalogue or at the wrong place are refused with one French message naming each.
 */
export function parseBudgetCase(raw: unknown): Result<BudgetCase, string> {
  const parsed = parseWith(budgetCaseSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}
