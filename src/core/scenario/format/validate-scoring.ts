import type { ScenarioContext } from '../runtime/context';
import { initialContext } from '../runtime/initial-context';
import { assessSubmission } from '../runtime/assess';
import { checkSubmission } from '../runtime/submission';
import { resolveArgs, resolveValue } from '../runtime/values';
import { assessors, branchGuards, calculators, isBranchGuardName } from '../vocabulary';
import type { GuardDefinition } from '../vocabulary/guards';
import type { ErrorSink } from './errors';
import type { ScenarioKnowledge } from './knowledge';
import type { DecisionDef, Scalar, ScenarioFile, StepDef } from './schema';
import { describeIssues } from '../../validation/schema';

/** The starting context of each variant, as a run in the default world would see it. */
function variantContexts(scenario: ScenarioFile, knowledge: ScenarioKnowledge): VariantContext[] {
  const variants = scenario.variants ?? [{ id: 'unique', label: '', vars: {} }];
  return variants.map((variant) => {
    const context = initialContext(
      { ...scenario, variants: [variant] },
      { seed: 0, worldVars: knowledge.worldVars },
    );
    return { id: variant.id, vars: context.vars, context };
  });
}

interface VariantContext {
  readonly id: string;
  readonly vars: Readonly<Record<string, Scalar>>;
  readonly context: ScenarioContext;
}

function checkCompetences(
  ids: readonly string[] | undefined,
  path: string,
  scenario: ScenarioFile,
  knowledge: ScenarioKnowledge,
  sink: ErrorSink,
): void {
  (ids ?? []).forEach((id, i) => {
    if (!knowledge.isKnownCompetence(id)) {
      sink.add(
        `${path}[${i}]`,
        'Compétence inconnue du référentiel RNCP41781.',
        'un identifiant comme RNCP41781-BC02-03',
        id,
      );
    } else if (!scenario.competences.includes(id)) {
      sink.add(
        `${path}[${i}]`,
        'Compétence notée mais absente des « competences » du scénario.',
        scenario.competences.join(', '),
        id,
      );
    }
  });
}

/**
 * A `ruleEquals` guard names a rule of the vocabulary and, in every variant whose starting variables hold its
 * arguments, the rule must compute: a misspelt argument would otherwise silently take the `otherwise` path.
 */
function checkRuleGuard(
  params: Readonly<Record<string, unknown>> | undefined,
  at: string,
  variants: readonly VariantContext[],
  sink: ErrorSink,
): void {
  const rule = typeof params?.rule === 'string' ? params.rule : '';
  const args = (params?.args ?? {}) as Record<string, Scalar | { var: string }>;
  if (!calculators[rule]) {
    sink.add(
      `${at}.params.rule`,
      'Règle inconnue du vocabulaire.',
      Object.keys(calculators).join(', '),
      rule,
    );
    return;
  }
  for (const variant of variants) {
    const known = Object.values(args).every(
      (value) => typeof value !== 'object' || value.var in variant.vars,
    );
    if (known && resolveValue({ rule, args }, variant.vars) === undefined) {
      sink.add(
        `${at}.params`,
        `Règle incalculable pour la variante « ${variant.id} ».`,
        'des arguments valides pour la règle',
        args,
      );
    }
  }
}

/** A model answer (`solution`) is well-formed and judged conforme in every variant. */
function checkSolution(
  scenario: ScenarioFile,
  step: StepDef,
  decision: DecisionDef,
  at: string,
  variants: readonly VariantContext[],
  sink: ErrorSink,
): void {
  if (!decision.solution) return;
  const checked = checkSubmission(scenario, step, decision.solution);
  if (!checked.ok) {
    sink.add(
      `${at}.solution`,
      `Solution mal formée : ${checked.error.problems.map((p) => `${p.key ?? ''} ${p.message}`).join(' ; ')}`,
      'une réponse complète',
      decision.solution,
    );
    return;
  }
  for (const variant of variants) {
    const wrong = assessSubmission(scenario, step, decision.solution, variant.context).filter(
      (evidence) => evidence.verdict !== 'conforme',
    );
    if (wrong.length > 0) {
      sink.add(
        `${at}.solution`,
        `La solution n’est pas jugée conforme dans la variante « ${variant.id} » : ${wrong.map((e) => e.explanation).join(' ')}`,
        'une solution conforme',
        wrong.map((e) => e.verdict),
      );
    }
  }
}

