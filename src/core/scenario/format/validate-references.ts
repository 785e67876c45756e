import { isIsoDate } from '../../dates/iso-date';
import type { ErrorSink } from './errors';
import type { ScenarioKnowledge } from './knowledge';
import type { EffectDef, ScenarioFile } from './schema';
import { textReferences } from './text-references';
import { findMarkup, placeholdersOf } from './text';

function checkDuplicates(ids: readonly string[], path: string, what: string, sink: ErrorSink): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) sink.add(path, `Identifiant en double parmi ${what}.`, 'des identifiants uniques', id);
    seen.add(id);
  }
}

function checkTexts(scenario: ScenarioFile, knowledge: ScenarioKnowledge, sink: ErrorSink): void {
  for (const ref of textReferences(scenario)) {
    if (scenario.texts[ref.id] === undefined) {
      sink.add(ref.path, 'Texte introuvable dans « texts ».', 'un identifiant de texte défini', ref.id);
    }
  }
  const variants = scenario.variants ?? [];
  const defaults = new Set([
    ...Object.keys(scenario.vars ?? {}),
    ...Object.keys(scenario.computed ?? {}),
    ...Object.keys(knowledge.worldVars),
    'date',
  ]);
  for (const [id, text] of Object.entries(scenario.texts)) {
    const markup = findMarkup(text);
    if (markup) {
      sink.add(
        `texts.${id}`,
        'Balise HTML ou script interdit dans un texte : il est affiché tel quel.',
        'du texte simple',
        markup,
      );
    }
    for (const name of placeholdersOf(text)) {
      const missing = variants.filter((variant) => !defaults.has(name) && variant.vars[name] === undefined);
      if (!defaults.has(name) && (variants.length === 0 || missing.length > 0)) {
        const where = missing.length > 0 ? ` (variante ${missing.map((v) => v.id).join(', ')})` : '';
        sink.add(
          `texts.${id}`,
          `Variable « ${name} » inconnue${where}.`,
          'une variable de « vars », des variantes ou du monde',
          `{${name}}`,
        );
      }
    }
  }
}

function checkMetadata(scenario: ScenarioFile, knowledge: ScenarioKnowledge, sink: ErrorSink): void {
  scenario.dates.forEach((date, i) => {
    if (!isIsoDate(date)) sink.add(`dates[${i}]`, 'Date invalide.', 'une date AAAA-MM-JJ', date);
  });
  scenario.competences.forEach((id, i) => {
    if (!knowledge.isKnownCompetence(id)) {
      sink.add(
        `competences[${i}]`,
        'Compétence inconnue du référentiel RNCP41781.',
        'un identifiant comme RNCP41781-BC02-03',
        id,
      );
    }
  });
  checkDuplicates(scenario.competences, 'competences', 'les compétences', sink);
  (scenario.variants ?? []).forEach((variant, i) => {
    const date = variant.vars.date;
    if (date !== undefined && !isIsoDate(date))
      sink.add(`variants[${i}].vars.date`, 'Date invalide.', 'une date AAAA-MM-JJ', date);
  });
  checkDuplicates(
    (scenario.variants ?? []).map((variant) => variant.id),
    'variants',
    'les variantes',
    sink,
  );
  for (const [id, member] of Object.entries(scenario.cast)) {
    if (!knowledge.portraits.has(member.portrait)) {
      sink.add(
        `cast.${id}.portrait`,
        'Portrait inconnu du registre des images.',
        [...knowledge.portraits].join(', '),
        member.portrait,
      );
    }
  }
  for (const [id, paper] of Object.entries(scenario.documents ?? {})) {
    checkDuplicates(
      paper.fields.map((field) => field.id),
      `documents.${id}.fields`,
      'les champs du document',
      sink,
    );
  }
}

