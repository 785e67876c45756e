import { describe, expect, it } from 'vitest';
import { createNarrator } from '../../../src/ui/narrator';

describe('createNarrator', () => {
  it('clears the region then writes the text on the next tick, so a repeated sentence is read again', () => {
    const region = { textContent: 'ancien' as string | null };
    const pending: (() => void)[] = [];
    const narrator = createNarrator(region, (run) => pending.push(run));
    narrator.announce('Chargement terminé.');
    expect(region.textContent).toBe('');
    pending.forEach((run) => run());
    expect(region.textContent).toBe('Chargement terminé.');
  });

  it('keeps only the latest of quick successive announcements', () => {
    const region = { textContent: null as string | null };
    const pending: (() => void)[] = [];
    const narrator = createNarrator(region, (run) => pending.push(run));
    narrator.announce('Un');
    narrator.announce('Deux');
    pending.forEach((run) => run());
    expect(region.textContent).toBe('Deux');
  });
});
