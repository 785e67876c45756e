/**
 * Registry of the sounds synthesised by `scripts/make-assets.ts` (mono 16-bit PCM WAV, 22 050 Hz).
 * Every sound carries its French subtitle, shown when subtitles are on (RGAA 4.1 / WCAG 1.2).
 */

/** Mixer channels: each has its own volume in the settings. */
export const AUDIO_CHANNELS = ['ambience', 'ui', 'cues'] as const;
/** One of {@link AUDIO_CHANNELS}. */
export type AudioChannel = (typeof AUDIO_CHANNELS)[number];

/** A sound file with its channel and subtitle. */
export interface SoundAsset {
  /** Relative to `assets/`. */
  readonly file: string;
  readonly channel: AudioChannel;
  /** French subtitle, between brackets as in subtitling practice. */
  readonly subtitle: string;
  readonly loop: boolean;
}

/** Keys scenarios use in their cues. */
export const SOUND_KEYS = {
  uiClick: 'clic',
  mail: 'courriel',
  phone: 'telephone',
  stamp: 'tampon',
  paper: 'papier',
  success: 'reussite',
  warning: 'alerte',
  countTick: 'decompte',
  officeAmbience: 'ambiance-bureau',
} as const;
/** One of {@link SOUND_KEYS}. */
export type SoundKey = (typeof SOUND_KEYS)[keyof typeof SOUND_KEYS];

const sound = (name: string, channel: AudioChannel, subtitle: string, loop = false): SoundAsset => ({
  file: `sounds/${name}.wav`,
  channel,
  subtitle,
  loop,
});

/** Sound key → file, channel, subtitle and looping. */
export const SOUNDS: Readonly<Record<SoundKey, SoundAsset>> = {
  clic: sound('clic', 'ui', '[Clic]'),
  courriel: sound('courriel', 'cues', '[Notification : nouveau courriel]'),
  telephone: sound('telephone', 'cues', '[Le téléphone sonne]'),
  tampon: sound('tampon', 'cues', '[Coup de tampon]'),
  papier: sound('papier', 'cues', '[Bruit de papier]'),
  reussite: sound('reussite', 'cues', '[Carillon de réussite]'),
  alerte: sound('alerte', 'cues', '[Signal d’alerte]'),
  decompte: sound('decompte', 'cues', '[Tic du décompte]'),
  'ambiance-bureau': sound(
    'ambiance-bureau',
    'ambience',
    '[Ambiance : bourdonnement feutré du bureau, horloge]',
    true,
  ),
};
