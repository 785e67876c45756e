import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScenarioPath, loadCatalogue, type Catalogue } from '../../../../src/core/scenario';

const SCENARIOS_DIR = join(process.cwd(), 'scenarios');

/** Every scenario file of the repository, as the game loads them. */
export function repoCatalogue(): Catalogue {
  const files = readdirSync(SCENARIOS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => isScenarioPath(`scenarios/${name}`))
    .sort();
  return loadCatalogue(
    files.map((name) => ({
      file: `scenarios/${name}`,
      text: readFileSync(join(SCENARIOS_DIR, name), 'utf8'),
    })),
  );
}
