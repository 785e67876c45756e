import type { AudioChannel, SoundKey } from '../core/assets';

/**
 * What the game asks of sound. The Howler adapter plays it; the silent adapter records it in tests.
 * Sound keys come from the registry, which also tells each sound's channel.
 */
export interface AudioPort {
  /** A one-shot sound on its registry channel (ui or cues). */
  playSfx(key: SoundKey): void;
  /** Starts a looping ambience, replacing the current one. */
  playAmbience(key: SoundKey): void;
  stopAmbience(): void;
  /** Volume of a channel, 0 to 1. */
  setVolume(channel: AudioChannel, volume: number): void;
  setMuted(muted: boolean): void;
}
