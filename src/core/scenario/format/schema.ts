import { z } from '../../validation/schema';
import { HUB_HOTSPOT_IDS } from '../../assets/hub-places';
import { ROLES, VERDICTS } from '../../scoring/evidence';

/**
 * The scenario file format (JSON), checked at the boundary. Everything a trainer writes is data:
 * texts are referenced by stable IDs, behaviour by names of the closed vocabulary.
 */
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]*$/i, 'identifiant attendu (lettres, chiffres, « - », « _ », « . »)');
/** Step ids become state keys: no dots (XState paths) and no `#` (state ids). */
const stepId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]*$/i,
    'identifiant d’étape attendu (lettres, chiffres, « - », « _ », sans point)',
  );
const textId = id.describe('identifiant d’un texte de « texts »');
const role = z.enum(ROLES);
const verdict = z.enum(VERDICTS);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A value written literally, read from a variable, or computed by a named rule of the vocabulary. */
export const valueSourceSchema = z.union([
  scalar,
  z.strictObject({ var: id }),
  z.strictObject({ rule: id, args: z.record(z.string(), z.union([scalar, z.strictObject({ var: id })])) }),
]);

const effectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setVar'), var: id, value: scalar }),
  z.strictObject({
    type: z.literal('adjustMeter'),
    meter: id,
    delta: z.number().int().min(-10).max(10),
    reason: textId,
  }),
  z.strictObject({
    type: z.literal('cue'),
    kind: z.enum(['sfx', 'ambience', 'narration']),
    sound: id.optional(),
    text: textId,
  }),
  z.strictObject({ type: z.literal('advanceDate'), days: z.number().int().min(0).max(366) }),
]);

/** A guard named from the vocabulary; its parameters are checked against that guard's own schema. */
const guardSchema = z.strictObject({
  type: id,
  params: z.record(z.string(), z.unknown()).optional(),
});

const timerSchema = z.strictObject({
  seconds: z.number().int().min(5).max(600),
  label: textId,
  next: stepId,
});

const optionSchema = z.strictObject({
  id,
  label: textId,
  next: stepId,
  effects: z.array(effectSchema).optional(),
});

const fieldSchema = z.strictObject({
  id,
  label: textId,
  type: z.enum(['text', 'number', 'amount', 'date', 'select', 'multi']),
  options: z.array(z.strictObject({ id, label: textId })).optional(),
  help: textId.optional(),
  unit: z.string().max(20).optional(),
});

const base = {
  role: role.optional(),
  scene: id.optional(),
  speaker: id.optional(),
  documents: z.array(id).optional(),
  effects: z.array(effectSchema).optional(),
  /** Why this step is played on a day the mairie is closed, when an advance of the date leads there. */
  closedDayReason: z.string().min(10).max(200).optional(),
};

const stepSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('dialogue'), ...base, lines: z.array(textId).min(1), next: stepId }),
  z.strictObject({
    type: z.literal('choice'),
    ...base,
    decision: id.optional(),
    exchange: z.boolean().optional(),
    prompt: textId,
    options: z.array(optionSchema).min(2),
    timer: timerSchema.optional(),
  }),
  z.strictObject({ type: z.literal('inspect'), ...base, decision: id, prompt: textId, next: stepId }),
  z.strictObject({
    type: z.literal('form'),
    ...base,
    decision: id,
    prompt: textId,
    fields: z.array(fieldSchema).min(1),
    next: stepId,
  }),
  z.strictObject({
    type: z.literal('classify'),
    ...base,
    decision: id,
    prompt: textId,
    bins: z.array(z.strictObject({ id, label: textId })).min(2),
    items: z.array(z.strictObject({ id, label: textId, detail: textId.optional() })).min(1),
    next: stepId,
  }),
  z.strictObject({
    type: z.literal('allocate'),
    ...base,
    decision: id,
    prompt: textId,
    unit: z.string().max(20),
    groups: z
      .array(
        z.strictObject({
          id,
          label: textId,
          lines: z
            .array(
              z.strictObject({ id, label: textId, hint: textId.optional(), initial: z.number().optional() }),
            )
            .min(1),
        }),
      )
      .min(1),
    balances: z
      .array(
        z.strictObject({
          label: textId,
          left: id.describe('le groupe des dépenses de la section'),
          right: id.describe('le groupe des recettes de la section'),
        }),
      )
      .optional(),
    next: stepId,
  }),
  z.strictObject({
    type: z.literal('rank'),
    ...base,
    decision: id,
    prompt: textId,
    offers: z
      .array(
        z.strictObject({
          id,
          label: textId,
          facts: z.array(z.strictObject({ id, label: textId, value: textId })),
        }),
      )
      .min(2),
    criteria: z.array(z.strictObject({ id, label: textId, weight: z.number().int().min(1).max(100) })).min(1),
    scale: z.strictObject({ min: z.number().int(), max: z.number().int() }),
    next: stepId,
  }),
  z.strictObject({
    type: z.literal('branch'),
    branches: z.array(z.strictObject({ when: guardSchema, next: stepId })).min(1),
    otherwise: stepId,
  }),
  z.strictObject({
    type: z.literal('queue'),
    from: z.array(stepId).min(1),
    pick: z.number().int().min(1),
    next: stepId,
  }),
  z.strictObject({ type: z.literal('sub'), scenario: id, next: stepId }),
  z.strictObject({ type: z.literal('end'), ...base, title: textId, lines: z.array(textId) }),
]);

