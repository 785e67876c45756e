import { z } from '../../validation/schema';
import { HUB_HOTSPOT_IDS } from '../../assets/hub-places';
import { ROLES, VERDICTS } from '../../scoring/evidence';

/**
 * The pieces both scenario forms share: the source form an author writes (texts inline, see
 * `source-schema.ts`) and the compiled form the runtime reads (texts by id, see `schema.ts`). The pieces that
 * hold a text are built from the text schema of their form, so a shape is written once.
 */
export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]*$/i, 'identifiant attendu (lettres, chiffres, « - », « _ », « . »)');
/** Step ids become state keys: no dots (XState paths) and no `#` (state ids). */
export const stepId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]*$/i,
    'identifiant d’étape attendu (lettres, chiffres, « - », « _ », sans point)',
  );
export const role = z.enum(ROLES);
export const verdict = z.enum(VERDICTS);
export const scalar = z.union([z.string(), z.number(), z.boolean()]);
const varRef = z.strictObject({ var: id });
const closedDayReason = z.string().min(10).max(200);

/** A value written literally, read from a variable, or computed by a named rule of the vocabulary. */
export const valueSourceSchema = z.union([
  scalar,
  varRef,
  z.strictObject({ rule: id, args: z.record(z.string(), z.union([scalar, varRef])) }),
]);

/** A guard named from the vocabulary; its parameters are checked against that guard's own schema. */
export const guardSchema = z.strictObject({
  type: id,
  params: z.record(z.string(), z.unknown()).optional(),
});

/** The header of a scenario: what the catalogue, the year and the debrief read before any step. */
export const headerShape = {
  $schema: z.string().optional(),
  id,
  version: z.number().int().min(1),
  title: z.string().min(3).max(120),
  summary: z.string().min(3).max(600),
  blocs: z.array(z.enum(['BC01', 'BC02', 'BC03'])).min(1),
  competences: z.array(id).min(1),
  dates: z.array(z.string()).min(1),
  /** Why the scenario's days fall on days the mairie is closed, when the law makes it so. */
  closedDayReason: closedDayReason.optional(),
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
  vars: z.record(z.string(), scalar).optional(),
  /** Variables computed at the start by the vocabulary's rules, from the variant's values (a deadline…). */
  computed: z.record(z.string(), valueSourceSchema).optional(),
  start: stepId,
};

/** One variant as the runtime draws it: its id, its label for the trainer, its variables. */
export const variantSchema = z.strictObject({
  id,
  label: z.string().min(1),
  vars: z.record(z.string(), scalar),
  /** Why this variant's day falls on a day the mairie is closed (a Sunday election: code électoral L55). */
  closedDayReason: closedDayReason.optional(),
});

/** The steps without text: they read the same in both forms. */
export const textlessSteps = [
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
] as const;

