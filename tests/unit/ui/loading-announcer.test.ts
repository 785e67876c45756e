import { describe, expect, it } from 'vitest';
import { createLoadingAnnouncer } from '../../../src/ui/loading-announcer';

function setup() {
  const said: string[] = [];
  let tick: (() => void) | null = null;
  let stopped = false;
  const announcer = createLoadingAnnouncer(
    { announce: (text) => said.push(text) },
    {
      every: (run) => {
        tick = run;
        return () => {
          stopped = true;
        };
      },
    },
  );
  return { said, announcer, tick: () => tick?.(), stopped: () => stopped };
}

describe('createLoadingAnnouncer', () => {
  it('says nothing when loading ends before the first tick', () => {
    const { said, announcer, stopped } = setup();
    announcer.progress(1);
    announcer.done();
    expect(said).toEqual([]);
    expect(stopped()).toBe(true);
  });

  it('says the percentage on each tick of a slow load, then that it is over', () => {
    const { said, announcer, tick } = setup();
    announcer.progress(0.4);
    tick();
    announcer.progress(0.8);
    tick();
    announcer.done();
    tick();
    expect(said).toEqual([
      'Chargement des illustrations : 40 %',
      'Chargement des illustrations : 80 %',
      'Illustrations chargées.',
    ]);
  });
});