const outcomeSchema = z.strictObject({
  verdict,
  explanation: textId,
  reference: z.string().min(3).optional(),
  competences: z.array(id).min(1).optional(),
});

const fieldScoringSchema = z.strictObject({
  expected: valueSourceSchema.optional(),
  tolerance: z.number().min(0).optional(),
  answers: z.record(z.string(), outcomeSchema).optional(),
  verdictIfWrong: verdict.optional(),
  explanation: textId,
  reference: z.string().min(3).optional(),
  competences: z.array(id).min(1).optional(),
  weight: z.number().int().min(1).max(3).optional(),
});

const decisionSchema = z.strictObject({
  competences: z.array(id).min(1),
  weight: z.number().int().min(1).max(3),
  reference: z.string().min(3),
  /** choice: one outcome per option id, plus `timeout` for a timed choice left to expire. */
  options: z.record(z.string(), outcomeSchema).optional(),
  /** form: one scored field at a time. */
  fields: z.record(z.string(), fieldScoringSchema).optional(),
  /** inspect: the fields (`documentId.fieldId`) that hold a discrepancy. */
  discrepancies: z.array(z.string()).optional(),
  /** classify: the right bin of every item, with the explanation of each item when misplaced. */
  answers: z.record(z.string(), z.strictObject({ bin: id, explanation: textId.optional() })).optional(),
  /** rank: the offer that must come first, and allocate/rank/form: an assessor of the vocabulary. */
  winner: id.optional(),
  assessor: z
    .strictObject({
      name: id,
      args: z.record(z.string(), z.union([scalar, z.strictObject({ var: id }), z.array(scalar)])),
    })
    .optional(),
  verdictIfWrong: verdict.optional(),
  explanation: textId.optional(),
  /** allocate/rank: a model answer, checked at load to be judged conforme in every variant. */
  solution: z
    .record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]))
    .optional(),
});

const documentSchema = z.strictObject({
  title: textId,
  kind: z.enum(['identite', 'acte', 'courrier', 'formulaire', 'tableau', 'pv', 'note']),
  fields: z.array(z.strictObject({ id, label: textId, value: textId })),
  body: z.array(textId).optional(),
});

/** A scenario file as written by an author. */
export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  version: z.number().int().min(1),
  title: z.string().min(3).max(120),
  summary: z.string().min(3).max(600),
  blocs: z.array(z.enum(['BC01', 'BC02', 'BC03'])).min(1),
  competences: z.array(id).min(1),
  dates: z.array(z.string()).min(1),
  /** Why the scenario's days fall on days the mairie is closed, when the law makes it so. */
  closedDayReason: z.string().min(10).max(200).optional(),
  durationMinutes: z.number().int().min(1).max(120),
  roles: z.array(role).min(1),
  /**
   * The place of the mairie hub that opens this scenario when a year schedules it; without one, the desk's
   * rendez-vous do. A property of the situation (the guichet, the salle du conseil), the same in every year.
   */
  place: z
    .enum(HUB_HOTSPOT_IDS, { error: 'Lieu de la mairie inconnu' })
    .describe('le lieu de la mairie qui ouvre le scénario dans une année')
    .optional(),
  cast: z.record(z.string(), z.strictObject({ name: textId, portrait: id, role })),
  vars: z.record(z.string(), scalar).optional(),
  /** Variables computed at the start by the vocabulary's rules, from the variant's values (a deadline…). */
  computed: z.record(z.string(), valueSourceSchema).optional(),
  variants: z
    .array(
      z.strictObject({
        id,
        label: z.string().min(1),
        vars: z.record(z.string(), scalar),
        /** Why this variant's day falls on a day the mairie is closed (a Sunday election: code électoral L55). */
        closedDayReason: z.string().min(10).max(200).optional(),
      }),
    )
    .min(1)
    .optional(),
  texts: z.record(z.string(), z.string().min(1)),
  documents: z.record(z.string(), documentSchema).optional(),
  start: stepId,
  steps: z.record(stepId, stepSchema),
  scoring: z.record(z.string(), decisionSchema),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type StepDef = z.infer<typeof stepSchema>;
export type DecisionDef = z.infer<typeof decisionSchema>;
export type FieldScoringDef = z.infer<typeof fieldScoringSchema>;
export type OutcomeDef = z.infer<typeof outcomeSchema>;
export type EffectDef = z.infer<typeof effectSchema>;
export type GuardDef = z.infer<typeof guardSchema>;
export type ValueSource = z.infer<typeof valueSourceSchema>;
export type DocumentDef = z.infer<typeof documentSchema>;
export type Scalar = z.infer<typeof scalar>;
