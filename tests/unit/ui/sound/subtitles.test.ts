import { describe, expect, it } from 'vitest';
import { createSubtitles } from '../../../../src/ui/sound/subtitles';

function setup(enabled: boolean) {
  const strip = { textContent: null as string | null, hidden: false as boolean | 'until-found' };
  const timers: (() => void)[] = [];
  const subtitles = createSubtitles(strip, {
    enabled: () => enabled,
    schedule: (run) => {
      timers.push(run);
      return () => undefined;
    },
  });
  return { strip, timers, subtitles };
}

describe('createSubtitles', () => {
  it('starts hidden', () => {
    expect(setup(true).strip.hidden).toBe(true);
  });

  it('shows a subtitle then hides it when its time is up', () => {
    const { strip, timers, subtitles } = setup(true);
    subtitles.show('[Coup de tampon]');
    expect(strip).toEqual({ textContent: '[Coup de tampon]', hidden: false });
    timers[0]?.();
    expect(strip).toEqual({ textContent: '', hidden: true });
  });

  it('shows nothing when subtitles are off', () => {
    const { strip, subtitles } = setup(false);
    subtitles.show('[Clic]');
    expect(strip.hidden).toBe(true);
  });
});
