import { describe, expect, it } from 'vitest';
import {
  accountsDeadlines,
  budgetDeadlines,
  checkYearConfig,
  convocationDeadlineOf,
  installationWindow,
  isScenarioFile,
  parseYearConfig,
  quarterDeadlines,
  type YearConfig,
} from '../../../../src/core/year';
import { repoYearLibrary, TEST_YEAR } from './year-fixtures';

const library = repoYearLibrary();

function config(id: string): YearConfig {
  const found = library.years[id];
  if (!found) throw new Error(`année ${id} absente`);
  return found;
}

describe('year configurations as data', () => {
  it('load without error, with the commune', () => {
    expect(library.errors).toEqual([]);
    expect(Object.keys(library.years).sort()).toEqual(['annee-2026', 'annee-2027', TEST_YEAR]);
    expect(Object.keys(library.worlds)).toEqual(['saint-aubin-sur-loire']);
  });

  it.each(['annee-2026', 'annee-2027', TEST_YEAR])(
    '%s is playable with the scenarios of the repository',
    (id) => {
      const world = library.worlds['saint-aubin-sur-loire'];
      if (!world) throw new Error('commune absente');
      // A missing scenario shows here with the loader's own French message.
      expect(checkYearConfig(config(id), world, library.catalogue.scenarios)).toEqual([]);
    },
  );

  it('keeps world/ and years/ out of the scenario catalogue, and events/ in it', () => {
    expect(isScenarioFile('scenarios/world/saint-aubin.json')).toBe(false);
    expect(isScenarioFile('scenarios/years/annee-2027.json')).toBe(false);
    expect(isScenarioFile('tests/fixtures/years/annee-2027-tutoriel.json')).toBe(false);
    expect(isScenarioFile('scenarios/events/evenement-courrier-acte-deces.json')).toBe(true);
    expect(isScenarioFile('scenarios/premier-jour.json')).toBe(true);
    expect(library.catalogue.scenarios['evenement-courrier-acte-deces']).toBeDefined();
  });

  it('names a missing scenario in French', () => {
    const world = library.worlds['saint-aubin-sur-loire'];
    if (!world) throw new Error('commune absente');
    const broken = {
      ...config(TEST_YEAR),
      scheduled: [{ id: 'x', scenario: 'scenario-fantome', hours: 2, date: '2027-03-01' }],
    };
    expect(checkYearConfig(broken, world, library.catalogue.scenarios)).toEqual([
      'Année « annee-2027-tutoriel » › x : le scénario « scenario-fantome » est introuvable dans le catalogue (fichier absent ou invalide).',
    ]);
  });

  it.each([
    [
      'a budget council after 15 April',
      (c: YearConfig) => ({
        ...c,
        councils: c.councils.map((x) => (x.votesBudget ? { ...x, date: '2027-04-16' } : x)),
      }),
      /après la date limite du jeudi 15 avril 2027 \(CGCT L1612-2\)/,
    ],
    [
      'a scheduled scenario that may draw a variant dated another year',
      (c: YearConfig) => ({
        ...c,
        scheduled: c.scheduled.map((x) =>
          x.scenario === 'premier-jour' ? { ...x, variants: undefined } : x,
        ),
      }),
      /la variante « seance-vendredi-2026 » de « premier-jour » est datée du lundi 5 janvier 2026 ; gardez dans « variants » celles de 2027/,
    ],
    [
      'a quarter without a council',
      (c: YearConfig) => ({ ...c, councils: c.councils.filter((x) => x.id !== 'conseil-septembre') }),
      /trimestre sans séance du conseil \(CGCT L2121-7\)/,
    ],
  ])('refuses %s', (_label, change, message) => {
    const world = library.worlds['saint-aubin-sur-loire'];
    if (!world) throw new Error('commune absente');
    expect(checkYearConfig(change(config(TEST_YEAR)), world, library.catalogue.scenarios).join('\n')).toMatch(
      message,
    );
  });

  it('refuses a malformed configuration with French paths', () => {
    const result = parseYearConfig({ ...config(TEST_YEAR), councils: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Année invalide : councils/);
  });
});

describe('legal deadlines computed by the rule engines', () => {
  it.each([
    ['annee-2027', '2027-04-15', '2027-04-15', '2027-04-30', false],
    ['annee-2026', '2026-04-30', '2026-04-30', '2026-05-15', true],
  ])(
    '%s: budget by %s (CGCT L1612-2), rates by %s (CGI art. 1639 A), transmission by %s (L1612-8)',
    (id, vote, rates, transmission, renewal) => {
      const c = config(id);
      expect(c.renewalYear).toBe(renewal);
      const deadlines = budgetDeadlines(c);
      expect(deadlines.vote).toMatchObject({ date: vote, reference: 'CGCT L1612-2', uncertain: false });
      expect(deadlines.taxRates).toMatchObject({ date: rates, reference: 'CGI art. 1639 A' });
      expect(deadlines.transmission).toMatchObject({
        date: transmission,
        reference: 'CGCT L1612-8 (numérotation à vérifier, ordonnance n° 2025-526)',
      });
    },
  );

  it('closes the 2025 accounts with a compte administratif by 30 June 2026, certain', () => {
    const accounts = accountsDeadlines(config('annee-2026'));
    expect(accounts.document).toBe('compte administratif');
    expect(accounts.vote).toMatchObject({ date: '2026-06-30', uncertain: false });
    expect(accounts.transmission).toMatchObject({ date: '2026-07-15', uncertain: false });
  });

  it('closes the 2026 accounts with the first compte financier unique, dates flagged uncertain', () => {
    const accounts = accountsDeadlines(config('annee-2027'));
    expect(accounts.document).toBe('compte financier unique');
    expect(accounts.vote.uncertain).toBe(true);
    expect(accounts.transmission.uncertain).toBe(true);
  });

  it('asks for one council a quarter (CGCT L2121-7)', () => {
    expect(quarterDeadlines(2027).map((d) => [d.date, d.reference])).toEqual([
      ['2027-03-31', 'CGCT L2121-7'],
      ['2027-06-30', 'CGCT L2121-7'],
      ['2027-09-30', 'CGCT L2121-7'],
      ['2027-12-31', 'CGCT L2121-7'],
    ]);
  });

  it.each([
    ['2027-02-26', false, '2027-02-22', 'CGCT L2121-11'],
    ['2027-04-08', false, '2027-04-04', 'CGCT L2121-11'],
    ['2026-03-21', true, '2026-03-17', 'CGCT L2121-7'],
  ])('a meeting on %s (installation: %s) is convened by %s (%s)', (date, installation, latest, reference) => {
    const council = { id: 'x', date, label: 'Séance', agenda: 'ordre du jour', installation };
    expect(convocationDeadlineOf(council, date, 1200)).toMatchObject({ date: latest, reference });
  });

  it('holds the 2026 installation meeting from the Friday to the Sunday after the first round', () => {
    expect(installationWindow('2026-03-15')).toEqual({ from: '2026-03-20', to: '2026-03-22' });
    const installation = config('annee-2026').councils.find((council) => council.installation);
    expect(installation?.date).toBe('2026-03-21');
  });
});
