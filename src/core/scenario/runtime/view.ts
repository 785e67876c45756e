import type { Scalar, ScenarioFile, StepDef } from '../format/schema';
import type { AdviceView, DocumentView, StepView } from '../step-view';
import type { AdviceRecord } from './context';
import type { LocatedStep } from './step-path';
import { textOf } from './values';

type Vars = Readonly<Record<string, Scalar>>;

function documentView(scenario: ScenarioFile, documentId: string, vars: Vars): DocumentView | null {
  const paper = scenario.documents?.[documentId];
  if (!paper) return null;
  return {
    id: documentId,
    title: textOf(scenario, paper.title, vars),
    kind: paper.kind,
    fields: paper.fields.map((field) => ({
      id: field.id,
      label: textOf(scenario, field.label, vars),
      value: textOf(scenario, field.value, vars),
    })),
    body: (paper.body ?? []).map((line) => textOf(scenario, line, vars)),
  };
}

function documentsOf(scenario: ScenarioFile, ids: readonly string[] | undefined, vars: Vars): DocumentView[] {
  return (ids ?? []).flatMap((id) => documentView(scenario, id, vars) ?? []);
}

function baseOf(scenario: ScenarioFile, stepKey: string, step: StepDef, vars: Vars) {
  const speaker = 'speaker' in step && step.speaker ? scenario.cast[step.speaker] : undefined;
  return {
    stepId: stepKey,
    role: ('role' in step ? step.role : undefined) ?? 'sgm',
    ...('scene' in step && step.scene ? { scene: step.scene } : {}),
    ...(speaker && 'speaker' in step && step.speaker
      ? {
          speaker: {
            id: step.speaker,
            name: textOf(scenario, speaker.name, vars),
            portrait: speaker.portrait,
          },
        }
      : {}),
  };
}

function adviceView(
  scenario: ScenarioFile,
  step: Extract<StepDef, { type: 'choice' }>,
  given: AdviceRecord | undefined,
  vars: Vars,
): AdviceView | undefined {
  if (!step.advice) return undefined;
  const prompt = textOf(scenario, step.advice.prompt, vars);
  const topic = textOf(scenario, step.advice.topic, vars);
  const option = given && step.options.find((candidate) => candidate.id === given.optionId);
  if (!given || !option) return { phase: 'conseil', prompt, topic };
  const label = textOf(scenario, option.label, vars);
  return {
    phase: 'decision',
    prompt,
    topic,
    given: { optionId: option.id, label, explanation: given.explanation },
  };
}

/**
 * The French view-model of the step a scenario is at. `stepKey` is the step's path (`dossier/cni` inside a
 * sub-scenario). Returns null for steps the player never sees (branch, queue, sub).
 */
export function describeStep(
  located: LocatedStep,
  stepKey: string,
  vars: Vars,
  advice: Readonly<Record<string, AdviceRecord>> = {},
): StepView | null {
  const { scenario, step } = located;
  const t = (id: string) => textOf(scenario, id, vars);
  const base = baseOf(scenario, stepKey, step, vars);
  const shown =
    'documents' in step && step.type !== 'inspect' ? documentsOf(scenario, step.documents, vars) : [];
  const withDocs = shown.length > 0 ? { ...base, documents: shown } : base;
  switch (step.type) {
    case 'dialogue': {
      const seat = step.private === true ? step.role : undefined;
      const privateTo = seat === 'maire' || seat === 'sgm' ? { privateTo: seat } : {};
      return { ...withDocs, kind: 'dialogue', lines: step.lines.map(t), ...privateTo };
    }
    case 'choice': {
      const advised = adviceView(scenario, step, step.decision ? advice[step.decision] : undefined, vars);
      return {
        ...withDocs,
        ...(advised ? { advice: advised, role: advised.phase === 'conseil' ? 'sgm' : withDocs.role } : {}),
        kind: 'choice',
        prompt: t(step.prompt),
        exchange: step.exchange ?? false,
        options: step.options.map((option) => ({ id: option.id, label: t(option.label) })),
        ...(step.timer ? { timer: { seconds: step.timer.seconds, expireLabel: t(step.timer.label) } } : {}),
      };
    }
    case 'inspect':
      return {
        ...base,
        kind: 'inspect',
        prompt: t(step.prompt),
        documents: documentsOf(scenario, step.documents, vars),
      };
    case 'form':
      return {
        ...withDocs,
        kind: 'form',
        prompt: t(step.prompt),
        fields: step.fields.map((field) => ({
          id: field.id,
          label: t(field.label),
          type: field.type,
          ...(field.options ? { options: field.options.map((o) => ({ id: o.id, label: t(o.label) })) } : {}),
          ...(field.help ? { help: t(field.help) } : {}),
          ...(field.unit ? { unit: field.unit } : {}),
        })),
      };
    case 'classify':
      return {
        ...withDocs,
        kind: 'classify',
        prompt: t(step.prompt),
        bins: step.bins.map((bin) => ({ id: bin.id, label: t(bin.label) })),
        items: step.items.map((item) => ({
          id: item.id,
          label: t(item.label),
          ...(item.detail ? { detail: t(item.detail) } : {}),
        })),
        ...(step.stage ? { stage: step.stage } : {}),
      };
    case 'allocate':
      return {
        ...withDocs,
        kind: 'allocate',
        prompt: t(step.prompt),
        unit: step.unit,
        groups: step.groups.map((group) => ({
          id: group.id,
          label: t(group.label),
          lines: group.lines.map((line) => ({
            id: line.id,
            label: t(line.label),
            ...(line.hint ? { hint: t(line.hint) } : {}),
            ...(line.initial !== undefined ? { initial: line.initial } : {}),
          })),
        })),
        balances: (step.balances ?? []).map((balance) => ({ ...balance, label: t(balance.label) })),
      };
    case 'rank':
      return {
        ...withDocs,
        kind: 'rank',
        prompt: t(step.prompt),
        offers: step.offers.map((offer) => ({
          id: offer.id,
          label: t(offer.label),
          facts: offer.facts.map((fact) => ({ id: fact.id, label: t(fact.label), value: t(fact.value) })),
        })),
        criteria: step.criteria.map((criterion) => ({ ...criterion, label: t(criterion.label) })),
        scale: step.scale,
      };
    case 'end':
      return { ...withDocs, kind: 'end', title: t(step.title), lines: step.lines.map(t) };
    default:
      return null;
  }
}
