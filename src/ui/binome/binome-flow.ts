import type { AppEvent } from '../../app/app-events';
import { resultFileOf } from '../../core/binome';
import { CONTRACT_PACK_ID } from '../../core/binome/contract';
import { PLAN_PACK_ID } from '../../core/binome/plan';
import { binomePacks } from '../../core/binome/packs';
import { ROOM_KEYS } from '../../core/assets';
import { compileScenario, openScenarioSession, type Catalogue } from '../../core/scenario';
import type { Scalar } from '../../core/scenario/format/schema';
import type { LmsLink } from '../../lms/scorm12';
import { trackPractice } from '../../lms/track';
import type { XapiLink } from '../../lms/xapi-link';
import { trackPracticeXapi } from '../../lms/xapi-track';
import type { GameServices } from '../scenario-screen';
import { binomeContractScreen } from './binome-contract';
import { binomeDebriefScreen } from './binome-debrief';
import { binomePlanScreen } from './binome-plan';
import { binomePlayScreen } from './binome-play';
import { presentBinomeDebrief } from './binome-presenter';
import { presentContract } from './contract-presenter';
import { presentPlan } from './plan-presenter';
import { binomeSetupScreen } from './binome-setup';

/** The binôme pack the mode plays by default (issue 18: « Situations de tension » is the first of three). */
export const BINOME_PACK_ID = 'situations-de-tension';

export interface BinomeFlowDeps extends GameServices {
  /** The SCORM platform, when it launched a binôme pack as a SCO. */
  readonly lms: LmsLink | null;
  /** The cmi5 platform, when one launched the game. */
  readonly xapi: XapiLink | null;
  readonly catalogue: Catalogue;
  readonly worldVars: Readonly<Record<string, Scalar>>;
  readonly drawSeed: () => number;
  readonly print: () => void;
  readonly today: () => string;
  readonly download: (fileName: string, blob: Blob) => void;
  readonly send: (event: AppEvent) => void;
}

/** « En binôme »: rendered when the app machine enters its state. */
export interface BinomeFlow {
  show(): void;
}

/**
 * The binôme mode: the pair's setup (where it chooses the pack), the pack played on one screen with its hand-overs,
 * then the pair's debrief and, after « Contrat de confiance », the contract to print and sign; after « Co-piloter
 * l’année » (played with the year's dashboard beside it), the plan of the year to print.
 * Nothing is kept: the result code is the only trace, and the pair takes it away.
 */
export function createBinomeFlow(deps: BinomeFlowDeps): BinomeFlow {
  const { shell, catalogue, send } = deps;
  const menu = () => send({ type: 'app.menu' });
  let untrack: () => void = () => undefined;
  return {
    show() {
      // A platform that launched one pack as its entry point (sco=binome&id=…) plays that pack alone.
      const entry = deps.lms?.launch ?? deps.xapi?.entry ?? null;
      const launched = entry?.sco === 'binome' ? entry.packId : null;
      const pack = catalogue.scenarios[launched ?? BINOME_PACK_ID];
      if (!pack) {
        deps.narrator.announce('Le pack « Situations de tension » n’a pas pu être chargé.');
        menu();
        return;
      }
      shell.showRoom(ROOM_KEYS.mairie);
      // Otherwise the pair chooses among every pack of the game, the default first.
      const packs = launched
        ? [pack]
        : [pack, ...binomePacks(catalogue).filter((other) => other.id !== pack.id)];
      shell.screens.show(
        binomeSetupScreen({
          packs,
          onBack: menu,
          onStart: (pair, code, packId) => {
            const played = packs.find((candidate) => candidate.id === packId) ?? pack;
            const seed = code ?? deps.drawSeed();
            const program = compileScenario(played, catalogue.scenarios);
            const session = openScenarioSession(program, { seed, worldVars: deps.worldVars });
            const announce = (text: string) => deps.narrator.announce(text);
            // A new session of the pack is the one the platform hears from now on.
            untrack();
            const untrackScorm = deps.lms
              ? trackPractice(deps.lms, program, session, announce, 'binome')
              : () => undefined;
            const untrackXapi = deps.xapi
              ? trackPracticeXapi(deps.xapi, program, session, 'binome')
              : () => undefined;
            untrack = () => {
              untrackScorm();
              untrackXapi();
            };
            shell.screens.show(
              binomePlayScreen({
                session,
                pair,
                dashboard: played.id === PLAN_PACK_ID,
                onMenu: menu,
                onEnd: () => {
                  const context = session.snapshot().context;
                  const model = presentBinomeDebrief(played, pair, context);
                  const next = {
                    [CONTRACT_PACK_ID]: {
                      label: 'Voir le contrat de confiance',
                      action: 'contrat',
                      run: contract,
                    },
                    [PLAN_PACK_ID]: { label: 'Voir le plan de l’année', action: 'plan', run: plan },
                  }[played.id];
                  function debrief(): void {
                    shell.screens.show(
                      binomeDebriefScreen({
                        model,
                        resultFile: resultFileOf(played.id, model.code, deps.today()),
                        download: deps.download,
                        ...(next ? { next } : {}),
                        onMenu: menu,
                        print: deps.print,
                      }),
                    );
                  }
                  function contract(): void {
                    shell.screens.show(
                      binomeContractScreen({
                        model: presentContract(played, pair, context),
                        onDebrief: debrief,
                        onMenu: menu,
                        print: deps.print,
                      }),
                    );
                  }
                  function plan(): void {
                    shell.screens.show(
                      binomePlanScreen({
                        model: presentPlan(played, pair, context),
                        onDebrief: debrief,
                        onMenu: menu,
                        print: deps.print,
                      }),
                    );
                  }
                  debrief();
                },
              }),
            );
          },
        }),
      );
    },
  };
}
