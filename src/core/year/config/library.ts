import {
  loadCatalogue,
  NON_SCENARIO_FOLDERS,
  type Catalogue,
  type ScenarioSource,
} from '../../scenario/catalogue';
import { err, ok, type Result } from '../../result';
import { parseWorld } from '../world/world';
import type { World } from '../world/world-schema';
import { yearConfigSchema, type YearConfig } from './year-schema';
import { parseWith } from '../../validation/schema';

/**
 * The folder of a file holding the year's data (the commune in `world/`, the year configurations in `years/`,
 * the catalogue's NON_SCENARIO_FOLDERS) wherever it lives: scenarios/ or a test's fixtures/years/.
 */
function folderOf(file: string): (typeof NON_SCENARIO_FOLDERS)[number] | null {
  const segments = file.split(/[\\/]/);
  return NON_SCENARIO_FOLDERS.find((folder) => segments.includes(folder)) ?? null;
}

/** True for a file the scenario catalogue should load: anything outside the world/ and years/ folders. */
export function isScenarioFile(file: string): boolean {
  return folderOf(file) === null;
}

/** Parses a year configuration file (already JSON-decoded); one French message on failure. */
export function parseYearConfig(raw: unknown): Result<YearConfig, string> {
  const parsed = parseWith(yearConfigSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(`Année invalide : ${parsed.error}`);
}

/** Everything a year is played with: communes, year configurations and the scenario catalogue. */
export interface YearLibrary {
  readonly worlds: Readonly<Record<string, World>>;
  readonly years: Readonly<Record<string, YearConfig>>;
  readonly catalogue: Catalogue;
  /** French, one line per file that did not load (scenario errors stay in `catalogue.errors`). */
  readonly errors: readonly string[];
}

function parseJson(text: string): Result<unknown, string> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err('JSON illisible');
  }
}

/**
 * Sorts the files of scenarios/ (and of test fixtures) by folder: world/ → communes, years/ → year
 * configurations, anything else → the scenario catalogue. A broken file never stops the others.
 */
export function loadYearLibrary(sources: readonly ScenarioSource[]): YearLibrary {
  const worlds: Record<string, World> = {};
  const years: Record<string, YearConfig> = {};
  const errors: string[] = [];
  for (const source of sources) {
    const folder = folderOf(source.file);
    // The kiosk's data file (borne/) is the kiosk's own, read by its flow, not a year's.
    if (folder === null || folder === 'borne') continue;
    const json = parseJson(source.text);
    const parsed = json.ok
      ? folder === 'world'
        ? parseWorld(json.value)
        : parseYearConfig(json.value)
      : json;
    if (!parsed.ok) {
      errors.push(`${source.file} : ${parsed.error}`);
    } else if ('kind' in parsed.value && parsed.value.kind === 'commune') {
      worlds[parsed.value.id] = parsed.value;
    } else if ('kind' in parsed.value && parsed.value.kind === 'annee') {
      years[parsed.value.id] = parsed.value;
    }
  }
  const catalogue = loadCatalogue(sources.filter((source) => isScenarioFile(source.file)));
  return { worlds, years, catalogue, errors };
}
