import { DEFAULT_WORLD_FACTS } from './default-world-facts';
import type { ErrorSink } from './errors';
import type { ScenarioKnowledge } from './knowledge';
import type { Scalar, ScenarioFile } from './schema';
import { interpolate } from './text';
import type { WorldFacts } from './world-facts';
import {
  figureContradictions,
  functionContradictions,
  outsideContradictions,
  peopleContradictions,
  patternsOf,
  sentencesOf,
  type WordPatterns,
  type WorldContradiction,
} from './world-text';

/** (a) A scenario may not set what the world gives: the world's value would silently lose. */
function checkWorldVarsNotSet(
  scenario: ScenarioFile,
  worldVars: ReadonlyMap<string, Scalar>,
  sink: ErrorSink,
): void {
  const refuse = (path: string, name: string): void => {
    sink.add(
      path,
      `« ${name} » est une variable du monde (scenarios/world/) : un scénario la lit, il ne la fixe pas.`,
      `une autre variable, ou {${name}} telle que le monde la donne`,
      name,
    );
  };
  // A default equal to the world's is dead data (the world overrides `vars`); another value contradicts it.
  for (const [name, value] of Object.entries(scenario.vars ?? {})) {
    if (worldVars.has(name) && worldVars.get(name) !== value) refuse(`vars.${name}`, name);
  }
  for (const name of Object.keys(scenario.computed ?? {})) {
    if (worldVars.has(name)) refuse(`computed.${name}`, name);
  }
  (scenario.variants ?? []).forEach((variant, i) => {
    for (const name of Object.keys(variant.vars)) {
      if (worldVars.has(name)) refuse(`variants[${i}].vars.${name}`, name);
    }
  });
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    const options = 'options' in step ? step.options : [];
    const effects = [
      ...('effects' in step ? (step.effects ?? []) : []).map((effect, i) => ({
        effect,
        path: `steps.${stepId}.effects[${i}]`,
      })),
      ...options.flatMap((option, o) =>
        (option.effects ?? []).map((effect, i) => ({
          effect,
          path: `steps.${stepId}.options[${o}].effects[${i}]`,
        })),
      ),
    ];
    for (const { effect, path } of effects) {
      if (effect.type === 'setVar' && worldVars.has(effect.var)) refuse(`${path}.var`, effect.var);
    }
  }
}

/** The texts to read: each text, and each document field read as « label : value » (the figure is in one, its name in the other). */
interface TextUnit {
  readonly path: string;
  readonly text: string;
  /** A document field is only read for figures: its texts are already read one by one. */
  readonly figuresOnly: boolean;
}

function textUnits(scenario: ScenarioFile): TextUnit[] {
  const units = Object.entries(scenario.texts).map(([id, text]) => ({
    path: `texts.${id}`,
    text,
    figuresOnly: false,
  }));
  for (const [docId, doc] of Object.entries(scenario.documents ?? {})) {
    doc.fields.forEach((field, i) => {
      const label = scenario.texts[field.label];
      const value = scenario.texts[field.value];
      if (label !== undefined && value !== undefined) {
        units.push({
          path: `documents.${docId}.fields[${i}]`,
          text: `${label} : ${value}`,
          figuresOnly: true,
        });
      }
    });
  }
  return units;
}

function contradictionsOf(
  text: string,
  facts: WorldFacts,
  patterns: WordPatterns,
  figuresOnly: boolean,
): WorldContradiction[] {
  return sentencesOf(text).flatMap((sentence) =>
    figuresOnly
      ? figureContradictions(sentence, facts, patterns)
      : [
          ...peopleContradictions(sentence, facts, patterns),
          ...functionContradictions(sentence, facts, patterns),
          ...figureContradictions(sentence, facts, patterns),
          ...outsideContradictions(sentence, facts, patterns),
        ],
  );
}

/**
 * The world check (erratum 7): the commune is one, so a scenario (a) does not set a world variable, and
 * its texts, read with each variant's values, do not (b) give a world role to another person, (c) hold a
 * function (the polling station) elsewhere than the world's place, (d) quote a figure of the budget history
 * with another value, (e) give the commune a service it does not have. Every fact and every word comes
 * from the commune file (knowledge.worldFacts; Saint-Aubin-sur-Loire's by default).
 */
export function checkWorld(scenario: ScenarioFile, knowledge: ScenarioKnowledge, sink: ErrorSink): void {
  const facts = knowledge.worldFacts ?? DEFAULT_WORLD_FACTS;
  checkWorldVarsNotSet(scenario, new Map(Object.entries(knowledge.worldVars)), sink);
  const readings: { label: string; vars: Readonly<Record<string, Scalar>> }[] = [
    { label: '', vars: { ...scenario.vars, ...knowledge.worldVars } },
    ...(scenario.variants ?? []).map((variant) => ({
      label: ` (variante ${variant.id})`,
      vars: { ...scenario.vars, ...knowledge.worldVars, ...variant.vars },
    })),
  ];
  const patterns = patternsOf(facts);
  for (const unit of textUnits(scenario)) {
    const reported = new Set<string>();
    const read = new Set<string>();
    // A text without variables reads the same in every variant: once is enough.
    for (const reading of unit.text.includes('{') ? readings : readings.slice(0, 1)) {
      const text = interpolate(unit.text, reading.vars);
      if (read.has(text)) continue;
      read.add(text);
      for (const problem of contradictionsOf(text, facts, patterns, unit.figuresOnly)) {
        const key = `${problem.message}|${problem.found}`;
        if (reported.has(key)) continue;
        reported.add(key);
        // Found with the scenario's own values, the text is at fault; found only in a variant, the variant.
        const where = reading.label === '' || unit.text.includes(problem.found) ? '' : reading.label;
        sink.add(unit.path, `${problem.message}${where}`, problem.expected, problem.found);
      }
    }
  }
}
