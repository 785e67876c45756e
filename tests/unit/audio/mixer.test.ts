import { describe, expect, it } from 'vitest';
import { INITIAL_MIXER, channelGain, withVolume } from '../../../src/audio/mixer';

describe('channelGain', () => {
  it('is the channel volume when not muted', () => {
    expect(channelGain(withVolume(INITIAL_MIXER, 'cues', 0.3), 'cues')).toBe(0.3);
  });

  it('is 0 on every channel when muted', () => {
    const muted = { ...INITIAL_MIXER, muted: true };
    expect(['ambience', 'ui', 'cues'].map((c) => channelGain(muted, c as 'ui'))).toEqual([0, 0, 0]);
  });

  it.each([
    [2, 1],
    [-0.5, 0],
    [Number.NaN, 0],
  ])('clamps a volume of %s to %s', (volume, gain) => {
    expect(channelGain(withVolume(INITIAL_MIXER, 'ui', volume), 'ui')).toBe(gain);
  });

  it('changes one channel only', () => {
    const next = withVolume(INITIAL_MIXER, 'ambience', 0);
    expect(next.volumes.ui).toBe(INITIAL_MIXER.volumes.ui);
    expect(next.volumes.cues).toBe(INITIAL_MIXER.volumes.cues);
  });
});
