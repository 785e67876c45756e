import { describe, expect, it } from 'vitest';
import { judgeChoices, type PairChoice } from '../../../../src/core/binome';
import { yearDashboard } from '../../../../src/core/binome/dashboard';
import { PLAN_PACK_ID, yearPlan, type LegalStep, type Quarter } from '../../../../src/core/binome/plan';
import type { Scalar } from '../../../../src/core/scenario/format/schema';
import type { MeterChange } from '../../../../src/core/scenario/runtime/context';
import { repoScenario } from '../../scenarios/scenario-kit';

const { scenario } = repoScenario(PLAN_PACK_ID);

const agreed = (decision: string, option: string): PairChoice => ({
  decision,
  advised: option,
  decided: option,
  explained: true,
});

const LAWFUL = [
  agreed('vote-budget', 'avril'),
  agreed('route-avant-vote', 'autorisation'),
  agreed('toiture-procedure', 'mapa'),
  agreed('salle-financement', 'plafond'),
  agreed('publicite-deliberations', 'publier'),
];

/** The pack's own costs and envelope: route 28 800, toiture 141 600, salle 96 000, numérique 14 400, aire 42 000. */
const VARS = {
  ...scenario.vars,
  cpRoute: 't1',
  cpToiture: 't3',
  cpSalle: 't4',
  cpNumerique: 'report',
  cpAire: 'report',
};

const planOf = (choices: readonly PairChoice[], vars: Record<string, Scalar> = VARS) =>
  yearPlan(judgeChoices(scenario, choices, vars), vars);

/** Each step of the plan by its id, with the quarter it falls in. */
const stepsOf = (
  choices: readonly PairChoice[],
  vars?: Record<string, Scalar>,
): Record<string, readonly [Quarter, LegalStep]> =>
  Object.fromEntries(
    planOf(choices, vars).quarters.flatMap((quarter) =>
      quarter.steps.map((step) => [step.id, [quarter.id, step] as const]),
    ),
  );

