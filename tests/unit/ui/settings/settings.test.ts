import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  clampVolume,
  defaultSettings,
  parseSettings,
  timerFactor,
  type Settings,
} from '../../../../src/ui/settings/settings';

const defaults = defaultSettings();

describe('defaultSettings', () => {
  it('follows the system reduced-motion preference', () => {
    expect(defaultSettings({ prefersReducedMotion: true }).reducedMotion).toBe(true);
    expect(defaults.reducedMotion).toBe(false);
  });

  it('starts with subtitles on and normal timers', () => {
    expect(defaults.subtitles).toBe(true);
    expect(defaults.timers).toBe('normal');
  });
});

describe('timerFactor (RGAA 13.1)', () => {
  it.each([
    ['normal', 1],
    ['extended', 2],
    ['off', null],
  ] as const)('%s → %s', (mode, factor) => {
    expect(timerFactor(mode)).toBe(factor);
  });
});

describe('clampVolume', () => {
  it.each([
    [0.5, 0.5],
    [-1, 0],
    [3, 1],
    [0.333, 0.33],
    [Number.NaN, 0.7],
    [Number.POSITIVE_INFINITY, 0.7],
    ['0.5', 0.7],
    [null, 0.7],
  ])('%s → %s', (raw, expected) => {
    expect(clampVolume(raw, 0.7)).toBe(expected);
  });
});

describe('parseSettings', () => {
  it.each([
    ['null', null],
    ['a string', 'contraste'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('falls back to the defaults for %s', (_label, raw) => {
    expect(parseSettings(raw, defaults)).toEqual(defaults);
  });

  it('keeps the valid fields of a damaged object and defaults the others', () => {
    const parsed = parseSettings(
      {
        textSize: 'larger',
        highContrast: 'oui',
        timers: 'forever',
        volumes: { ui: 0.2, cues: 'fort' },
        muted: true,
      },
      defaults,
    );
    expect(parsed).toEqual({
      ...defaults,
      textSize: 'larger',
      muted: true,
      volumes: { ...defaults.volumes, ui: 0.2 },
    });
  });

  it('round-trips every valid settings object', () => {
    const settings = fc.record({
      textSize: fc.constantFrom('normal', 'large', 'larger'),
      highContrast: fc.boolean(),
      reducedMotion: fc.boolean(),
      subtitles: fc.boolean(),
      dyslexicFont: fc.boolean(),
      timers: fc.constantFrom('normal', 'extended', 'off'),
      volumes: fc.record({
        ambience: fc.integer({ min: 0, max: 100 }).map((v) => v / 100),
        ui: fc.integer({ min: 0, max: 100 }).map((v) => v / 100),
        cues: fc.integer({ min: 0, max: 100 }).map((v) => v / 100),
      }),
      muted: fc.boolean(),
    });
    fc.assert(
      fc.property(settings, (value: Settings) => {
        expect(parseSettings(JSON.parse(JSON.stringify(value)), defaults)).toEqual(value);
      }),
    );
  });

  it('never throws and always yields valid settings, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = parseSettings(raw, defaults);
        expect(['normal', 'large', 'larger']).toContain(parsed.textSize);
        expect(Object.values(parsed.volumes).every((v) => v >= 0 && v <= 1)).toBe(true);
      }),
    );
  });
});

describe('applyPatch', () => {
  it('merges volumes channel by channel', () => {
    const next = applyPatch(defaults, { volumes: { cues: 0.1 } });
    expect(next.volumes).toEqual({ ...defaults.volumes, cues: 0.1 });
  });

  it('rejects an out-of-range value by keeping the current one', () => {
    const next = applyPatch(
      { ...defaults, textSize: 'large' },
      { volumes: { ui: 9 }, textSize: 'huge' as never },
    );
    expect(next.textSize).toBe('large');
    expect(next.volumes.ui).toBe(1);
  });
});
