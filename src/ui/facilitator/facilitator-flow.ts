import type { AppEvent } from '../../app/app-events';
import { ROOM_KEYS } from '../../core/assets';
import type { Catalogue } from '../../core/scenario';
import type { GameServices } from '../scenario-screen';
import {
  emptyDraft,
  facilitatorPacks,
  presentFiles,
  readImportedFile,
  withImported,
  type FacilitatorDraft,
} from './facilitator-presenter';
import { facilitatorScreen } from './facilitator-screen';
import { presentRoom } from './room-presenter';
import { roomScreen } from './room-screen';

export interface FacilitatorFlowDeps extends GameServices {
  readonly catalogue: Catalogue;
  readonly print: () => void;
  readonly send: (event: AppEvent) => void;
}

/** « Animer un atelier »: rendered when the app machine enters its state. */
export interface FacilitatorFlow {
  show(): void;
}

/**
 * The facilitator's mode: the pairs' codes and files, then the room's debrief. The draft lives in this closure
 * while the mode is open and starts empty each time: nothing is written to the device, nothing is sent.
 */
export function createFacilitatorFlow(deps: FacilitatorFlowDeps): FacilitatorFlow {
  const { shell, narrator, send } = deps;
  const menu = () => send({ type: 'app.menu' });
  const packs = facilitatorPacks(deps.catalogue);

  function showEditing(draft: FacilitatorDraft): void {
    shell.screens.show(
      facilitatorScreen({
        packs,
        draft,
        fileLines: (next) => presentFiles(next, packs),
        importFiles: (from, files) =>
          withImported(
            from,
            files.map((file) => readImportedFile(file, packs)),
          ),
        announce: (text) => narrator.announce(text),
        onDebrief: showRoom,
        onMenu: menu,
      }),
    );
  }

  function showRoom(draft: FacilitatorDraft): void {
    const pack = packs.find((candidate) => candidate.id === draft.packId) ?? packs[0];
    if (!pack) return;
    const model = presentRoom(pack, draft, packs);
    shell.screens.show(
      roomScreen({ model, print: deps.print, onEdit: () => showEditing(draft), onMenu: menu }),
    );
    narrator.announce(`${model.heading}. ${model.pairsLine}`);
  }

  return {
    show() {
      if (packs.length === 0) {
        narrator.announce('Aucun pack binôme n’a pu être chargé : le débrief de la salle est indisponible.');
        menu();
        return;
      }
      shell.showRoom(ROOM_KEYS.mairie);
      showEditing(emptyDraft(packs));
    },
  };
}