/** Checks one step's scoring; returns the competence lists of its fields, to be checked with the others. */
function checkStepScoring(
  step: StepDef,
  decision: DecisionDef,
  dat: string,
  scenario: ScenarioFile,
  variants: readonly VariantContext[],
  sink: ErrorSink,
): [readonly string[] | undefined, string][] {
  const fieldCompetences: [readonly string[] | undefined, string][] = [];
  if (step.type === 'choice') {
    const expected = [...step.options.map((option) => option.id), ...(step.timer ? ['timeout'] : [])];
    for (const key of expected) {
      if (!decision.options?.[key])
        sink.add(
          `${dat}.options.${key}`,
          key === 'timeout'
            ? 'Aucun verdict pour l’expiration du minuteur (la réponse « timeout »).'
            : `Aucun verdict pour la réponse « ${key} ».`,
          'un « verdict » et son « explanation »',
          undefined,
        );
    }
    for (const key of Object.keys(decision.options ?? {})) {
      if (!expected.includes(key))
        sink.add(
          `${dat}.options.${key}`,
          'Verdict pour une réponse qui n’existe pas.',
          expected.join(', '),
          key,
        );
    }
  }
  if (step.type === 'form') {
    const fieldIds = step.fields.map((field) => field.id);
    if (!decision.fields && !decision.assessor)
      sink.add(dat, 'Formulaire noté sans « fields » ni « assessor ».', 'fields ou assessor', decision);
    for (const [key, field] of Object.entries(decision.fields ?? {})) {
      const fat = `${dat}.fields.${key}`;
      const def = step.fields.find((candidate) => candidate.id === key);
      if (!def) sink.add(fat, 'Champ noté absent du formulaire.', fieldIds.join(', '), key);
      if (field.expected === undefined && !field.answers)
        sink.add(fat, 'Champ noté sans « expected » ni « answers ».', 'expected ou answers', field);
      const optionIds = (def?.options ?? []).map((option) => option.id);
      for (const answer of Object.keys(field.answers ?? {})) {
        if (!optionIds.includes(answer))
          sink.add(
            `${fat}.answers.${answer}`,
            'Réponse absente des options du champ.',
            optionIds.join(', '),
            answer,
          );
      }
      if (
        field.expected !== undefined &&
        typeof field.expected === 'object' &&
        'rule' in field.expected &&
        !calculators[field.expected.rule]
      ) {
        sink.add(
          `${fat}.expected.rule`,
          'Règle inconnue du vocabulaire.',
          Object.keys(calculators).join(', '),
          field.expected.rule,
        );
      } else if (field.expected !== undefined) {
        for (const variant of variants) {
          if (resolveValue(field.expected, variant.vars) === undefined) {
            sink.add(
              `${fat}.expected`,
              `Valeur attendue incalculable pour la variante « ${variant.id} ».`,
              'une valeur, une variable définie ou une règle aux arguments valides',
              field.expected,
            );
          }
        }
      }
      fieldCompetences.push([field.competences, `${fat}.competences`]);
    }
  }
  if (step.type === 'inspect') {
    const known = (step.documents ?? []).flatMap((documentId) =>
      (scenario.documents?.[documentId]?.fields ?? []).map((field) => `${documentId}.${field.id}`),
    );
    (decision.discrepancies ?? []).forEach((key, i) => {
      if (!known.includes(key))
        sink.add(
          `${dat}.discrepancies[${i}]`,
          'Anomalie sur un champ absent des documents inspectés.',
          'documentId.fieldId',
          key,
        );
    });
    if (!decision.discrepancies)
      sink.add(
        dat,
        'Inspection notée sans « discrepancies » (liste vide si tout est en règle).',
        'discrepancies',
        decision,
      );
  }
  if (step.type === 'classify') {
    const bins = step.bins.map((bin) => bin.id);
    for (const item of step.items) {
      const answer = decision.answers?.[item.id];
      if (!answer)
        sink.add(
          `${dat}.answers.${item.id}`,
          `Aucune bonne catégorie pour l’élément « ${item.id} ».`,
          `sa case (« bin ») parmi : ${bins.join(', ')}`,
          undefined,
        );
      else if (!bins.includes(answer.bin))
        sink.add(`${dat}.answers.${item.id}.bin`, 'Catégorie inexistante.', bins.join(', '), answer.bin);
    }
  }
  if (step.type === 'allocate' && !decision.assessor) {
    sink.add(dat, 'Un tableau de répartition est noté par une règle (« assessor »).', 'assessor', decision);
  }
  if (step.type === 'rank') {
    if (!decision.winner && !decision.assessor)
      sink.add(dat, 'Classement noté sans « winner » ni « assessor ».', 'winner ou assessor', decision);
    if (decision.winner && !step.offers.some((offer) => offer.id === decision.winner)) {
      sink.add(
        `${dat}.winner`,
        'Offre gagnante inconnue.',
        step.offers.map((offer) => offer.id).join(', '),
        decision.winner,
      );
    }
  }
  if (decision.assessor) {
    const assessor = assessors[decision.assessor.name];
    if (!assessor) {
      sink.add(
        `${dat}.assessor.name`,
        'Règle d’évaluation inconnue du vocabulaire.',
        Object.keys(assessors).join(', '),
        decision.assessor.name,
      );
    } else {
      for (const variant of variants) {
        const parsed = assessor.args.safeParse(resolveArgs(decision.assessor.args, variant.vars));
        if (!parsed.success)
          sink.add(
            `${dat}.assessor.args`,
            `Arguments invalides (variante « ${variant.id} ») : ${describeIssues(parsed.error).join(' ; ')}.`,
            assessor.summary,
            decision.assessor.args,
          );
      }
    }
  }
  checkSolution(scenario, step, decision, dat, variants, sink);
  return fieldCompetences;
}

