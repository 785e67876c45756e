import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBorneConfig, readVisit, type BorneConfig } from '../../../../src/core/borne';
import type { Evidence, Verdict } from '../../../../src/core/scoring/evidence';
import { repoCatalogue } from '../scenario/repo-scenarios';

const raw: unknown = JSON.parse(readFileSync('scenarios/borne/borne.json', 'utf8'));
const parsed = parseBorneConfig(raw);
if (!parsed.ok) throw new Error(parsed.error);
const config: BorneConfig = parsed.value;

function said(step: string, verdict: Verdict): Evidence {
  return {
    scenarioId: 'une-journee-en-mairie',
    step,
    date: '2026-10-06',
    role: 'sgm',
    competences: ['RNCP41781-BC02-03'],
    verdict,
    weight: 2,
    choice: 'réponse',
    explanation: `explication de ${step}`,
    reference: 'réf.',
  };
}

const levels = (evidence: readonly Evidence[]) =>
  Object.fromEntries(readVisit(evidence, config).traits.map((reading) => [reading.trait, reading.level]));

describe('the kiosk’s data file', () => {
  it('names the taste’s scenario, and a moment for each of its scored decisions', () => {
    const scenario = repoCatalogue().scenarios[config.scenario];
    expect(scenario).toBeDefined();
    expect(Object.keys(scenario?.scoring ?? {}).sort()).toEqual(Object.keys(config.moments).sort());
  });

  it.each([
    ['an operator code of letters', { operatorCode: 'abcd' }, 'operatorCode'],
    ['an address that is not the web', { link: { url: 'javascript:alert(1)', label: 'x' } }, 'link.url'],
    ['a countdown too short to read', { countdownSeconds: 3 }, 'countdownSeconds'],
    [
      'an unknown side of the job',
      { moments: { a: { title: 't', done: 'd', traits: ['chance'] } } },
      'traits',
    ],
  ])('refuses %s, in one French sentence naming the field', (_case, change, field) => {
    const result = parseBorneConfig({ ...(raw as object), ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('scenarios/borne/borne.json');
      expect(result.error).toContain(field);
    }
  });
});

describe('readVisit: what a visit says', () => {
  it.each<[string, Evidence[], Record<string, string>]>([
    [
      'all right',
      [
        said('guichet-acte', 'conforme'),
        said('bulletins-identiques', 'conforme'),
        said('achat-sans-publicite', 'conforme'),
        said('maire-interessee', 'conforme'),
      ],
      { contact: 'fort', rigueur: 'fort', autonomie: 'fort', variete: 'fort' },
    ],
    [
      'all wrong',
      [
        said('guichet-acte', 'illegal'),
        said('bulletins-identiques', 'risque'),
        said('achat-procedure-adaptee', 'illegal'),
        said('maire-interessee', 'risque'),
      ],
      { contact: 'a-decouvrir', rigueur: 'a-decouvrir', autonomie: 'a-decouvrir', variete: 'a-decouvrir' },
    ],
    [
      'good with people, less with rules',
      [
        said('guichet-acte', 'conforme'),
        said('bulletins-identiques', 'illegal'),
        said('achat-sans-publicite', 'acceptable'),
        said('maire-interessee', 'conforme'),
      ],
      { contact: 'fort', rigueur: 'present', autonomie: 'fort', variete: 'present' },
    ],
    [
      'abandoned after one moment',
      [said('guichet-acte', 'conforme')],
      { contact: 'fort', rigueur: 'a-decouvrir' },
    ],
    ['nothing answered', [], { contact: 'a-decouvrir', variete: 'a-decouvrir' }],
  ])('%s', (_case, evidence, expected) => {
    expect(levels(evidence)).toMatchObject(expected);
  });

  it('recalls each moment once, in the order played, with its outcome and explanation', () => {
    const reading = readVisit(
      [
        said('bulletins-identiques', 'acceptable'),
        said('guichet-acte', 'risque'),
        said('guichet-acte', 'conforme'),
      ],
      config,
    );
    expect(reading.moments.map(({ title, outcome }) => [title, outcome])).toEqual([
      ['Le soir de l’élection', 'presque'],
      ['Au guichet', 'a-revoir'],
    ]);
    expect(reading.moments[1]?.explanation).toBe('explication de guichet-acte');
  });

  it('ignores what the data file does not name, and always ends on a warm sentence', () => {
    const reading = readVisit([said('autre-decision', 'conforme')], config);
    expect(reading.moments).toEqual([]);
    expect(reading.summary).toMatch(/recrutent|recrute/);
    expect(reading.traits).toHaveLength(4);
  });
});
