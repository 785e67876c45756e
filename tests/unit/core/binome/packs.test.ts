import { describe, expect, it } from 'vitest';
import { binomePacks } from '../../../../src/core/binome/packs';
import { repoCatalogue } from '../scenario/repo-scenarios';

describe('the binôme packs of a catalogue', () => {
  it('are the scenarios filed under scenarios/binome/, in the order of their titles', () => {
    const catalogue = repoCatalogue();
    const packs = binomePacks(catalogue);
    expect(packs.map((pack) => pack.id)).toContain('situations-de-tension');
    expect(packs.every((pack) => catalogue.files[pack.id]?.startsWith('scenarios/binome/'))).toBe(true);
    const titles = packs.map((pack) => pack.title);
    expect([...titles].sort((a, b) => a.localeCompare(b, 'fr'))).toEqual(titles);
  });

  it('leave out the practice scenarios, the year’s events and a pack filed elsewhere', () => {
    const catalogue = repoCatalogue();
    const pack = catalogue.scenarios['situations-de-tension'];
    if (!pack) throw new Error('pack absent');
    const moved = {
      scenarios: catalogue.scenarios,
      files: { ...catalogue.files, [pack.id]: 'scenarios/x.json' },
    };
    expect(binomePacks(moved).map((found) => found.id)).not.toContain(pack.id);
    const ids = binomePacks(catalogue).map((found) => found.id);
    expect(ids).not.toContain('premier-jour');
    expect(ids.some((id) => id.startsWith('evenement-'))).toBe(false);
  });
});
