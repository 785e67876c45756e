import { SOUNDS, isSoundKey, type SoundKey } from '../../core/assets';
import type { AudioPort } from '../../audio/audio-port';
import type { Narrator } from '../narrator';
import type { Subtitles } from './subtitles';

/** A cue as a scenario emits it (see `ScenarioCue` in the core). */
export interface CueLike {
  readonly kind: 'sfx' | 'ambience' | 'narration';
  readonly sound?: string;
  readonly text: string;
}

/** Plays sounds with their subtitles, and routes scenario cues to sound, subtitles or the narrator. */
export interface CuePlayer {
  /** A cue sound with its registry subtitle (UI sounds get none: they answer the player's own action). */
  play(key: SoundKey): void;
  ambience(key: SoundKey): void;
  stopAmbience(): void;
  handle(cue: CueLike): void;
}

export function createCuePlayer(audio: AudioPort, subtitles: Subtitles, narrator: Narrator): CuePlayer {
  const subtitle = (key: SoundKey, text?: string) => {
    if (SOUNDS[key].channel !== 'ui') subtitles.show(text ?? SOUNDS[key].subtitle);
  };
  return {
    play(key) {
      audio.playSfx(key);
      subtitle(key);
    },
    ambience(key) {
      audio.playAmbience(key);
    },
    stopAmbience() {
      audio.stopAmbience();
    },
    handle(cue) {
      if (cue.kind === 'narration') {
        narrator.announce(cue.text);
        return;
      }
      if (cue.sound === undefined || !isSoundKey(cue.sound)) {
        subtitles.show(cue.text);
        return;
      }
      if (cue.kind === 'ambience') audio.playAmbience(cue.sound);
      else audio.playSfx(cue.sound);
      subtitle(cue.sound, cue.text);
    },
  };
}
