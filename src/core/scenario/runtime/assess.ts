import type { Evidence, Role, Verdict } from '../../scoring/evidence';
import { VERDICTS } from '../../scoring/evidence';
import type { DecisionDef, FieldScoringDef, OutcomeDef, ScenarioFile, StepDef } from '../format/schema';
import { isIsoDate } from '../../dates/iso-date';
import { formatFrenchDate } from '../../french-format';
import { formatTextEuros, formatTextNumber, interpolate } from '../format/text';
import type { SubmittedValue } from '../step-view';
import { assessors, type Assessment } from '../vocabulary';
import type { ScenarioContext } from './context';
import { resolveArgs, resolveValue, textOf } from './values';

type Values = Readonly<Record<string, SubmittedValue>>;

/** The worse of two verdicts. */
export function worstVerdict(a: Verdict, b: Verdict): Verdict {
  return VERDICTS.indexOf(a) >= VERDICTS.indexOf(b) ? a : b;
}

interface EvidenceParts {
  readonly step: string;
  readonly verdict: Verdict;
  readonly choice: string;
  readonly explanation: string;
  readonly reference?: string;
  readonly competences?: readonly string[];
  readonly weight?: number;
}

function evidenceOf(
  scenario: ScenarioFile,
  decision: DecisionDef,
  role: Role,
  context: ScenarioContext,
  parts: EvidenceParts,
): Evidence {
  return {
    scenarioId: scenario.id,
    step: parts.step,
    date: context.date,
    role,
    competences: parts.competences ?? decision.competences,
    verdict: parts.verdict,
    weight: parts.weight ?? decision.weight,
    choice: parts.choice,
    explanation: parts.explanation,
    // A reference may name a computed citation ({refListe}: the text that applies to the commune's size).
    reference: interpolate(parts.reference ?? decision.reference, context.vars),
  };
}

function fromOutcome(
  scenario: ScenarioFile,
  decisionId: string,
  decision: DecisionDef,
  role: Role,
  context: ScenarioContext,
  outcome: OutcomeDef,
  choice: string,
): Evidence {
  return evidenceOf(scenario, decision, role, context, {
    step: decisionId,
    verdict: outcome.verdict,
    choice,
    explanation: textOf(scenario, outcome.explanation, context.vars),
    ...(outcome.reference ? { reference: outcome.reference } : {}),
    ...(outcome.competences ? { competences: outcome.competences } : {}),
  });
}

/** Evidence of a choice (or of a timer left to expire, as option `timeout`). */
export function assessChoice(
  scenario: ScenarioFile,
  step: Extract<StepDef, { type: 'choice' }>,
  optionId: string,
  context: ScenarioContext,
): Evidence[] {
  const decision = step.decision ? scenario.scoring[step.decision] : undefined;
  const outcome = decision?.options?.[optionId];
  if (!step.decision || !decision || !outcome) return [];
  const option = step.options.find((candidate) => candidate.id === optionId);
  const choice = option ? textOf(scenario, option.label, context.vars) : 'Temps écoulé sans décision.';
  return [fromOutcome(scenario, step.decision, decision, step.role ?? 'sgm', context, outcome, choice)];
}

function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

type FieldDef = Extract<StepDef, { type: 'form' }>['fields'][number];

/** The player's answer as the debrief recalls it: dates in French, options by their label, euros. */
function display(
  scenario: ScenarioFile,
  field: FieldDef | undefined,
  value: SubmittedValue | undefined,
  context: ScenarioContext,
): string {
  const label = (id: string) => {
    const option = field?.options?.find((candidate) => candidate.id === id);
    return option ? `« ${textOf(scenario, option.label, context.vars)} »` : id;
  };
  if (value === undefined) return '(rien)';
  if (Array.isArray(value)) return value.length === 0 ? '(aucune case cochée)' : value.map(label).join(', ');
  if (typeof value === 'number')
    return field?.type === 'amount' ? formatTextEuros(value) : formatTextNumber(value);
  if (typeof value === 'string' && field?.type === 'date' && isIsoDate(value)) return formatFrenchDate(value);
  if (typeof value === 'string' && field?.type === 'select') return label(value);
  return String(value);
}

