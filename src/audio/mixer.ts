import type { AudioChannel } from '../core/assets';

/** Volumes of the channels and the mute switch: the whole mixer state. */
export interface MixerState {
  readonly volumes: Readonly<Record<AudioChannel, number>>;
  readonly muted: boolean;
}

/** Gain a sound of `channel` plays at: 0 when muted, else the channel's volume clamped to [0, 1]. */
export function channelGain(state: MixerState, channel: AudioChannel): number {
  if (state.muted) return 0;
  const volume = state.volumes[channel];
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0;
}

export const INITIAL_MIXER: MixerState = { volumes: { ambience: 0.4, ui: 0.6, cues: 0.8 }, muted: false };

/** The mixer after a volume change. */
export function withVolume(state: MixerState, channel: AudioChannel, volume: number): MixerState {
  return { ...state, volumes: { ...state.volumes, [channel]: volume } };
}
