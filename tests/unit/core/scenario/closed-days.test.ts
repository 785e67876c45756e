import { describe, expect, it } from 'vitest';
import { defaultKnowledge, validateScenario, type ScenarioError } from '../../../../src/core/scenario';
import { repoCatalogue } from './repo-scenarios';
import { closedDayOf } from '../../../../src/core/scenario/format/closed-days';

/** The tutorial as the validators read it (compiled), which every check accepts, changed one thing at a time. */
const base = JSON.parse(JSON.stringify(repoCatalogue().scenarios['premier-jour'])) as Record<
  string,
  unknown
> & {
  dates: string[];
  closedDayReason?: string;
  variants: { id: string; vars: Record<string, unknown>; closedDayReason?: string }[];
  steps: Record<string, Record<string, unknown>>;
};
const knowledge = defaultKnowledge();
const REASON = 'Le scrutin a lieu un dimanche (code électoral L55).';

function errorsOf(change: (scenario: typeof base) => void): ScenarioError[] {
  const scenario = structuredClone(base);
  change(scenario);
  const result = validateScenario(scenario, 'essai.json', knowledge);
  return result.ok ? [] : result.error;
}

/** Every variant starts on `date`. */
function startingOn(date: string): (scenario: typeof base) => void {
  return (scenario) => {
    scenario.dates = [date];
    for (const variant of scenario.variants) variant.vars.date = date;
  };
}

describe('closedDayOf: the days the game’s mairie is closed (code du travail L3133-1)', () => {
  it.each([
    ['2026-05-25', 'lundi de Pentecôte'],
    ['2026-04-06', 'lundi de Pâques'],
    ['2026-05-14', 'Ascension'],
    ['2026-05-01', 'fête du Travail'],
    ['2026-07-14', 'fête nationale'],
    ['2026-11-11', 'Armistice 1918'],
    ['2026-12-25', 'Noël'],
    ['2027-01-01', 'jour de l’an'],
    ['2026-06-13', 'samedi'],
    ['2026-06-14', 'dimanche'],
    ['2026-06-15', null],
    ['2026-05-26', null],
  ])('%s → %s', (date, closed) => {
    expect(closedDayOf(date as Parameters<typeof closedDayOf>[0])).toBe(closed);
  });
});

describe('erratum 11 — cli validate refuses a day the mairie is closed, unless the scenario says why', () => {
  it('accepts the tutorial as it is', () => {
    expect(errorsOf(() => undefined)).toEqual([]);
  });

  it('erratum 11 — refuses a variant dated on Whit Monday 2026 (toiture-juin’s old date), in French', () => {
    const errors = errorsOf((scenario) => {
      const first = scenario.variants[0];
      if (first) first.vars.date = '2026-05-25';
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'variants[0].vars.date', found: '"2026-05-25"' });
    expect(errors[0]?.message).toContain('lundi 25 mai 2026');
    expect(errors[0]?.message).toContain('lundi de Pentecôte');
    expect(errors[0]?.message).toContain('variants[0].closedDayReason');
  });

  it('erratum 11 — refuses a step an advanceDate moves to a Saturday, naming the step', () => {
    const errors = errorsOf((scenario) => {
      startingOn('2027-01-11')(scenario);
      const step = scenario.steps['demande-intro'];
      if (step) step.effects = [{ type: 'advanceDate', days: 5 }];
    });
    // Every variant starts that Monday: the same step on the same day is reported once.
    expect(errors.map((error) => [error.path, error.found])).toEqual([
      ['steps.demande-intro', '"2027-01-16"'],
    ]);
    expect(errors[0]?.message).toContain('samedi 16 janvier 2027');
  });

  it.each<[string, (scenario: typeof base) => void]>([
    [
      'the scenario',
      (scenario) => {
        scenario.closedDayReason = REASON;
      },
    ],
    [
      'each variant',
      (scenario) => {
        for (const variant of scenario.variants) variant.closedDayReason = REASON;
      },
    ],
  ])('erratum 11 — a Sunday is accepted when %s says why', (_where, excuse) => {
    expect(errorsOf(startingOn('2027-03-14'))).not.toEqual([]);
    expect(
      errorsOf((scenario) => {
        startingOn('2027-03-14')(scenario);
        excuse(scenario);
      }),
    ).toEqual([]);
  });

  it('erratum 11 — a step moved to a Saturday is accepted when the step says why', () => {
    const moved = (scenario: typeof base): void => {
      startingOn('2027-01-11')(scenario);
      const step = scenario.steps['demande-intro'];
      if (step) step.effects = [{ type: 'advanceDate', days: 5 }];
    };
    expect(
      errorsOf((scenario) => {
        moved(scenario);
        const step = scenario.steps['demande-intro'];
        if (step) step.closedDayReason = 'La fête de la commune se tient le samedi, en mairie.';
      }),
    ).toEqual([]);
  });

  it('erratum 11 — a reason too short to say anything is refused by the schema', () => {
    const errors = errorsOf((scenario) => {
      scenario.closedDayReason = 'dimanche';
    });
    expect(errors.map((error) => error.path)).toEqual(['closedDayReason']);
  });
});
