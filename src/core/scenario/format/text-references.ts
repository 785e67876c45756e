import type { EffectDef, ScenarioFile, StepDef } from './schema';

/** A text id used somewhere in a scenario, with the path where it is used. */
export interface TextReference {
  readonly id: string;
  readonly path: string;
}

function effectTexts(effects: readonly EffectDef[] | undefined, path: string): TextReference[] {
  return (effects ?? []).flatMap((effect, index) => {
    if (effect.type === 'adjustMeter') return [{ id: effect.reason, path: `${path}[${index}].reason` }];
    if (effect.type === 'cue') return [{ id: effect.text, path: `${path}[${index}].text` }];
    return [];
  });
}

function stepTexts(step: StepDef, at: string): TextReference[] {
  const refs: TextReference[] = [];
  const add = (id: string | undefined, path: string) => {
    if (id !== undefined) refs.push({ id, path: `${at}.${path}` });
  };
  if ('prompt' in step) add(step.prompt, 'prompt');
  if ('effects' in step) refs.push(...effectTexts(step.effects, `${at}.effects`));
  switch (step.type) {
    case 'dialogue':
      step.lines.forEach((line, i) => add(line, `lines[${i}]`));
      break;
    case 'choice':
      step.options.forEach((option, i) => {
        add(option.label, `options[${i}].label`);
        refs.push(...effectTexts(option.effects, `${at}.options[${i}].effects`));
      });
      add(step.timer?.label, 'timer.label');
      add(step.advice?.prompt, 'advice.prompt');
      add(step.advice?.topic, 'advice.topic');
      break;
    case 'form':
      step.fields.forEach((field, i) => {
        add(field.label, `fields[${i}].label`);
        add(field.help, `fields[${i}].help`);
        field.options?.forEach((option, j) => add(option.label, `fields[${i}].options[${j}].label`));
      });
      break;
    case 'classify':
      step.bins.forEach((bin, i) => add(bin.label, `bins[${i}].label`));
      step.items.forEach((item, i) => {
        add(item.label, `items[${i}].label`);
        add(item.detail, `items[${i}].detail`);
      });
      break;
    case 'allocate':
      step.groups.forEach((group, i) => {
        add(group.label, `groups[${i}].label`);
        group.lines.forEach((line, j) => {
          add(line.label, `groups[${i}].lines[${j}].label`);
          add(line.hint, `groups[${i}].lines[${j}].hint`);
        });
      });
      step.balances?.forEach((balance, i) => add(balance.label, `balances[${i}].label`));
      break;
    case 'rank':
      step.offers.forEach((offer, i) => {
        add(offer.label, `offers[${i}].label`);
        offer.facts.forEach((fact, j) => {
          add(fact.label, `offers[${i}].facts[${j}].label`);
          add(fact.value, `offers[${i}].facts[${j}].value`);
        });
      });
      step.criteria.forEach((criterion, i) => add(criterion.label, `criteria[${i}].label`));
      break;
    case 'end':
      add(step.title, 'title');
      step.lines.forEach((line, i) => add(line, `lines[${i}]`));
      break;
    default:
      break;
  }
  return refs;
}

/** Every text id a scenario uses, wherever it is used. */
export function textReferences(scenario: ScenarioFile): TextReference[] {
  const refs: TextReference[] = [];
  for (const [id, member] of Object.entries(scenario.cast))
    refs.push({ id: member.name, path: `cast.${id}.name` });
  for (const [id, paper] of Object.entries(scenario.documents ?? {})) {
    refs.push({ id: paper.title, path: `documents.${id}.title` });
    paper.fields.forEach((field, i) => {
      refs.push({ id: field.label, path: `documents.${id}.fields[${i}].label` });
      refs.push({ id: field.value, path: `documents.${id}.fields[${i}].value` });
    });
    (paper.body ?? []).forEach((line, i) => refs.push({ id: line, path: `documents.${id}.body[${i}]` }));
  }
  for (const [id, step] of Object.entries(scenario.steps)) refs.push(...stepTexts(step, `steps.${id}`));
  for (const [id, decision] of Object.entries(scenario.scoring)) {
    const at = `scoring.${id}`;
    if (decision.explanation) refs.push({ id: decision.explanation, path: `${at}.explanation` });
    for (const [key, outcome] of Object.entries(decision.options ?? {})) {
      refs.push({ id: outcome.explanation, path: `${at}.options.${key}.explanation` });
    }
    for (const [key, field] of Object.entries(decision.fields ?? {})) {
      refs.push({ id: field.explanation, path: `${at}.fields.${key}.explanation` });
      for (const [answer, outcome] of Object.entries(field.answers ?? {})) {
        refs.push({ id: outcome.explanation, path: `${at}.fields.${key}.answers.${answer}.explanation` });
      }
    }
    for (const [key, answer] of Object.entries(decision.answers ?? {})) {
      if (answer.explanation) refs.push({ id: answer.explanation, path: `${at}.answers.${key}.explanation` });
    }
  }
  return refs;
}
