import { describe, expect, it } from 'vitest';
import { SOUNDS } from '../../../src/core/assets';
import { createSilentAudio } from '../../../src/audio/silent-audio';

describe('createSilentAudio', () => {
  it('records each call with the gain it would have had', () => {
    const audio = createSilentAudio((key) => SOUNDS[key].channel);
    audio.setVolume('cues', 0.5);
    audio.playSfx('telephone');
    audio.setMuted(true);
    audio.playAmbience('ambiance-bureau');
    audio.stopAmbience();
    expect(audio.calls).toEqual([
      { kind: 'sfx', key: 'telephone', gain: 0.5 },
      { kind: 'ambience', key: 'ambiance-bureau', gain: 0 },
      { kind: 'stop-ambience' },
    ]);
  });
});
