import type { IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import { estimateNeedValue, type Lot } from './estimated-value';
import { checkCategorie, decideProcedure, type ThresholdAmounts } from './procedure';
import { checkLaunchDate } from './thresholds';
import {
  CATEGORIES,
  NATURES,
  type Categorie,
  type Confidence,
  type Nature,
  type Procedure,
  type Publicite,
} from './types';

/** A case of `npm run cli -- rules commande-publique case.json`, once parsed. */
export interface CommandePubliqueCase {
  readonly launchDate: IsoDate;
  readonly nature: Nature;
  readonly lots: readonly Lot[];
  readonly years?: number;
  /** 0 when the case file leaves it out. */
  readonly renewalYears: number;
  /** `standard` when the case file leaves it out; `sss` for a service social et autre service spécifique. */
  readonly categorie: Categorie;
}

/** What the `rules` command prints for a case: the fields of issue 10's contract, then two more. */
export interface CommandePubliqueResult {
  readonly estimatedValueHT: number;
  readonly procedure: Procedure;
  readonly publicite: Publicite;
  readonly thresholds: ThresholdAmounts;
  readonly environmentalCriterionRequired: boolean;
  readonly references: readonly string[];
  /** Each lot's value over the whole duration, in the order given. */
  readonly lotValuesHT: readonly number[];
  readonly categorie: Categorie;
  /** True when a notice in the JOUE is compulsory (formalised procedure, or an SSS from 750 000 € HT). */
  readonly publiciteEuropeenneObligatoire: boolean;
  /** How sure the project is of `publicite` (`uncertain` for an SSS below 750 000 € HT: not to be scored). */
  readonly publiciteConfidence: Confidence;
  /** French explanation for a trainer. */
  readonly explanation: string;
}

const lotSchema = z.strictObject({
  annualHT: z.number({ error: 'montant annuel HT attendu (nombre)' }).optional(),
  totalHT: z.number({ error: 'montant total HT attendu (nombre)' }).optional(),
});

/**
 * The case file. Type checks belong to zod; the rules on dates, lots and durations belong to the domain's own
 * functions, called here so that a case file and a scenario guard are refused for the same reasons.
 */
const caseSchema = z
  .strictObject({
    launchDate: z.string({ error: 'date de lancement attendue au format AAAA-MM-JJ' }),
    nature: z.enum(NATURES, { error: 'nature attendue : « fournitures », « services » ou « travaux »' }),
    lots: z.array(lotSchema, { error: 'liste de lots attendue' }),
    years: z.number({ error: 'durée ferme en années attendue (nombre)' }).optional(),
    renewalYears: z.number({ error: 'années de reconduction attendues (nombre)' }).default(0),
    categorie: z
      .enum(CATEGORIES, { error: 'catégorie attendue : « standard » ou « sss »' })
      .default('standard'),
  })
  .superRefine((value, context) => {
    const date = checkLaunchDate(value.launchDate);
    if (!date.ok) context.addIssue({ code: 'custom', path: ['launchDate'], message: date.error });
    const need = estimateNeedValue(value);
    if (!need.ok) context.addIssue({ code: 'custom', path: [need.error.field], message: need.error.message });
    const category = checkCategorie(value.categorie, value.nature);
    if (!category.ok) context.addIssue({ code: 'custom', path: ['categorie'], message: category.error });
  });

/** Validates a case file's content; the error is one French message naming each faulty field. */
export function parseCommandePubliqueCase(raw: unknown): Result<CommandePubliqueCase, string> {
  const parsed = parseWith(caseSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}

/**
 * Estimated value, procedure and publicity of a case, with the thresholds in force at its launch date:
 * the function behind the `rules commande-publique` contract.
 */
export function evaluateCommandePubliqueCase(
  input: CommandePubliqueCase,
): Result<CommandePubliqueResult, string> {
  const need = estimateNeedValue(input);
  if (!need.ok) return err(need.error.message);
  const decision = decideProcedure({
    launchDate: input.launchDate,
    nature: input.nature,
    estimatedValueHT: need.value.totalHT,
    categorie: input.categorie,
  });
  if (!decision.ok) return decision;
  return ok({
    estimatedValueHT: need.value.totalHT,
    procedure: decision.value.procedure,
    publicite: decision.value.publicite,
    thresholds: decision.value.thresholds,
    environmentalCriterionRequired: decision.value.environmentalCriterionRequired,
    references: decision.value.references,
    lotValuesHT: need.value.lotValuesHT,
    categorie: decision.value.categorie,
    publiciteEuropeenneObligatoire: decision.value.publiciteEuropeenneObligatoire,
    publiciteConfidence: decision.value.publiciteConfidence,
    explanation: decision.value.explanation,
  });
}
