import type { Catalogue } from '../scenario/catalogue';
import type { ScenarioFile } from '../scenario/format/schema';

/** Where the binôme packs are filed: `scenarios/binome/<id>.json`. */
const PACK_FILE = /^scenarios\/binome\/[^/]+\.json$/;

/**
 * The binôme packs of a catalogue (the scenarios filed under scenarios/binome/), in the order of their titles:
 * the packs a pair chooses from and a learning platform lists as its entry points.
 */
export function binomePacks(catalogue: Pick<Catalogue, 'scenarios' | 'files'>): ScenarioFile[] {
  return Object.values(catalogue.scenarios)
    .filter((scenario) => PACK_FILE.test(catalogue.files[scenario.id] ?? ''))
    .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}
