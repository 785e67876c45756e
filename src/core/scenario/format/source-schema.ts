import { z } from '../../validation/schema';
import { headerShape, id, scalar, stepId, textlessSteps, textParts, variantSchema } from './schema-parts';
import { stageSchema } from './stage-schema';

/**
 * The scenario source, format 2: what an author writes by hand. French text sits where it is used; a scored
 * answer carries its verdict and its explanation; a decision carries its competences, weight and reference on
 * its step; document fields are `[label, value]` pairs; variants can be drawn from independent axes. The
 * compiler (`source-compile.ts`) turns it into the runtime form (`schema.ts`). See docs/AUTHORING.md.
 */
const text = z.string().min(1, 'Texte vide.').describe('le texte en français, tel que le joueur le lit');
const parts = textParts(text);

/** A scored answer: its verdict and why, in one place. Optional on an option of an unscored choice. */
const outcome = {
  verdict: parts.outcome.verdict.optional(),
  explanation: text.optional(),
  reference: parts.outcome.reference,
  competences: parts.outcome.competences,
};

/** The decision a step measures: its id (kept in the saves and the debrief) and its scale. */
const decision = z.strictObject(
  { id, ...parts.decisionShape },
  {
    error: (issue) =>
      issue.code === 'invalid_type' && typeof issue.input === 'string'
        ? 'Au format 2, une décision est un objet écrit sur son étape : { "id", "competences", "weight", "reference", … }.'
        : undefined,
  },
);

const stepSchema = z.discriminatedUnion('type', [
  parts.dialogue,
  z.strictObject({
    type: z.literal('choice'),
    ...parts.base,
    decision: decision.optional(),
    exchange: z.boolean().optional(),
    advice: parts.advice.optional(),
    prompt: text,
    options: z
      .array(
        z.strictObject({
          id,
          label: text,
          next: stepId,
          effects: z.array(parts.effect).optional(),
          ...outcome,
        }),
      )
      .min(2),
    /** A timed choice: what happens, and how it is judged, when the time runs out. */
    timer: z.strictObject({ ...parts.timer, ...outcome }).optional(),
  }),
  z.strictObject({ type: z.literal('inspect'), ...parts.base, decision, prompt: text, next: stepId }),
  z.strictObject({
    type: z.literal('form'),
    ...parts.base,
    decision,
    prompt: text,
    fields: z.array(z.strictObject({ ...parts.field, score: parts.fieldScoring.optional() })).min(1),
    next: stepId,
  }),
  z.strictObject({
    type: z.literal('classify'),
    ...parts.base,
    decision,
    prompt: text,
    bins: z.array(z.strictObject({ id, label: text })).min(2),
    items: z
      .array(
        z.strictObject({
          id,
          label: text,
          detail: text.optional(),
          /** The bin the item belongs in, and why, shown when it is misplaced. */
          bin: id.optional(),
          explanation: text.optional(),
        }),
      )
      .min(1),
    stage: stageSchema.optional(),
    next: stepId,
  }),
  z.strictObject({ type: z.literal('allocate'), ...parts.base, decision, ...parts.allocate }),
  z.strictObject({ type: z.literal('rank'), ...parts.base, decision, ...parts.rank }),
  ...textlessSteps,
  parts.end,
]);

/** `["Nom", "FABRE"]`, or `["nom", "Nom d’usage", "FABRE"]` when the field's id is not its label's. */
const documentField = z.union([z.tuple([text, text]), z.tuple([id, text, text])]);

const documentSchema = z.strictObject({
  title: text,
  kind: parts.documentKind,
  fields: z.array(documentField),
  body: z.array(text).optional(),
});

/** One value of an axis of variation (a visitor, a defect, a date) and the variables it sets. */
const axisValue = z.strictObject({
  id,
  label: z.string().min(1).optional(),
  vars: z.record(z.string(), scalar),
  closedDayReason: variantSchema.shape.closedDayReason,
});

/** A variant written by hand: its own variables, and the value it takes on each axis (`pick`). */
const sourceVariant = variantSchema.extend({
  vars: variantSchema.shape.vars.optional(),
  pick: z.record(z.string(), id).optional(),
});

/** A scenario source file, format 2. */
export const sourceSchema = z.strictObject({
  ...headerShape,
  format: z.literal(2, { error: 'format 2 attendu (voir docs/AUTHORING.md, « Passer au format 2 »)' }),
  cast: z.record(z.string(), parts.castMember),
  /** Independent axes of variation: without `variants`, every combination is a variant drawn from the seed. */
  axes: z.record(id, z.array(axisValue).min(1)).optional(),
  variants: z.array(sourceVariant).min(1).optional(),
  documents: z.record(z.string(), documentSchema).optional(),
  steps: z.record(stepId, stepSchema),
});

export type ScenarioSourceFile = z.infer<typeof sourceSchema>;
export type SourceStep = z.infer<typeof stepSchema>;
export type SourceDocumentField = z.infer<typeof documentField>;
export type SourceDecision = z.infer<typeof decision>;