/** Decisions and steps match; verdicts exist for every answer; rules, guards and competences are known. */
export function checkScoring(scenario: ScenarioFile, knowledge: ScenarioKnowledge, sink: ErrorSink): void {
  const variants = variantContexts(scenario, knowledge);
  for (const [name, source] of Object.entries(scenario.computed ?? {})) {
    if (typeof source === 'object' && 'rule' in source && !calculators[source.rule]) {
      sink.add(
        `computed.${name}.rule`,
        'Règle inconnue du vocabulaire.',
        Object.keys(calculators).join(', '),
        source.rule,
      );
      continue;
    }
    for (const variant of variants.filter((candidate) => candidate.vars[name] === undefined)) {
      sink.add(
        `computed.${name}`,
        `Valeur incalculable pour la variante « ${variant.id} ».`,
        'une règle aux arguments valides',
        source,
      );
    }
  }
  const asked = new Map<string, string>();
  const fieldCompetences: [readonly string[] | undefined, string][] = [];
  for (const [id, step] of Object.entries(scenario.steps)) {
    const at = `steps.${id}`;
    if (step.type === 'branch') {
      step.branches.forEach((branch, i) => {
        const gat = `${at}.branches[${i}].when`;
        if (!isBranchGuardName(branch.when.type)) {
          sink.add(
            `${gat}.type`,
            'Garde inconnue du vocabulaire.',
            Object.keys(branchGuards).join(', '),
            branch.when.type,
          );
          return;
        }
        const guard = branchGuards[branch.when.type] as GuardDefinition<unknown>;
        const parsed = guard.params.safeParse(branch.when.params ?? {});
        if (parsed.success && branch.when.type === 'ruleEquals')
          checkRuleGuard(branch.when.params, gat, variants, sink);
        if (!parsed.success)
          sink.add(
            `${gat}.params`,
            `Paramètres invalides : ${describeIssues(parsed.error).join(' ; ')}.`,
            guard.summary,
            branch.when.params,
          );
      });
    }
    if (!('decision' in step) || !step.decision) continue;
    if (asked.has(step.decision)) {
      sink.add(
        `${at}.decision`,
        `Décision déjà posée à l’étape « ${asked.get(step.decision) ?? ''} ».`,
        'une décision par étape',
        step.decision,
      );
    }
    asked.set(step.decision, id);
    const decision = scenario.scoring[step.decision];
    if (!decision) {
      sink.add(
        `${at}.decision`,
        'Décision absente de « scoring ».',
        Object.keys(scenario.scoring).join(', '),
        step.decision,
      );
      continue;
    }
    fieldCompetences.push(
      ...checkStepScoring(step, decision, `scoring.${step.decision}`, scenario, variants, sink),
    );
  }
  for (const [id, decision] of Object.entries(scenario.scoring)) {
    if (!asked.has(id))
      sink.add(
        `scoring.${id}`,
        'Décision notée mais jamais posée par une étape.',
        'une étape avec « decision »',
        id,
      );
    checkCompetences(decision.competences, `scoring.${id}.competences`, scenario, knowledge, sink);
    for (const [key, outcome] of Object.entries(decision.options ?? {})) {
      checkCompetences(
        outcome.competences,
        `scoring.${id}.options.${key}.competences`,
        scenario,
        knowledge,
        sink,
      );
    }
  }
  for (const [ids, path] of fieldCompetences) checkCompetences(ids, path, scenario, knowledge, sink);
}
