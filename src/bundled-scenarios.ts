// The scenario files bundled into the game by Vite, read as text so that the core's loader checks them exactly
// as the CLI does. A broken file never stops the others: its errors are shown on the practice screen.
import { isScenarioPath, type ScenarioSource } from './core/scenario';

const files = import.meta.glob('../scenarios/**/*.json', { query: '?raw', import: 'default', eager: true });

/** Every data file of scenarios/ (scenarios, the world, the years), with a repository-relative name. */
export function bundledDataSources(): ScenarioSource[] {
  return Object.entries(files)
    .map(([path, text]) => ({ file: path.replace(/^\.\.\//, ''), text: String(text) }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Every scenario file of scenarios/ (the world and year folders excluded). */
export function bundledScenarioSources(): ScenarioSource[] {
  return bundledDataSources().filter((source) => isScenarioPath(source.file));
}
