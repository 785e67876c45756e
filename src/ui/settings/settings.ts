import type { AudioChannel } from '../../core/assets';

/** Three text sizes (RGAA 10.4): the overlay's rem scale. */
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * How timed steps behave (RGAA 13.1): the scenario's time, twice as long, or no time limit.
 * The timer runner reads it through {@link timerFactor}.
 */
export const TIMER_MODES = ['normal', 'extended', 'off'] as const;
export type TimerMode = (typeof TIMER_MODES)[number];

/** Every player preference, persisted as one JSON object. */
export interface Settings {
  readonly textSize: TextSize;
  readonly highContrast: boolean;
  readonly reducedMotion: boolean;
  readonly subtitles: boolean;
  readonly dyslexicFont: boolean;
  readonly timers: TimerMode;
  /** Per channel, from 0 to 1. */
  readonly volumes: Readonly<Record<AudioChannel, number>>;
  readonly muted: boolean;
}

/** A partial change; volumes may be given for some channels only. */
export type SettingsPatch = Partial<Omit<Settings, 'volumes'>> & {
  readonly volumes?: Partial<Record<AudioChannel, number>>;
};

/** What the environment says before the player chooses (the OS's reduced-motion preference). */
export interface SettingsEnvironment {
  readonly prefersReducedMotion: boolean;
}

export function defaultSettings(
  environment: SettingsEnvironment = { prefersReducedMotion: false },
): Settings {
  return {
    textSize: 'normal',
    highContrast: false,
    reducedMotion: environment.prefersReducedMotion,
    subtitles: true,
    dyslexicFont: false,
    timers: 'normal',
    volumes: { ambience: 0.4, ui: 0.6, cues: 0.8 },
    muted: false,
  };
}

/** Factor applied to a scenario's time limit, or null when timers are switched off. */
export function timerFactor(mode: TimerMode): number | null {
  if (mode === 'off') return null;
  return mode === 'extended' ? 2 : 1;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.find((candidate) => candidate === value) ?? fallback;

const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** A volume in [0, 1], rounded to the percent; anything else falls back. */
export function clampVolume(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/**
 * Reads stored settings field by field: a missing, corrupt or unknown value takes its default, so an old or
 * damaged save never crashes the game nor loses the fields that are still valid.
 */
export function parseSettings(raw: unknown, defaults: Settings): Settings {
  if (!isRecord(raw)) return defaults;
  const volumes = isRecord(raw.volumes) ? raw.volumes : {};
  return {
    textSize: oneOf(TEXT_SIZES, raw.textSize, defaults.textSize),
    highContrast: bool(raw.highContrast, defaults.highContrast),
    reducedMotion: bool(raw.reducedMotion, defaults.reducedMotion),
    subtitles: bool(raw.subtitles, defaults.subtitles),
    dyslexicFont: bool(raw.dyslexicFont, defaults.dyslexicFont),
    timers: oneOf(TIMER_MODES, raw.timers, defaults.timers),
    volumes: {
      ambience: clampVolume(volumes.ambience, defaults.volumes.ambience),
      ui: clampVolume(volumes.ui, defaults.volumes.ui),
      cues: clampVolume(volumes.cues, defaults.volumes.cues),
    },
    muted: bool(raw.muted, defaults.muted),
  };
}

/** Applies a patch; the result is parsed again so a bad value from a control cannot slip in. */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return parseSettings({ ...current, ...patch, volumes: { ...current.volumes, ...patch.volumes } }, current);
}