function fieldIsRight(
  field: FieldScoringDef,
  value: SubmittedValue | undefined,
  context: ScenarioContext,
): boolean {
  if (field.expected === undefined) return false;
  const expected = resolveValue(field.expected, context.vars);
  if (expected === undefined) return false;
  if (typeof expected === 'number') {
    return typeof value === 'number' && Math.abs(value - expected) <= (field.tolerance ?? 0);
  }
  if (Array.isArray(value)) {
    const wanted = String(expected).split(',').filter(Boolean).sort();
    return JSON.stringify([...value].sort()) === JSON.stringify(wanted);
  }
  return value !== undefined && normalise(String(value)) === normalise(String(expected));
}

/** The decision a piece of evidence belongs to, and the run it is taken in. */
interface DecisionScope {
  readonly scenario: ScenarioFile;
  readonly decisionId: string;
  readonly decision: DecisionDef;
  readonly role: Role;
  readonly context: ScenarioContext;
}

function assessField(
  { scenario, decisionId, decision, role, context }: DecisionScope,
  {
    fieldId,
    field,
    definition,
  }: { fieldId: string; field: FieldScoringDef; definition: FieldDef | undefined },
  value: SubmittedValue | undefined,
): Evidence {
  const step = `${decisionId}.${fieldId}`;
  const answer = typeof value === 'string' ? field.answers?.[value] : undefined;
  const shared = {
    step,
    choice: `${definition ? textOf(scenario, definition.label, context.vars) : fieldId} : ${display(scenario, definition, value, context)}.`,
    ...(field.reference ? { reference: field.reference } : {}),
    ...(field.competences ? { competences: field.competences } : {}),
    ...(field.weight ? { weight: field.weight } : {}),
  };
  if (answer) {
    return evidenceOf(scenario, decision, role, context, {
      ...shared,
      verdict: answer.verdict,
      explanation: textOf(scenario, answer.explanation, context.vars),
      ...(answer.reference ? { reference: answer.reference } : {}),
    });
  }
  const right = fieldIsRight(field, value, context);
  return evidenceOf(scenario, decision, role, context, {
    ...shared,
    verdict: right ? 'conforme' : (field.verdictIfWrong ?? 'illegal'),
    explanation: textOf(scenario, field.explanation, context.vars),
  });
}

function inspectionVerdict(
  scenario: ScenarioFile,
  decision: DecisionDef,
  values: Values,
  vars: ScenarioContext['vars'],
): [Verdict, string] {
  const expected = decision.discrepancies ?? [];
  const marked = Object.entries(values)
    .filter(([, value]) => value === true)
    .map(([key]) => key);
  const missed = expected.filter((key) => !marked.includes(key));
  const wrong = marked.filter((key) => !expected.includes(key));
  const label = (key: string) => {
    const [documentId = '', fieldId = ''] = key.split('.');
    const field = scenario.documents?.[documentId]?.fields.find((candidate) => candidate.id === fieldId);
    return field ? textOf(scenario, field.label, vars) : key;
  };
  const choice =
    marked.length === 0
      ? 'Aucune anomalie relevée.'
      : `Anomalies relevées : ${marked.map(label).join(', ')}.`;
  if (missed.length > 0) return [decision.verdictIfWrong ?? 'illegal', choice];
  return [wrong.length > 0 ? 'acceptable' : 'conforme', choice];
}

function classificationVerdict(
  scenario: ScenarioFile,
  step: Extract<StepDef, { type: 'classify' }>,
  decision: DecisionDef,
  values: Values,
  context: ScenarioContext,
): [Verdict, string, string[]] {
  const answers = decision.answers ?? {};
  const wrong = step.items.filter((item) => answers[item.id] && values[item.id] !== answers[item.id]?.bin);
  const binLabel = (binId: string) => {
    const bin = step.bins.find((candidate) => candidate.id === binId);
    return bin ? textOf(scenario, bin.label, context.vars) : binId;
  };
  const notes = wrong.map((item) => {
    const answer = answers[item.id];
    const why = answer?.explanation ? ` ${textOf(scenario, answer.explanation, context.vars)}` : '';
    return `« ${textOf(scenario, item.label, context.vars)} » : « ${binLabel(answer?.bin ?? '')} » et non « ${binLabel(String(values[item.id]))} ».${why}`;
  });
  const accuracy = step.items.length === 0 ? 1 : 1 - wrong.length / step.items.length;
  const verdict: Verdict =
    wrong.length === 0 ? 'conforme' : accuracy >= 0.8 ? 'acceptable' : (decision.verdictIfWrong ?? 'risque');
  const choice = `${step.items.length - wrong.length} élément(s) bien rangé(s) sur ${step.items.length}.`;
  return [verdict, choice, notes];
}