/** The pieces that hold a text, built from the text schema of a form. */
export function textParts<T extends z.ZodType<string>>(text: T) {
  const effect = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('setVar'), var: id, value: scalar }),
    z.strictObject({
      type: z.literal('adjustMeter'),
      meter: id,
      delta: z.number().int().min(-10).max(10),
      reason: text,
    }),
    z.strictObject({
      type: z.literal('cue'),
      kind: z.enum(['sfx', 'ambience', 'narration']),
      sound: id.optional(),
      text,
    }),
    z.strictObject({ type: z.literal('advanceDate'), days: z.number().int().min(0).max(366) }),
  ]);
  const base = {
    role: role.optional(),
    scene: id.optional(),
    speaker: id.optional(),
    documents: z.array(id).optional(),
    effects: z.array(effect).optional(),
    /** Why this step is played on a day the mairie is closed, when an advance of the date leads there. */
    closedDayReason: closedDayReason.optional(),
  };
  const outcome = {
    verdict,
    explanation: text,
    reference: z.string().min(3).optional(),
    competences: z.array(id).min(1).optional(),
  };
  const fieldScoring = z.strictObject({
    expected: valueSourceSchema.optional(),
    tolerance: z.number().min(0).optional(),
    answers: z.record(z.string(), z.strictObject(outcome)).optional(),
    verdictIfWrong: verdict.optional(),
    explanation: text,
    reference: z.string().min(3).optional(),
    competences: z.array(id).min(1).optional(),
    weight: z.number().int().min(1).max(3).optional(),
  });
  /** What every scored decision says, whatever its step: where it is measured and how much it weighs. */
  const decisionShape = {
    competences: z.array(id).min(1),
    weight: z.number().int().min(1).max(3),
    reference: z.string().min(3),
    /** inspect: the fields (`documentId.fieldId`) that hold a discrepancy. */
    discrepancies: z.array(z.string()).optional(),
    /** rank: the offer that must come first. */
    winner: id.optional(),
    /** allocate/rank/form: an assessor of the vocabulary. */
    assessor: z
      .strictObject({
        name: id,
        args: z.record(z.string(), z.union([scalar, varRef, z.array(scalar)])),
      })
      .optional(),
    verdictIfWrong: verdict.optional(),
    explanation: text.optional(),
    /** allocate/rank: a model answer, checked at load to be judged conforme in every variant. */
    solution: z
      .record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]))
      .optional(),
  };
  const allocate = {
    prompt: text,
    unit: z.string().max(20),
    groups: z
      .array(
        z.strictObject({
          id,
          label: text,
          lines: z
            .array(z.strictObject({ id, label: text, hint: text.optional(), initial: z.number().optional() }))
            .min(1),
        }),
      )
      .min(1),
    balances: z
      .array(
        z.strictObject({
          label: text,
          left: id.describe('le groupe des dépenses de la section'),
          right: id.describe('le groupe des recettes de la section'),
        }),
      )
      .optional(),
    next: stepId,
  };
  const rank = {
    prompt: text,
    offers: z
      .array(
        z.strictObject({ id, label: text, facts: z.array(z.strictObject({ id, label: text, value: text })) }),
      )
      .min(2),
    criteria: z.array(z.strictObject({ id, label: text, weight: z.number().int().min(1).max(100) })).min(1),
    scale: z.strictObject({ min: z.number().int(), max: z.number().int() }),
    next: stepId,
  };
  return {
    effect,
    base,
    outcome,
    fieldScoring,
    decisionShape,
    allocate,
    rank,
    dialogue: z.strictObject({
      type: z.literal('dialogue'),
      ...base,
      /**
       * A private card of the binôme mode: shown only to the step's `role` (`maire` for the élu, or `sgm`),
       * behind a hand-over screen. Played alone, it reads as an ordinary dialogue.
       */
      private: z.boolean().optional(),
      lines: z.array(text).min(1),
      next: stepId,
    }),
    end: z.strictObject({ type: z.literal('end'), ...base, title: text, lines: z.array(text) }),
    castMember: z.strictObject({ name: text, portrait: id, role }),
    /**
     * Advise-then-decide (binôme mode): before the élu chooses, the SGM advises one of the options, with or
     * without an explanation. `pressure` names the option the élu's private card pushes towards, so that the
     * debrief can tell who gave way; `topic` names the situation in the pair's debrief and the room's.
     */
    advice: z.strictObject({ prompt: text, topic: text, pressure: id.optional() }),
    timer: { seconds: z.number().int().min(5).max(600), label: text, next: stepId },
    selectOption: z.strictObject({ id, label: text }),
    field: {
      id,
      label: text,
      type: z.enum(['text', 'number', 'amount', 'date', 'select', 'multi']),
      options: z.array(z.strictObject({ id, label: text })).optional(),
      help: text.optional(),
      unit: z.string().max(20).optional(),
    },
    documentKind: z.enum(['identite', 'acte', 'courrier', 'formulaire', 'tableau', 'pv', 'note']),
  };
}
