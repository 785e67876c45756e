import type { AudioChannel, SoundKey } from '../core/assets';
import type { AudioPort } from './audio-port';
import { INITIAL_MIXER, channelGain, withVolume, type MixerState } from './mixer';

/** One call the silent adapter saw, with the gain the sound would have had. */
export type AudioCall =
  | { readonly kind: 'sfx'; readonly key: SoundKey; readonly gain: number }
  | { readonly kind: 'ambience'; readonly key: SoundKey; readonly gain: number }
  | { readonly kind: 'stop-ambience' };

/** Plays nothing and records everything: for tests, and for pages that must stay silent. */
export function createSilentAudio(channelOf: (key: SoundKey) => AudioChannel): AudioPort & {
  readonly calls: AudioCall[];
  mixer(): MixerState;
} {
  let mixer = INITIAL_MIXER;
  const calls: AudioCall[] = [];
  return {
    calls,
    mixer: () => mixer,
    playSfx: (key) => calls.push({ kind: 'sfx', key, gain: channelGain(mixer, channelOf(key)) }),
    playAmbience: (key) => calls.push({ kind: 'ambience', key, gain: channelGain(mixer, 'ambience') }),
    stopAmbience: () => calls.push({ kind: 'stop-ambience' }),
    setVolume(channel, volume) {
      mixer = withVolume(mixer, channel, volume);
    },
    setMuted(muted) {
      mixer = { ...mixer, muted };
    },
  };
}
