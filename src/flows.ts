// The game's flows behind the title menu, loaded on first use so that the title is interactive at once: the
// scenario catalogue (validated here, as in the CLI), the commune, the practice and the year.
import type { AppEvent } from './app/app-events';
import { bundledDataSources } from './bundled-scenarios';
import type { SaveStore } from './core/save/save-store';
import type { LmsLink } from './lms/scorm12';
import type { XapiLink } from './lms/xapi-link';
import { DEFAULT_WORLD_VARS } from './core/scenario';
import { loadYearLibrary, worldVarsOf } from './core/year';
import { createPracticeFlow, type PracticeFlow } from './ui/practice/practice-flow';
import type { GameServices } from './ui/scenario-screen';
import { createYearFlow, type YearFlow } from './ui/year-flow/year-flow';
import { parseBorneConfig, type BorneConfig } from './core/borne';
import { err, type Result } from './core/result';
import { BORNE_CONFIG_FILE, createBorneFlow, type BorneFlow, type KioskHost } from './ui/borne/borne-flow';
import { createBinomeFlow, type BinomeFlow } from './ui/binome/binome-flow';
import { createFacilitatorFlow, type FacilitatorFlow } from './ui/facilitator/facilitator-flow';

/**
 * What the composition root gives the flows: the shell's services, storage, the clock, the draw of seeds, and
 * the app machine to send the player's navigation to.
 */
export interface FlowDeps extends GameServices {
  readonly store: SaveStore;
  readonly today: () => string;
  readonly now: () => string;
  readonly drawSeed: () => number;
  readonly download: (fileName: string, blob: Blob) => void;
  readonly print: () => void;
  readonly savesChanged: () => void;
  readonly send: (event: AppEvent) => void;
  /** The learning platform that launched the game (SCORM 1.2), or null. */
  readonly lms: LmsLink | null;
  /** The cmi5 platform that launched the game, which hears its xAPI statements, or null. */
  readonly xapi: XapiLink | null;
  /** What the kiosk needs of the page, when the game runs as the kiosk « Découvrir le métier »; else null. */
  readonly kiosk: KioskHost | null;
}

export interface Flows {
  readonly practice: PracticeFlow;
  readonly year: YearFlow;
  /** The kiosk « Découvrir le métier », only when the game runs as one (`?mode=borne`). */
  readonly borne: BorneFlow | null;
  /** « En binôme »: an élu and their SGM on one screen. */
  readonly binome: BinomeFlow;
  /** « Animer un atelier »: the pairs' codes and files, then the room's debrief. */
  readonly facilitator: FacilitatorFlow;
}

/** The kiosk's data file, read from the bundled data: a broken or missing one is one French sentence. */
function readBorneConfig(): Result<BorneConfig, string> {
  const source = bundledDataSources().find((candidate) => candidate.file === BORNE_CONFIG_FILE);
  if (!source) return err(`Le fichier de la borne (${BORNE_CONFIG_FILE}) est absent.`);
  try {
    return parseBorneConfig(JSON.parse(source.text));
  } catch {
    return err(`Le fichier de la borne (${BORNE_CONFIG_FILE}) n’est pas du JSON valide.`);
  }
}

export function createFlows(deps: FlowDeps): Flows {
  const library = loadYearLibrary(bundledDataSources());
  const world = Object.values(library.worlds)[0];
  if (!world)
    deps.narrator.announce(`Les données de la commune sont illisibles : ${library.errors.join(' ')}`);
  const worldVars = world ? worldVarsOf(world) : DEFAULT_WORLD_VARS;
  return {
    practice: createPracticeFlow({ ...deps, catalogue: library.catalogue, worldVars }),
    year: createYearFlow({ ...deps, library }),
    binome: createBinomeFlow({ ...deps, catalogue: library.catalogue, worldVars }),
    facilitator: createFacilitatorFlow({ ...deps, catalogue: library.catalogue }),
    borne: deps.kiosk
      ? createBorneFlow({
          ...deps,
          ...deps.kiosk,
          catalogue: library.catalogue,
          worldVars,
          config: readBorneConfig(),
        })
      : null,
  };
}