function checkSteps(scenario: ScenarioFile, knowledge: ScenarioKnowledge, sink: ErrorSink): void {
  for (const [id, step] of Object.entries(scenario.steps)) {
    const at = `steps.${id}`;
    if ('role' in step && step.role && !scenario.roles.includes(step.role)) {
      sink.add(
        `${at}.role`,
        'Rôle absent de la liste « roles » du scénario.',
        scenario.roles.join(', '),
        step.role,
      );
    }
    if ('speaker' in step && step.speaker && !scenario.cast[step.speaker]) {
      sink.add(
        `${at}.speaker`,
        'Personnage absent de « cast ».',
        Object.keys(scenario.cast).join(', '),
        step.speaker,
      );
    }
    if ('scene' in step && step.scene && !knowledge.scenes.has(step.scene)) {
      sink.add(
        `${at}.scene`,
        'Décor inconnu du registre des images.',
        [...knowledge.scenes].join(', '),
        step.scene,
      );
    }
    if ('documents' in step) {
      (step.documents ?? []).forEach((documentId, i) => {
        if (!scenario.documents?.[documentId]) {
          sink.add(
            `${at}.documents[${i}]`,
            'Document absent de « documents ».',
            'un document défini',
            documentId,
          );
        }
      });
    }
    const effects: [EffectDef, string][] = [
      ...('effects' in step ? (step.effects ?? []) : []).map((effect, i): [EffectDef, string] => [
        effect,
        `${at}.effects[${i}]`,
      ]),
      ...(step.type === 'choice'
        ? step.options.flatMap((option, j) =>
            (option.effects ?? []).map((effect, i): [EffectDef, string] => [
              effect,
              `${at}.options[${j}].effects[${i}]`,
            ]),
          )
        : []),
    ];
    for (const [effect, path] of effects) {
      if (effect.type === 'adjustMeter' && !knowledge.meters.has(effect.meter)) {
        sink.add(`${path}.meter`, 'Jauge inconnue.', [...knowledge.meters].join(', '), effect.meter);
      }
      if (effect.type === 'cue' && effect.sound && !knowledge.sounds.has(effect.sound)) {
        sink.add(
          `${path}.sound`,
          'Son inconnu du registre des sons.',
          [...knowledge.sounds].join(', '),
          effect.sound,
        );
      }
    }
    if (step.type === 'choice')
      checkDuplicates(
        step.options.map((o) => o.id),
        `${at}.options`,
        'les options',
        sink,
      );
    if (step.type === 'form')
      checkDuplicates(
        step.fields.map((f) => f.id),
        `${at}.fields`,
        'les champs',
        sink,
      );
    if (step.type === 'classify') {
      checkDuplicates(
        step.bins.map((b) => b.id),
        `${at}.bins`,
        'les catégories',
        sink,
      );
      checkDuplicates(
        step.items.map((item) => item.id),
        `${at}.items`,
        'les éléments',
        sink,
      );
    }
    if (step.type === 'allocate') {
      checkDuplicates(
        step.groups.flatMap((g) => g.lines.map((l) => l.id)),
        `${at}.groups`,
        'les lignes',
        sink,
      );
      checkDuplicates(
        step.groups.map((g) => g.id),
        `${at}.groups`,
        'les groupes',
        sink,
      );
    }
    if (step.type === 'rank') {
      checkDuplicates(
        step.offers.map((o) => o.id),
        `${at}.offers`,
        'les offres',
        sink,
      );
      checkDuplicates(
        step.criteria.map((c) => c.id),
        `${at}.criteria`,
        'les critères',
        sink,
      );
      if (step.scale.min >= step.scale.max) sink.add(`${at}.scale`, 'Échelle vide.', 'min < max', step.scale);
    }
    if (step.type === 'inspect' && (step.documents ?? []).length === 0) {
      sink.add(
        `${at}.documents`,
        'Une inspection montre au moins un document à examiner.',
        'une liste de documents',
        step.documents,
      );
    }
    if (step.type === 'sub' && (!knowledge.library[step.scenario] || step.scenario === scenario.id)) {
      sink.add(
        `${at}.scenario`,
        'Sous-scénario introuvable (ou le scénario lui-même).',
        'un autre scénario chargé',
        step.scenario,
      );
    }
  }
}

/** Names that must exist: texts, variables, competences, cast, documents, assets; no duplicate id; no markup. */
export function checkReferences(scenario: ScenarioFile, knowledge: ScenarioKnowledge, sink: ErrorSink): void {
  checkMetadata(scenario, knowledge, sink);
  checkTexts(scenario, knowledge, sink);
  checkSteps(scenario, knowledge, sink);
}
