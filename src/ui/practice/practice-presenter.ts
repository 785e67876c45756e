import type { Catalogue, ScenarioError, ScenarioFile } from '../../core/scenario';

/** One scenario offered as a « mise en situation ». */
export interface PracticeCard {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** « Environ 20 minutes ». */
  readonly duration: string;
  /** « Bloc BC01 » or « Blocs BC01 et BC02 ». */
  readonly blocs: string;
  /** « 12 décisions notées ». */
  readonly decisions: string;
}

export interface PracticeModel {
  readonly cards: readonly PracticeCard[];
  /** One French line per scenario file that could not be loaded. */
  readonly problems: readonly string[];
}

/** The tutorial comes first: it teaches the interface. */
const FIRST = 'premier-jour';

function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`;
}

function scoredDecisions(scenario: ScenarioFile): number {
  return Object.values(scenario.scoring).reduce(
    (count, decision) => count + Math.max(1, Object.keys(decision.fields ?? {}).length),
    0,
  );
}

function card(scenario: ScenarioFile): PracticeCard {
  const decisions = scoredDecisions(scenario);
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    duration: `Environ ${scenario.durationMinutes} minutes`,
    blocs: `${scenario.blocs.length > 1 ? 'Blocs' : 'Bloc'} ${frenchList(scenario.blocs)}`,
    decisions: `${decisions} décision${decisions > 1 ? 's' : ''} notée${decisions > 1 ? 's' : ''}`,
  };
}

function problemLine(file: string, errors: readonly ScenarioError[]): string {
  const [first] = errors;
  const more = errors.length > 1 ? ` (et ${errors.length - 1} autre(s) erreur(s))` : '';
  return `${file} n’a pas pu être chargé : ${first ? `${first.path} — ${first.message}` : 'erreur inconnue'}${more}.`;
}

/**
 * The practice catalogue: the scenarios stored at the top of scenarios/ (short events of the year are not
 * offered alone), the tutorial first, then by bloc and title; and the files that failed to load.
 */
export function presentPractice(catalogue: Catalogue): PracticeModel {
  const topLevel = Object.values(catalogue.scenarios).filter((scenario) =>
    /^scenarios\/[^/]+\.json$/.test(catalogue.files[scenario.id] ?? ''),
  );
  const cards = topLevel
    .sort((a, b) => {
      if (a.id === FIRST || b.id === FIRST) return a.id === FIRST ? -1 : 1;
      return (a.blocs[0] ?? '').localeCompare(b.blocs[0] ?? '') || a.title.localeCompare(b.title, 'fr');
    })
    .map(card);
  const byFile = new Map<string, ScenarioError[]>();
  for (const error of catalogue.errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  return { cards, problems: [...byFile].map(([file, errors]) => problemLine(file, errors)) };
}
