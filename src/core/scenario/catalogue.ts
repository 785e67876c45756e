import { PORTRAITS, ROOMS, SOUNDS } from '../assets';
import { isKnownCompetenceId } from '../referentiel';
import { ErrorSink, type ScenarioError } from './format/errors';
import type { ScenarioKnowledge } from './format/knowledge';
import { parseScenarioText } from './format/parse';
import { scenarioSchema, type ScenarioFile } from './format/schema';
import { DEFAULT_WORLD_VARS } from './world-vars';

export { DEFAULT_WORLD_VARS, WORLD_VARS } from './world-vars';

/**
 * The meters of the year a scenario's effects may move. They colour the story; the marks against the
 * référentiel stay the measure.
 */
export const METERS = [
  'confianceMaire',
  'securiteJuridique',
  'santeFinanciere',
  'satisfactionUsagers',
  'chargeDeTravail',
] as const;

/** The real référentiel and asset registries, for a given library of scenarios. */
export function defaultKnowledge(library: Readonly<Record<string, ScenarioFile>> = {}): ScenarioKnowledge {
  return {
    isKnownCompetence: (id) => isKnownCompetenceId(id),
    portraits: new Set(Object.keys(PORTRAITS)),
    scenes: new Set(Object.keys(ROOMS)),
    sounds: new Set(Object.keys(SOUNDS)),
    worldVars: DEFAULT_WORLD_VARS,
    meters: new Set(METERS),
    library,
  };
}

/**
 * Folders of scenarios/ that hold other data than scenarios (the world, the year configurations, the kiosk's
 * data file): the scenario loader skips them.
 */
export const NON_SCENARIO_FOLDERS = ['world', 'years', 'borne'] as const;

/** True for a path under scenarios/ that holds a scenario file (`scenarios/x.json`, `scenarios/events/y.json`). */
export function isScenarioPath(path: string): boolean {
  const inside = path.replace(/\\/g, '/').replace(/^.*?scenarios\//, '');
  return inside.endsWith('.json') && !NON_SCENARIO_FOLDERS.some((folder) => inside.startsWith(`${folder}/`));
}

/** A scenario file's name and text, however it was read (disk, bundle). */
export interface ScenarioSource {
  readonly file: string;
  readonly text: string;
}

/** Scenarios that loaded, and the precise errors of those that did not. */
export interface Catalogue {
  readonly scenarios: Readonly<Record<string, ScenarioFile>>;
  /** The file each loaded scenario came from. */
  readonly files: Readonly<Record<string, string>>;
  readonly errors: readonly ScenarioError[];
}

/**
 * Loads a set of scenario files. A first pass reads each file's shape so that `sub` steps can name any
 * scenario of the set; the second validates each file fully. A broken file never stops the others.
 */
export function loadCatalogue(
  sources: readonly ScenarioSource[],
  knowledgeFor: (library: Readonly<Record<string, ScenarioFile>>) => ScenarioKnowledge = defaultKnowledge,
): Catalogue {
  const shapes: Record<string, ScenarioFile> = {};
  for (const source of sources) {
    try {
      const parsed = scenarioSchema.safeParse(JSON.parse(source.text));
      if (parsed.success) shapes[parsed.data.id] = parsed.data;
    } catch {
      // reported by the full validation below
    }
  }
  const knowledge = knowledgeFor(shapes);
  const scenarios: Record<string, ScenarioFile> = {};
  const errors: ScenarioError[] = [];
  const files = new Map<string, string>();
  for (const source of sources) {
    const result = parseScenarioText(source.text, source.file, knowledge);
    if (!result.ok) {
      errors.push(...result.error);
      continue;
    }
    const previous = files.get(result.value.id);
    if (previous) {
      const sink = new ErrorSink(source.file);
      sink.add(
        'id',
        `Identifiant de scénario déjà utilisé par ${previous}.`,
        'un identifiant unique',
        result.value.id,
      );
      errors.push(...sink.errors);
      continue;
    }
    files.set(result.value.id, source.file);
    scenarios[result.value.id] = result.value;
  }
  return { scenarios, errors, files: Object.fromEntries(files) };
}
