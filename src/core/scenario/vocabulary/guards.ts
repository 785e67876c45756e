import { z } from '../../validation/schema';
import { VERDICTS } from '../../scoring/evidence';
import type { ScenarioContext } from '../runtime/context';
import { resolveValue } from '../runtime/values';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A guard of the closed vocabulary: its parameters' schema and its predicate over the context. */
export interface GuardDefinition<P> {
  readonly summary: string;
  readonly params: z.ZodType<P>;
  readonly test: (context: ScenarioContext, params: P) => boolean;
}

function define<P>(definition: GuardDefinition<P>): GuardDefinition<P> {
  return definition;
}

/**
 * Guards a scenario's `branch` steps may name. Closed: a name not listed here is refused at load.
 */
export const branchGuards = {
  varEquals: define({
    summary: 'la variable vaut la valeur donnée',
    params: z.strictObject({ var: z.string(), value: scalar }),
    test: (context, { var: name, value }) => context.vars[name] === value,
  }),
  choiceWas: define({
    summary: 'la décision a reçu l’une des réponses données',
    params: z.strictObject({ decision: z.string(), options: z.array(z.string()).min(1) }),
    test: (context, { decision, options }) => options.includes(context.choices[decision] ?? ''),
  }),
  verdictWas: define({
    summary: 'la décision (ou l’un de ses champs) a reçu l’un des verdicts donnés',
    params: z.strictObject({ decision: z.string(), verdicts: z.array(z.enum(VERDICTS)).min(1) }),
    test: (context, { decision, verdicts }) =>
      context.evidence.some(
        (item) =>
          (item.step === decision || item.step.startsWith(`${decision}.`)) && verdicts.includes(item.verdict),
      ),
  }),
  ruleEquals: define({
    summary: 'une règle du vocabulaire, appliquée aux arguments donnés, rend la valeur donnée',
    params: z.strictObject({
      rule: z.string(),
      args: z.record(z.string(), z.union([scalar, z.strictObject({ var: z.string() })])),
      value: scalar,
    }),
    test: (context, { rule, args, value }) => resolveValue({ rule, args }, context.vars) === value,
  }),
  mistakesAtLeast: define({
    summary: 'au moins N décisions non conformes jusqu’ici',
    params: z.strictObject({ count: z.number().int().min(1) }),
    test: (context, { count }) =>
      context.evidence.filter((item) => item.verdict !== 'conforme').length >= count,
  }),
} as const;

export type BranchGuardName = keyof typeof branchGuards;

/** True when `name` is a guard of the vocabulary. */
export function isBranchGuardName(name: string): name is BranchGuardName {
  return Object.hasOwn(branchGuards, name);
}

/** Evaluates a named guard; unknown names and invalid params are false (validation refuses them earlier). */
export function testBranchGuard(context: ScenarioContext, name: string, params: unknown): boolean {
  if (!isBranchGuardName(name)) return false;
  const guard: GuardDefinition<unknown> = branchGuards[name] as GuardDefinition<unknown>;
  const parsed = guard.params.safeParse(params ?? {});
  return parsed.success && guard.test(context, parsed.data);
}
