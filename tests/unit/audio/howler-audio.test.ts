import { describe, expect, it } from 'vitest';
import { SOUNDS, type SoundKey } from '../../../src/core/assets';
import { createHowlerAudio, type HowlLike, type HowlerModule } from '../../../src/audio/howler-audio';

interface FakeHowl extends HowlLike {
  readonly src: string;
  readonly loop: boolean;
  volumeValue: number;
  plays: number;
  stops: number;
}

function fakeHowler() {
  const created: FakeHowl[] = [];
  class Howl implements FakeHowl {
    readonly src: string;
    readonly loop: boolean;
    volumeValue: number;
    plays = 0;
    stops = 0;
    constructor(options: { src: string[]; loop: boolean; volume: number }) {
      this.src = options.src[0] ?? '';
      this.loop = options.loop;
      this.volumeValue = options.volume;
      created.push(this);
    }
    play() {
      this.plays += 1;
      return this.plays;
    }
    stop() {
      this.stops += 1;
    }
    volume(volume: number) {
      this.volumeValue = volume;
    }
    fade() {}
  }
  const module: HowlerModule = { Howl };
  return { module, created };
}

function setup() {
  const listeners = new Map<string, EventListener>();
  const target = {
    addEventListener: (type: string, listener: EventListener) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const { module, created } = fakeHowler();
  let loads = 0;
  const urls = Object.fromEntries(Object.keys(SOUNDS).map((key) => [key, `/sons/${key}.wav`])) as Record<
    SoundKey,
    string
  >;
  const audio = createHowlerAudio({
    urls,
    channelOf: (key) => SOUNDS[key].channel,
    loop: (key) => SOUNDS[key].loop,
    gestureTarget: target as unknown as EventTarget,
    loadHowler: () => {
      loads += 1;
      return Promise.resolve(module);
    },
  });
  const gesture = async () => {
    listeners.get('pointerdown')?.(new Event('pointerdown'));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { audio, created, listeners, gesture, loads: () => loads };
}

describe('createHowlerAudio', () => {
  it('creates no sound and loads no howler before the first gesture', () => {
    const { audio, created, loads } = setup();
    audio.playAmbience('ambiance-bureau');
    audio.playSfx('courriel');
    expect(created).toEqual([]);
    expect(loads()).toBe(0);
  });

  it('on the first gesture, stops listening and plays what was asked meanwhile', async () => {
    const { audio, created, listeners, gesture } = setup();
    audio.playAmbience('ambiance-bureau');
    audio.playSfx('clic');
    await gesture();
    expect(listeners.size).toBe(0);
    const ambience = created.find((howl) => howl.src.includes('ambiance-bureau'));
    expect(ambience?.loop).toBe(true);
    expect(ambience?.plays).toBe(1);
    expect(created.find((howl) => howl.src.includes('clic'))?.plays).toBe(1);
  });

  it('reuses one Howl per sound', async () => {
    const { audio, created, gesture } = setup();
    await gesture();
    audio.playSfx('tampon');
    audio.playSfx('tampon');
    expect(created.filter((howl) => howl.src.includes('tampon'))).toHaveLength(1);
  });

  it('applies channel volumes and mute to the sounds already created', async () => {
    const { audio, created, gesture } = setup();
    await gesture();
    audio.playSfx('courriel');
    audio.setVolume('cues', 0.25);
    expect(created[0]?.volumeValue).toBe(0.25);
    audio.setMuted(true);
    expect(created[0]?.volumeValue).toBe(0);
  });

  it('skips a one-shot sound whose channel is silent', async () => {
    const { audio, created, gesture } = setup();
    await gesture();
    audio.setVolume('ui', 0);
    audio.playSfx('clic');
    expect(created).toEqual([]);
  });

  it('replaces the ambience and stops it on request', async () => {
    const { audio, created, gesture } = setup();
    await gesture();
    audio.playAmbience('ambiance-bureau');
    audio.playAmbience('ambiance-bureau');
    expect(created[0]?.plays).toBe(1);
    audio.stopAmbience();
    expect(created[0]?.stops).toBe(1);
  });
});
