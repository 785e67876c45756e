import type { DecisionDef, EffectDef, ScenarioFile, StepDef } from '../../core/scenario/format/schema';
import { fieldIdOf } from '../../core/scenario/format/source-compile';

type Json = Record<string, unknown>;

/** Drops undefined values, keeping the key order written below (the order an author reads). */
function defined(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/**
 * Turns a format 1 file (the compiled form, with its `texts` table) back into a format 2 source: every text id
 * is replaced by its text, every verdict goes next to its answer, every scale onto its step. The inverse of
 * `compileSource`, up to the generated text ids; `upgrade` checks that round trip on every file it writes.
 */
export function decompile(file: ScenarioFile): Json {
  const text = (textId: string): string => file.texts[textId] ?? textId;
  const optional = (textId: string | undefined) => (textId === undefined ? undefined : text(textId));
  const effects = (list: readonly EffectDef[] | undefined) =>
    list?.map((effect) => {
      if (effect.type === 'adjustMeter') return { ...effect, reason: text(effect.reason) };
      if (effect.type === 'cue') return { ...effect, text: text(effect.text) };
      return effect;
    });
  const outcome = (scored: DecisionDef['options'], key: string) => {
    const found = scored?.[key];
    if (!found) return {};
    return defined({
      verdict: found.verdict,
      explanation: text(found.explanation),
      reference: found.reference,
      competences: found.competences,
    });
  };
  const decisionOf = (decisionId: string): Json => {
    const scoring = file.scoring[decisionId];
    if (!scoring) return { id: decisionId };
    const { options: _options, fields: _fields, answers: _answers, explanation, ...scale } = scoring;
    return defined({ id: decisionId, ...scale, explanation: optional(explanation) });
  };

  const step = (stepDef: StepDef): Json => {
    if (stepDef.type === 'branch' || stepDef.type === 'queue' || stepDef.type === 'sub') return stepDef;
    const scoring = 'decision' in stepDef && stepDef.decision ? file.scoring[stepDef.decision] : undefined;
    const speakerRole = stepDef.speaker === undefined ? undefined : file.cast[stepDef.speaker]?.role;
    const head = defined({
      type: stepDef.type,
      scene: stepDef.scene,
      speaker: stepDef.speaker,
      role: stepDef.type === 'dialogue' && stepDef.role === speakerRole ? undefined : stepDef.role,
      documents: stepDef.documents,
      closedDayReason: stepDef.closedDayReason,
      decision: 'decision' in stepDef && stepDef.decision ? decisionOf(stepDef.decision) : undefined,
      prompt: 'prompt' in stepDef ? text(stepDef.prompt) : undefined,
    });
    const tail = defined({
      effects: effects(stepDef.effects),
      next: 'next' in stepDef ? stepDef.next : undefined,
    });
    switch (stepDef.type) {
      case 'dialogue':
        return { ...head, lines: stepDef.lines.map(text), ...tail };
      case 'end':
        return { ...head, title: text(stepDef.title), lines: stepDef.lines.map(text), ...tail };
      case 'inspect':
        return { ...head, ...tail };
      case 'choice':
        return defined({
          ...head,
          exchange: stepDef.exchange,
          options: stepDef.options.map((option) =>
            defined({
              id: option.id,
              label: text(option.label),
              ...outcome(scoring?.options, option.id),
              effects: effects(option.effects),
              next: option.next,
            }),
          ),
          timer: stepDef.timer && {
            seconds: stepDef.timer.seconds,
            label: text(stepDef.timer.label),
            ...outcome(scoring?.options, 'timeout'),
            next: stepDef.timer.next,
          },
          ...tail,
        });
      case 'form':
        return {
          ...head,
          fields: stepDef.fields.map((field) => {
            const score = scoring?.fields?.[field.id];
            return defined({
              id: field.id,
              label: text(field.label),
              type: field.type,
              unit: field.unit,
              help: optional(field.help),
              options: field.options?.map((option) => ({ id: option.id, label: text(option.label) })),
              score: score && {
                ...score,
                explanation: text(score.explanation),
                ...(score.answers
                  ? {
                      answers: Object.fromEntries(
                        Object.entries(score.answers).map(([key, found]) => [
                          key,
                          { ...found, explanation: text(found.explanation) },
                        ]),
                      ),
                    }
                  : {}),
              },
            });
          }),
          ...tail,
        };
      case 'classify':
        return {
          ...head,
          bins: stepDef.bins.map((bin) => ({ id: bin.id, label: text(bin.label) })),
          items: stepDef.items.map((item) => {
            const answer = scoring?.answers?.[item.id];
            return defined({
              id: item.id,
              label: text(item.label),
              detail: optional(item.detail),
              bin: answer?.bin,
              explanation: optional(answer?.explanation),
            });
          }),
          ...tail,
        };
      case 'allocate':
        return defined({
          ...head,
          unit: stepDef.unit,
          groups: stepDef.groups.map((group) => ({
            id: group.id,
            label: text(group.label),
            lines: group.lines.map((line) =>
              defined({
                id: line.id,
                label: text(line.label),
                hint: optional(line.hint),
                initial: line.initial,
              }),
            ),
          })),
          balances: stepDef.balances?.map((balance) => ({ ...balance, label: text(balance.label) })),
          ...tail,
        });
      case 'rank':
        return {
          ...head,
          offers: stepDef.offers.map((offer) => ({
            id: offer.id,
            label: text(offer.label),
            facts: offer.facts.map((fact) => ({
              id: fact.id,
              label: text(fact.label),
              value: text(fact.value),
            })),
          })),
          criteria: stepDef.criteria.map((criterion) => ({ ...criterion, label: text(criterion.label) })),
          scale: stepDef.scale,
          ...tail,
        };
    }
  };

  const {
    $schema,
    texts: _texts,
    scoring: _scoring,
    cast,
    documents,
    steps,
    variants,
    start,
    ...header
  } = file;
  return defined({
    $schema,
    format: 2,
    ...header,
    cast: Object.fromEntries(
      Object.entries(cast).map(([id, member]) => [id, { ...member, name: text(member.name) }]),
    ),
    variants,
    documents:
      documents &&
      Object.fromEntries(
        Object.entries(documents).map(([id, paper]) => [
          id,
          defined({
            title: text(paper.title),
            kind: paper.kind,
            fields: paper.fields.map((field) => {
              const label = text(field.label);
              return fieldIdOf(label) === field.id
                ? [label, text(field.value)]
                : [field.id, label, text(field.value)];
            }),
            body: paper.body?.map(text),
          }),
        ]),
      ),
    start,
    steps: Object.fromEntries(Object.entries(steps).map(([id, stepDef]) => [id, step(stepDef)])),
  });
}
