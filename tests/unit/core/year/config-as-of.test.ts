import { describe, expect, it } from 'vitest';
import {
  parseYearConfig,
  scenariosAddedSince,
  yearConfigAsOf,
  type YearConfig,
} from '../../../../src/core/year';
import { repoYearLibrary } from './year-fixtures';

const library = repoYearLibrary();
const today = library.years['annee-2027'];
if (!today) throw new Error('annee-2027 absente');
const year: YearConfig = today;

const scheduledIds = (config: YearConfig) => config.scheduled.map((item) => item.id);

describe('the year as it was at an earlier version', () => {
  it('schedules the interviews in the first quarter and a seasonal recruitment before summer since version 3', () => {
    expect(year.version).toBe(3);
    const added = year.scheduled.filter((item) => item.since === 3);
    expect(added.map((item) => item.scenario)).toEqual(['entretien-professionnel', 'recrutement']);
    for (const item of added)
      for (const variant of library.catalogue.scenarios[item.scenario]?.variants ?? [])
        if (item.variants === undefined || item.variants.includes(variant.id))
          expect(String(variant.vars['date']) < '2027-04-01').toBe(true);
    const recruitment = added.find((item) => item.scenario === 'recrutement');
    expect(recruitment?.variants?.every((variant) => variant.startsWith('saison-'))).toBe(true);
  });

  it('leaves out what was added since, and says which version it is', () => {
    const asOf2 = yearConfigAsOf(year, 2);
    expect(asOf2.version).toBe(2);
    expect(scheduledIds(asOf2)).not.toContain('entretien');
    expect(scheduledIds(asOf2)).not.toContain('recrutement');
    expect(asOf2.scheduled).toHaveLength(year.scheduled.length - 2);
    expect(asOf2.events).toEqual(year.events);
    expect(scenariosAddedSince(year, 2)).toEqual(['entretien-professionnel', 'recrutement']);
  });

  it('gives today’s year at today’s version or a later one, and adds nothing', () => {
    expect(yearConfigAsOf(year, 3)).toBe(year);
    expect(yearConfigAsOf(year, 7)).toBe(year);
    expect(scenariosAddedSince(year, 3)).toEqual([]);
  });

  it('keeps at version 1 only what has no « since »', () => {
    const asOf1 = yearConfigAsOf(year, 1);
    expect(asOf1.scheduled.every((item) => item.since === undefined)).toBe(true);
    expect(asOf1.events.every((item) => item.since === undefined)).toBe(true);
  });

  it('refuses an item said to be added by a version later than the year, in French', () => {
    const future = {
      ...year,
      events: year.events.map((event, index) => (index === 0 ? { ...event, since: 4 } : event)),
    };
    const parsed = parseYearConfig(future);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(
      /events\[0\]\.since : ajouté par la version 4, plus récente que l’année \(version 3\)/,
    );
  });
});