describe('the plan of the year', () => {
  it('places the projects by quarter, the law’s steps on the calendar, and the total within the envelope', () => {
    const plan = planOf(LAWFUL);
    expect(
      plan.quarters.map((quarter) => [quarter.id, quarter.projects.map((project) => project.id)]),
    ).toEqual([
      ['t1', ['route']],
      ['t2', []],
      ['t3', ['toiture']],
      ['t4', ['salle']],
    ]);
    expect(plan.quarters.map((quarter) => quarter.steps.map((step) => step.id))).toEqual([
      ['route', 'salle'],
      ['budget', 'publicite', 'toiture'],
      [],
      [],
    ]);
    expect(plan.deferred.map((project) => project.id)).toEqual(['numerique', 'aire']);
    expect(plan.undecided).toEqual([]);
    expect([plan.total, plan.envelope]).toEqual([266_400, 270_000]);
    expect(plan.budget).toMatchObject({ status: 'prevu', reference: 'CGCT L1612-4' });
    expect(plan.budget.text).toContain('il reste 3\u202f600\u00a0€');
    expect(plan.toReview).toEqual([]);
    for (const step of plan.quarters.flatMap((quarter) => quarter.steps)) {
      expect(step.status, step.id).toBe('prevu');
      expect(step.reference, step.id).toMatch(/^(CGCT|CCP) [LR]\d/);
    }
  });

  it.each([
    ['vote-budget', 'mai', 'budget', 't2', 'a-revoir', 'CGCT L1612-2', /n’est pas conforme au droit/],
    [
      'vote-budget',
      'anticipe',
      'budget',
      't2',
      'a-revoir',
      'CGCT L1612-2 ; CGCT L1612-4',
      /risque juridique/,
    ],
    ['route-avant-vote', 'commande', 'route', 't1', 'a-revoir', 'CGCT L1612-1', /n’est pas conforme/],
    ['route-avant-vote', 'attendre', 'route', 't2', 'prevu', 'CGCT L1612-1', /attend le vote du budget/],
    ['toiture-procedure', 'devis', 'toiture', 't2', 'a-revoir', 'CCP R2122-8', /n’est pas conforme/],
    ['toiture-procedure', 'site', 'toiture', 't2', 'a-revoir', 'CCP R2131-12', /n’est pas conforme/],
    ['toiture-procedure', 'prix', 'toiture', 't2', 'a-revoir', 'CCP L2152-7', /n’est pas conforme/],
    ['salle-financement', 'neuf-dixiemes', 'salle', 't1', 'a-revoir', 'CGCT L1111-10', /n’est pas conforme/],
    ['salle-financement', 'departement', 'salle', 't1', 'prevu', 'CGCT L1111-10', /40\u00a0% au Département/],
    [
      'publicite-deliberations',
      'attendre',
      'publicite',
      't2',
      'a-revoir',
      'CGCT L2131-1 ; CGCT L2121-25',
      /n’est pas conforme/,
    ],
    [
      'publicite-deliberations',
      'conseillers',
      'publicite',
      't2',
      'a-revoir',
      'CGCT L2131-1 ; CGCT L2121-25',
      /n’est pas conforme/,
    ],
  ])(
    '%s decided « %s »: step %s in %s, %s, with %s',
    (decision, option, id, quarter, status, reference, text) => {
      const choices = LAWFUL.map((choice) =>
        choice.decision === decision ? agreed(decision, option) : choice,
      );
      const [when, step] = stepsOf(choices)[id] ?? [];
      expect(when).toBe(quarter);
      expect(step).toMatchObject({ status, reference });
      expect(step?.text).toMatch(text);
      if (status === 'a-revoir') {
        expect(step?.note).toContain(reference.split(' ; ')[0]);
        expect(planOf(choices).toReview).toContainEqual(step);
      } else expect(step?.note).toBeUndefined();
    },
  );

  it('asks to review works placed before the vote when the pair chose to wait for it (CGCT L1612-1)', () => {
    const waiting = LAWFUL.map((choice) =>
      choice.decision === 'route-avant-vote' ? agreed('route-avant-vote', 'attendre') : choice,
    );
    const early = stepsOf(waiting)['route-calendrier'];
    expect(early?.[0]).toBe('t1');
    expect(early?.[1]).toMatchObject({ status: 'a-revoir', reference: 'CGCT L1612-1' });
    expect(stepsOf(waiting, { ...VARS, cpRoute: 't2' })['route-calendrier']).toBeUndefined();
    expect(stepsOf(LAWFUL)['route-calendrier']).toBeUndefined();
  });

  it('asks to review projects beyond the envelope (CGCT L1612-4)', () => {
    const plan = planOf(LAWFUL, { ...VARS, cpNumerique: 't2' });
    expect(plan.total).toBe(280_800);
    expect(plan.budget).toMatchObject({ status: 'a-revoir', reference: 'CGCT L1612-4' });
    expect(plan.budget.text).toContain('10\u202f800\u00a0€ de plus');
    expect(plan.budget.note).toMatch(/équilibre réel/);
    expect(plan.toReview[0]).toBe(plan.budget);
  });

  it('lists what the pair did not decide as « à convenir », and counts nothing it did not place', () => {
    const plan = planOf([], { ...scenario.vars });
    expect(plan.undecided.map((project) => project.id)).toEqual([
      'route',
      'toiture',
      'salle',
      'numerique',
      'aire',
    ]);
    expect(plan.total).toBe(0);
    const steps = plan.quarters.flatMap((quarter) => quarter.steps);
    expect(steps).toHaveLength(5);
    expect(steps.every((step) => step.status === 'a-convenir')).toBe(true);
  });
});

describe('the dashboard of the year', () => {
  const change = (meter: string, delta: number, reason: string): MeterChange => ({
    meter,
    delta,
    reason,
    step: 'x',
    date: '2027-01-12',
  });

  it('starts each meter where the year does and moves it by the pair’s choices, in words too', () => {
    const meters = yearDashboard([
      change('securiteJuridique', 2, 'Budget voté à temps.'),
      change('securiteJuridique', -3, 'Commande sans autorisation.'),
      change('chargeDeTravail', 3, 'Une consultation.'),
      change('inconnu', 5, 'ignoré'),
    ]);
    expect(meters.map((meter) => [meter.meter, meter.value, meter.delta, meter.trend])).toEqual([
      ['confianceMaire', 60, 0, 'stable'],
      ['securiteJuridique', 59, -1, 'en baisse'],
      ['santeFinanciere', 60, 0, 'stable'],
      ['satisfactionUsagers', 60, 0, 'stable'],
      ['chargeDeTravail', 43, 3, 'en hausse'],
    ]);
    expect(meters[1]?.reasons).toEqual(['Commande sans autorisation.', 'Budget voté à temps.']);
    expect(meters[4]?.burden).toBe(true);
  });

  it('clamps each change to 0–100, as the year does', () => {
    const [confiance] = yearDashboard([
      change('confianceMaire', 50, 'a'),
      change('confianceMaire', -10, 'b'),
    ]);
    expect(confiance?.value).toBe(90);
  });
});
