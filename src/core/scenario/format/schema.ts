import { z } from '../../validation/schema';
import type { scalar } from './schema-parts';
import {
  headerShape,
  id,
  stepId,
  textlessSteps,
  textParts,
  variantSchema,
  type valueSourceSchema,
  type guardSchema,
} from './schema-parts';
import { stageSchema } from './stage-schema';

/**
 * The compiled scenario: the form the runtime, the validators and the bots read. Authors never write it: the
 * compiler (`source-compile.ts`) makes it from the source form (`source-schema.ts`), moving every inline text
 * to the `texts` table under a generated stable id, and every verdict to `scoring`.
 */
const textId = id.describe('identifiant d’un texte de « texts »');
const parts = textParts(textId);

const stepSchema = z.discriminatedUnion('type', [
  parts.dialogue,
  z.strictObject({
    type: z.literal('choice'),
    ...parts.base,
    decision: id.optional(),
    exchange: z.boolean().optional(),
    advice: parts.advice.optional(),
    prompt: textId,
    options: z
      .array(z.strictObject({ id, label: textId, next: stepId, effects: z.array(parts.effect).optional() }))
      .min(2),
    timer: z.strictObject(parts.timer).optional(),
  }),
  z.strictObject({ type: z.literal('inspect'), ...parts.base, decision: id, prompt: textId, next: stepId }),
  z.strictObject({
    type: z.literal('form'),
    ...parts.base,
    decision: id,
    prompt: textId,
    fields: z.array(z.strictObject(parts.field)).min(1),
    next: stepId,
  }),
  z.strictObject({
    type: z.literal('classify'),
    ...parts.base,
    decision: id,
    prompt: textId,
    bins: z.array(z.strictObject({ id, label: textId })).min(2),
    items: z.array(z.strictObject({ id, label: textId, detail: textId.optional() })).min(1),
    stage: stageSchema.optional(),
    next: stepId,
  }),
  z.strictObject({ type: z.literal('allocate'), ...parts.base, decision: id, ...parts.allocate }),
  z.strictObject({ type: z.literal('rank'), ...parts.base, decision: id, ...parts.rank }),
  ...textlessSteps,
  parts.end,
]);

const outcomeSchema = z.strictObject(parts.outcome);

const decisionSchema = z.strictObject({
  ...parts.decisionShape,
  /** choice: one outcome per option id, plus `timeout` for a timed choice left to expire. */
  options: z.record(z.string(), outcomeSchema).optional(),
  /** form: one scored field at a time. */
  fields: z.record(z.string(), parts.fieldScoring).optional(),
  /** classify: the right bin of every item, with the explanation of each item when misplaced. */
  answers: z.record(z.string(), z.strictObject({ bin: id, explanation: textId.optional() })).optional(),
});

const documentSchema = z.strictObject({
  title: textId,
  kind: parts.documentKind,
  fields: z.array(z.strictObject({ id, label: textId, value: textId })),
  body: z.array(textId).optional(),
});

/** A compiled scenario, as the runtime reads it. */
export const scenarioSchema = z.strictObject({
  ...headerShape,
  cast: z.record(z.string(), parts.castMember),
  variants: z.array(variantSchema).min(1).optional(),
  texts: z.record(z.string(), z.string().min(1)),
  documents: z.record(z.string(), documentSchema).optional(),
  steps: z.record(stepId, stepSchema),
  scoring: z.record(z.string(), decisionSchema),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type StepDef = z.infer<typeof stepSchema>;
export type DecisionDef = z.infer<typeof decisionSchema>;
export type FieldScoringDef = z.infer<typeof parts.fieldScoring>;
export type OutcomeDef = z.infer<typeof outcomeSchema>;
export type EffectDef = z.infer<typeof parts.effect>;
export type GuardDef = z.infer<typeof guardSchema>;
export type ValueSource = z.infer<typeof valueSourceSchema>;
export type DocumentDef = z.infer<typeof documentSchema>;
export type Scalar = z.infer<typeof scalar>;
