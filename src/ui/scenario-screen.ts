import { isRoomKey, isSoundKey, SOUND_KEYS } from '../core/assets';
import type { ScenarioSessionPort } from '../core/scenario';
import { dateParts, isIsoDate } from '../core/dates';
import type { AudioPort } from '../audio/audio-port';
import { resolveDocumentImage, resolvePortrait } from './asset-urls';
import type { Narrator } from './narrator';
import { scenarioHostScreen } from './screens/scenario-host';
import type { TimerMode } from './settings/settings';
import type { Shell } from './shell';
import type { Subtitles } from './sound/subtitles';
import type { ScenarioStage } from './stage/stage-binding';

/** The shell's services every game flow uses to show a scenario. */
export interface GameServices {
  readonly shell: Shell;
  readonly narrator: Narrator;
  readonly subtitles: Subtitles;
  readonly audio: AudioPort;
  readonly timerMode: () => TimerMode;
}

/** What the stage needs of a flow to put the scenario's people in the room. */
export type StageSource = Pick<ScenarioStage, 'roles' | 'confidence'>;

/** The month (0 = January) of a scenario's in-game date, or undefined when it is not a date. */
function scenarioMonth(date: string): number | undefined {
  return isIsoDate(date) ? dateParts(date).month - 1 : undefined;
}

/**
 * Shows a running scenario in the scenario host, with its rooms behind, its people in them (when the flow gives
 * a stage source) and its sounds played (the host shows the subtitles and says narration cues itself). `onDone`
 * runs on the end step's « Voir le bilan ».
 */
export function showScenario(
  services: GameServices,
  port: ScenarioSessionPort,
  onDone: () => void,
  stage?: StageSource,
  presentation: { readonly kicker?: string; readonly network?: boolean } = {},
): void {
  port.onCue((cue) => {
    if (cue.sound === undefined || !isSoundKey(cue.sound)) return;
    if (cue.kind === 'ambience') services.audio.playAmbience(cue.sound);
    else if (cue.kind === 'sfx') services.audio.playSfx(cue.sound);
  });
  services.shell.screens.show(
    scenarioHostScreen({
      session: port,
      announce: (text) => services.narrator.announce(text),
      showSubtitle: (text) => services.subtitles.show(text),
      resolvePortrait,
      resolveDocumentImage,
      timerMode: services.timerMode,
      onScene: (scene) => {
        // The wall calendar shows the scenario's month, not the device's (a practice run has no year).
        if (isRoomKey(scene)) services.shell.showRoom(scene, scenarioMonth(port.currentDate()));
      },
      onDone,
      ...(stage
        ? {
            stage: {
              ...stage,
              show: (model) => services.shell.showCast(model),
              objects: services.shell.objects,
            },
          }
        : {}),
      ...(presentation.kicker === undefined ? {} : { kicker: presentation.kicker }),
      network: presentation.network ?? true,
      onNetworkAnswer: (contact) =>
        services.audio.playSfx(contact === 'voisin' ? SOUND_KEYS.phone : SOUND_KEYS.mail),
    }),
  );
}
