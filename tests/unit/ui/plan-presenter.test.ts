import { describe, expect, it } from 'vitest';
import { PLAN_PACK_ID } from '../../../src/core/binome/plan';
import { autoplay } from '../../../src/core/scenario';
import { presentDashboard, presentPlan } from '../../../src/ui/binome/plan-presenter';
import { choose, playGoodBotExcept, repoScenario } from '../scenarios/scenario-kit';

const { scenario, program } = repoScenario(PLAN_PACK_ID);
const named = { mandate: 'maire', eluName: 'Hélène', sgmName: 'Karim' } as const;

describe('the plan of the year screen’s words', () => {
  it('a careful pair: its names and commune, the four quarters, the budget within the envelope, nothing to review', () => {
    // Everything but the online services and the playground: within the envelope.
    const run = playGoodBotExcept(program, 0, {
      'numerique-quand': choose('report'),
      'aire-quand': choose('report'),
    });
    expect(run.snapshot.status).toBe('done');
    const model = presentPlan(scenario, named, run.snapshot.context);
    const commune = String(run.snapshot.context.vars['commune']);
    expect(model.heading).toBe('Plan de l’année 2027');
    expect(model.parties).toBe(`Préparé par Hélène (maire) et Karim (SGM), à la mairie de ${commune}.`);
    expect(model.reviewLine).toBe('');
    expect(model.quarters.map((quarter) => quarter.label)).toEqual([
      '1er trimestre (janvier à mars)',
      '2e trimestre (avril à juin)',
      '3e trimestre (juillet à septembre)',
      '4e trimestre (octobre à décembre)',
    ]);
    const steps = model.quarters.flatMap((quarter) => quarter.steps);
    expect(steps).toHaveLength(5);
    expect(steps.every((step) => step.statusLabel === '' && step.note === '')).toBe(true);
    expect(model.budget.status).toBe('prevu');
    expect(model.quarters.flatMap((quarter) => quarter.projects).join(' ')).toMatch(/\d\u202f\d{3}\u00a0€/);
    expect(model.deferredLine).toBe('Reporté en 2028\u00a0: les démarches en ligne, l’aire de jeux.');
    expect(model.undecidedLine).toBe('');
    expect(model.dashboard).toHaveLength(5);
  });

  it('a careless pair: every point to review is counted and labelled, with the law and its reference', () => {
    const run = autoplay(program, { seed: 0 }, 'careless', 0);
    const model = presentPlan(
      scenario,
      { mandate: 'adjoint', eluName: '', sgmName: '' },
      run.snapshot.context,
    );
    const toReview = [model.budget, ...model.quarters.flatMap((quarter) => quarter.steps)].filter(
      (step) => step.status === 'a-revoir',
    );
    expect(toReview.length).toBeGreaterThanOrEqual(5);
    expect(model.reviewLine).toMatch(new RegExp(`^${toReview.length} point\\(s\\) à revoir`));
    for (const step of toReview) {
      expect(step.statusLabel).toBe('À revoir');
      expect(step.note).toMatch(/(CGCT|CCP) [LR]\d{4}/);
    }
    expect(model.parties).toMatch(/^Préparé par l’adjoint\(e\) et le ou la SGM/);
  });

  it('writes each meter of the dashboard in words: value, trend, last cause, the burden said as such', () => {
    const lines = presentDashboard([
      {
        meter: 'chargeDeTravail',
        delta: 3,
        reason: 'Une consultation à préparer.',
        step: 'x',
        date: '2027-01-12',
      },
    ]);
    expect(lines.find((line) => line.meter === 'chargeDeTravail')).toEqual({
      meter: 'chargeDeTravail',
      label: 'Charge de travail',
      value: '43\u00a0/\u00a0100',
      trend: 'en hausse de 3 depuis le début de l’année (une hausse est une charge)',
      lastReason: 'Une consultation à préparer.',
    });
    expect(lines.find((line) => line.meter === 'confianceMaire')?.trend).toBe(
      'stable depuis le début de l’année',
    );
  });
});