function rankingVerdict(
  scenario: ScenarioFile,
  step: Extract<StepDef, { type: 'rank' }>,
  decision: DecisionDef,
  values: Values,
  context: ScenarioContext,
): [Verdict | null, string] {
  const totals = step.offers.map((offer) => ({
    offer: offer.id,
    total: step.criteria.reduce((sum, criterion) => {
      const score = values[`${offer.id}.${criterion.id}`];
      return sum + (typeof score === 'number' ? score * criterion.weight : 0);
    }, 0),
  }));
  const best = Math.max(...totals.map((entry) => entry.total));
  const first = totals.filter((entry) => entry.total === best).map((entry) => entry.offer);
  const label = (offerId: string) => {
    const offer = step.offers.find((candidate) => candidate.id === offerId);
    return offer ? `« ${textOf(scenario, offer.label, context.vars)} »` : offerId;
  };
  const choice =
    first.length > 1
      ? `Offres classées premières à égalité : ${first.map(label).join(' et ')}.`
      : `Offre classée première : ${first.map(label).join('')}.`;
  if (!decision.winner) return [null, choice];
  const right = first.length === 1 && first[0] === decision.winner;
  return [right ? 'conforme' : (decision.verdictIfWrong ?? 'illegal'), choice];
}

function runAssessor(decision: DecisionDef, values: Values, context: ScenarioContext): Assessment | null {
  if (!decision.assessor) return null;
  const assessor = assessors[decision.assessor.name];
  if (!assessor) return null;
  const parsed = assessor.args.safeParse(resolveArgs(decision.assessor.args, context.vars));
  return parsed.success ? assessor.assess(values, parsed.data) : null;
}

/** Evidence of a submitted step (form, inspection, classification, allocation, ranking). */
export function assessSubmission(
  scenario: ScenarioFile,
  step: StepDef,
  values: Values,
  context: ScenarioContext,
): Evidence[] {
  if (!('decision' in step) || !step.decision) return [];
  const decisionId = step.decision;
  const decision = scenario.scoring[decisionId];
  if (!decision) return [];
  const role = ('role' in step ? step.role : undefined) ?? 'sgm';
  const base = decision.explanation ? textOf(scenario, decision.explanation, context.vars) : '';
  const evidence: Evidence[] = [];

  if (step.type === 'form') {
    for (const [fieldId, field] of Object.entries(decision.fields ?? {})) {
      const definition = step.fields.find((candidate) => candidate.id === fieldId);
      evidence.push(
        assessField(
          { scenario, decisionId, decision, role, context },
          { fieldId, field, definition },
          values[fieldId],
        ),
      );
    }
  }

  let verdict: Verdict | null = null;
  let choice = '';
  let notes: string[] = [];
  if (step.type === 'inspect')
    [verdict, choice] = inspectionVerdict(scenario, decision, values, context.vars);
  if (step.type === 'classify')
    [verdict, choice, notes] = classificationVerdict(scenario, step, decision, values, context);
  if (step.type === 'rank') [verdict, choice] = rankingVerdict(scenario, step, decision, values, context);

  const assessment = runAssessor(decision, values, context);
  if (assessment) {
    verdict = verdict ? worstVerdict(verdict, assessment.verdict) : assessment.verdict;
    if (assessment.explanation) notes = [...notes, assessment.explanation];
    if (!choice) choice = 'Proposition soumise.';
  }
  if (verdict) {
    evidence.push(
      evidenceOf(scenario, decision, role, context, {
        step: decisionId,
        verdict,
        choice,
        explanation: [base, ...notes].filter(Boolean).join(' '),
        ...(assessment ? { reference: assessment.reference } : {}),
      }),
    );
  }
  return evidence;
}
