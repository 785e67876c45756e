// The only module that reaches Howler, and only after the player's first gesture: no AudioContext is created
// before it, so Chromium prints no autoplay warning, and howler stays out of the initial bundle.
import type { AudioChannel, SoundKey } from '../core/assets';
import type { AudioPort } from './audio-port';
import { INITIAL_MIXER, channelGain, withVolume, type MixerState } from './mixer';

/** The part of a Howl the adapter uses. */
export interface HowlLike {
  play(): number;
  stop(): unknown;
  volume(volume: number): unknown;
  fade(from: number, to: number, duration: number): unknown;
}

/** The part of the howler module the adapter uses; tests pass a fake. */
export interface HowlerModule {
  readonly Howl: new (options: {
    src: string[];
    format: string[];
    loop: boolean;
    volume: number;
    html5: boolean;
  }) => HowlLike;
}

export interface HowlerAudioOptions {
  /** Built URL of every sound. */
  readonly urls: Readonly<Record<SoundKey, string>>;
  /** Channel of every sound (from the registry). */
  readonly channelOf: (key: SoundKey) => AudioChannel;
  readonly loop: (key: SoundKey) => boolean;
  /** Where the first pointerdown or keydown is awaited (the document). */
  readonly gestureTarget: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  readonly loadHowler?: () => Promise<HowlerModule>;
}

const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;
const AMBIENCE_FADE_MS = 600;

export function createHowlerAudio(options: HowlerAudioOptions): AudioPort {
  const loadHowler = options.loadHowler ?? (() => import('howler'));
  const howls = new Map<SoundKey, HowlLike>();
  let howler: HowlerModule | null = null;
  let mixer: MixerState = INITIAL_MIXER;
  let ambience: SoundKey | null = null;
  let playingAmbience: HowlLike | null = null;
  let pendingSfx: SoundKey[] = [];

  const howl = (module: HowlerModule, key: SoundKey): HowlLike => {
    const existing = howls.get(key);
    if (existing) return existing;
    const created = new module.Howl({
      src: [options.urls[key]],
      format: ['wav'],
      loop: options.loop(key),
      volume: channelGain(mixer, options.channelOf(key)),
      html5: false,
    });
    howls.set(key, created);
    return created;
  };

  const startAmbience = (module: HowlerModule, key: SoundKey) => {
    playingAmbience?.stop();
    playingAmbience = howl(module, key);
    const gain = channelGain(mixer, 'ambience');
    playingAmbience.volume(gain);
    playingAmbience.play();
    playingAmbience.fade(0, gain, AMBIENCE_FADE_MS);
  };

  const applyGains = () => {
    howls.forEach((sound, key) => {
      sound.volume(channelGain(mixer, options.channelOf(key)));
    });
  };

  const unlock = () => {
    GESTURES.forEach((type) => options.gestureTarget.removeEventListener(type, unlock, true));
    void loadHowler().then((module) => {
      howler = module;
      if (ambience) startAmbience(module, ambience);
      pendingSfx.forEach((key) => howl(module, key).play());
      pendingSfx = [];
    });
  };
  GESTURES.forEach((type) => options.gestureTarget.addEventListener(type, unlock, true));

  return {
    playSfx(key) {
      if (channelGain(mixer, options.channelOf(key)) === 0) return;
      if (howler) howl(howler, key).play();
      else if (pendingSfx.length < 4) pendingSfx.push(key);
    },
    playAmbience(key) {
      if (ambience === key && playingAmbience) return;
      ambience = key;
      if (howler) startAmbience(howler, key);
    },
    stopAmbience() {
      ambience = null;
      playingAmbience?.stop();
      playingAmbience = null;
    },
    setVolume(channel, volume) {
      mixer = withVolume(mixer, channel, volume);
      applyGains();
    },
    setMuted(muted) {
      mixer = { ...mixer, muted };
      applyGains();
    },
  };
}
