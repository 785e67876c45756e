import { describe, expect, it } from 'vitest';
import { SOUNDS } from '../../../../src/core/assets';
import { createSilentAudio } from '../../../../src/audio/silent-audio';
import { createCuePlayer } from '../../../../src/ui/sound/cue-player';

function setup() {
  const audio = createSilentAudio((key) => SOUNDS[key].channel);
  const subtitles: string[] = [];
  const spoken: string[] = [];
  const player = createCuePlayer(
    audio,
    { show: (text) => subtitles.push(text), clear: () => undefined },
    { announce: (text) => spoken.push(text) },
  );
  return { audio, subtitles, spoken, player };
}

describe('createCuePlayer', () => {
  it('plays a cue with its registry subtitle', () => {
    const { audio, subtitles, player } = setup();
    player.play('telephone');
    expect(audio.calls[0]).toMatchObject({ kind: 'sfx', key: 'telephone' });
    expect(subtitles).toEqual(['[Le téléphone sonne]']);
  });

  it('gives no subtitle to the UI click', () => {
    const { subtitles, player } = setup();
    player.play('clic');
    expect(subtitles).toEqual([]);
  });

  it('routes scenario cues: sound with the scenario text, narration to the narrator', () => {
    const { audio, subtitles, spoken, player } = setup();
    player.handle({ kind: 'sfx', sound: 'tampon', text: '[Le maire tamponne l’arrêté]' });
    player.handle({ kind: 'narration', text: 'La séance est ouverte.' });
    player.handle({ kind: 'ambience', sound: 'ambiance-bureau', text: '[Bureau calme]' });
    expect(audio.calls.map((call) => call.kind)).toEqual(['sfx', 'ambience']);
    expect(subtitles).toEqual(['[Le maire tamponne l’arrêté]', '[Bureau calme]']);
    expect(spoken).toEqual(['La séance est ouverte.']);
  });

  it('still shows the subtitle of a cue whose sound is unknown', () => {
    const { audio, subtitles, player } = setup();
    player.handle({ kind: 'sfx', sound: 'klaxon', text: '[Klaxon]' });
    expect(audio.calls).toEqual([]);
    expect(subtitles).toEqual(['[Klaxon]']);
  });
});
