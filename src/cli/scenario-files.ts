import { isScenarioPath, loadCatalogue, type Catalogue } from '../core/scenario/catalogue';
import type { CliIo } from './command';

/** The scenarios folder of the repository, relative to the working directory (`npm run` runs at the root). */
export const SCENARIOS_DIR = 'scenarios';

/** Every scenario file of scenarios/ (the world and year configurations excluded). */
export function scenarioFiles(io: CliIo): string[] {
  return io.listFiles(SCENARIOS_DIR, '.json').filter(isScenarioPath);
}

/** Reads scenario files (all of scenarios/ by default) into a validated catalogue. */
export function readCatalogue(io: CliIo, files: readonly string[] = []): Catalogue {
  const paths = files.length > 0 ? files : scenarioFiles(io);
  const sources = paths.flatMap((file) => {
    try {
      return [{ file, text: io.readText(file) }];
    } catch (error) {
      io.err(`${file} : fichier illisible (${error instanceof Error ? error.message : String(error)}).`);
      return [];
    }
  });
  // Sub-scenarios named by the given files may live in the others: load them all, report on the given ones.
  if (files.length === 0) return loadCatalogue(sources);
  const others = scenarioFiles(io)
    .filter((file) => !paths.includes(file))
    .map((file) => ({ file, text: io.readText(file) }));
  const all = loadCatalogue([...sources, ...others]);
  return { ...all, errors: all.errors.filter((error) => paths.includes(error.file)) };
}
