import { describe, expect, it } from 'vitest';
import { BUDGET_REFERENCES } from '../../../../src/core/rules/budget';
import {
  CONSEQUENCES,
  createYearEnv,
  meterValues,
  weekViewOf,
  type YearState,
} from '../../../../src/core/year';
import { apply, newYear, playPlannedWeek, playWeeks, repoYearLibrary, yearEnv } from './year-fixtures';

const env = yearEnv();
const start = newYear(env);

function evidenceOf(state: YearState, step: string) {
  return state.evidence.filter((item) => item.step === step);
}

function council(state: YearState, id: string) {
  return state.councils.find((item) => item.id === id);
}

describe('consequences of the calendar', () => {
  it('a convocation sent in time holds the meeting (CGCT L2121-11)', () => {
    const state = playWeeks(env, start, 9);
    expect(council(state, 'conseil-fevrier')).toMatchObject({
      status: 'tenue',
      date: '2027-02-26',
      postponements: 0,
    });
    expect(evidenceOf(state, 'convocation.conseil-fevrier')).toEqual([
      expect.objectContaining({
        verdict: 'conforme',
        reference: 'CGCT L2121-11',
        competences: ['RNCP41781-BC01-01'],
      }),
    ]);
  });

  it('a convocation sent too late postpones the meeting by a week', () => {
    const skipConvocation = (task: { id: string }) => task.id === 'convocation.conseil-fevrier';
    const week8 = playWeeks(env, start, 7, skipConvocation);
    expect(week8.week).toBe(7);
    // Monday 22 February is the last day; sent on Tuesday 23 it leaves only two jours francs.
    const late = playPlannedWeek(env, week8, [['convocation.conseil-fevrier', 1]]);
    expect(council(late, 'conseil-fevrier')).toMatchObject({
      date: '2027-03-05',
      postponements: 1,
      status: 'prevue',
    });
    expect(evidenceOf(late, 'convocation.conseil-fevrier')).toEqual([
      expect.objectContaining({ verdict: 'risque', reference: 'CGCT L2121-11' }),
    ]);
    expect(late.journal.map((entry) => entry.text)).toContain(
      'Convocation envoyée trop tard : la séance du vendredi 26 février 2027 est reportée au vendredi 5 mars 2027.',
    );
    const held = playWeeks(env, late, 1);
    expect(council(held, 'conseil-fevrier')).toMatchObject({ status: 'tenue', date: '2027-03-05' });
  });

  it('a scenario held at a meeting (`council` anchor) moves with it when the meeting is postponed', () => {
    const library = repoYearLibrary();
    const world = library.worlds[env.config.world];
    if (!world) throw new Error('commune absente');
    const config = {
      ...env.config,
      scheduled: [
        ...env.config.scheduled,
        { id: 'seance', scenario: 'evenement-maire-demande-reunion', hours: 2, council: 'conseil-fevrier' },
      ],
    };
    const bound = createYearEnv(world, config, library.catalogue.scenarios);
    if (!bound.ok) throw new Error(bound.error);
    const activity = (state: YearState) => state.activities.find((item) => item.id === 'seance');
    expect(activity(newYear(bound.value))?.date).toBe('2027-02-26');
    const week8 = playWeeks(
      bound.value,
      newYear(bound.value),
      7,
      (task) => task.id === 'convocation.conseil-fevrier',
    );
    const late = playPlannedWeek(bound.value, week8, [['convocation.conseil-fevrier', 1]]);
    expect(council(late, 'conseil-fevrier')?.date).toBe('2027-03-05');
    expect(activity(late)).toMatchObject({ date: '2027-03-05', status: 'a-venir' });
  });

  it('a convocation never sent postpones the meeting week after week, and the quarter is missed (CGCT L2121-7)', () => {
    const state = playWeeks(env, start, 13, (task) => task.id === 'convocation.conseil-fevrier');
    expect(state.week).toBe(13);
    expect(council(state, 'conseil-fevrier')).toMatchObject({ status: 'prevue', postponements: 6 });
    expect(council(state, 'conseil-fevrier')?.date).toBe('2027-04-09');
    expect(evidenceOf(state, 'convocation.conseil-fevrier')).toHaveLength(6);
    expect(evidenceOf(state, 'trimestre-1')).toEqual([
      expect.objectContaining({ verdict: 'illegal', reference: 'CGCT L2121-7', weight: 2 }),
    ]);
    const held = playWeeks(env, state, 1);
    expect(council(held, 'conseil-fevrier')).toMatchObject({ status: 'tenue', date: '2027-04-09' });
  });

  it('a budget not voted by 15 April goes to the chambre régionale des comptes, then the préfet settles it', () => {
    const skipBudget = (task: { kind: string; subject: string | null }) =>
      task.kind === 'budget' || task.subject === 'conseil-budget';
    const state = playWeeks(env, start, 20, skipBudget);
    const crc = evidenceOf(state, 'budget-vote');
    expect(crc).toEqual([
      expect.objectContaining({
        verdict: 'illegal',
        weight: 3,
        reference: 'CGCT L1612-2',
        date: '2027-04-16',
      }),
    ]);
    expect(state.journal.map((entry) => entry.text)).toEqual(
      expect.arrayContaining([
        'Le préfet saisit la chambre régionale des comptes : le budget n’a pas été voté à temps.',
        'Sur avis de la chambre régionale des comptes, le préfet règle le budget : la commune a perdu la main sur ses choix.',
      ]),
    );
    expect(state.tasks.filter((task) => task.kind === 'budget').map((task) => task.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    expect(state.tasks.some((task) => task.id === 'taux')).toBe(false);
    const meters = state.meterLog.filter(
      (entry) => entry.cause.kind === 'consequence' && entry.cause.consequenceId === 'budgetReferredToCrc',
    );
    expect(meters.map((entry) => entry.meter).sort()).toEqual([
      'confianceMaire',
      'santeFinanciere',
      'securiteJuridique',
    ]);
  });

  it('a budget voted in time opens the rates and transmission tasks, each with its legal date', () => {
    const state = playWeeks(env, start, 16);
    expect(evidenceOf(state, 'budget-vote')).toEqual([
      expect.objectContaining({ verdict: 'conforme', weight: 3 }),
    ]);
    expect(evidenceOf(state, 'taux')).toEqual([
      expect.objectContaining({ verdict: 'conforme', reference: 'CGI art. 1639 A' }),
    ]);
    expect(evidenceOf(state, 'budget-transmission')).toEqual([
      expect.objectContaining({
        verdict: 'conforme',
        reference: 'CGCT L1612-8 (numérotation à vérifier, ordonnance n° 2025-526)',
      }),
    ]);
  });

  it('erratum 10 — the transmission (L1612-8, number to check) weighs only what its confirmed 15-day rule supports', () => {
    expect(CONSEQUENCES.transmissionInTime).toMatchObject({
      weight: 1,
      reference: BUDGET_REFERENCES.transmission,
    });
    expect(CONSEQUENCES.transmissionMissed).toMatchObject({
      weight: 1,
      reference: BUDGET_REFERENCES.transmission,
    });
    expect(CONSEQUENCES.transmissionMissed.meters).toEqual({ securiteJuridique: -3 });
    expect(BUDGET_REFERENCES.transmission).toContain('numérotation à vérifier');
  });

  it('rates notified late: last year’s rates apply (CGI art. 1639 A)', () => {
    const state = playWeeks(env, start, 16, (task) => task.id === 'taux');
    expect(evidenceOf(state, 'taux')).toEqual([
      expect.objectContaining({ verdict: 'risque', date: '2027-04-15' }),
    ]);
  });

  it('a short event left unanswered costs the service, traced to its deadline', () => {
    const state = playWeeks(env, start, 4, (task) => task.id === 'evenement.courrier-deces');
    expect(evidenceOf(state, 'evenement.courrier-deces')).toEqual([
      expect.objectContaining({ verdict: 'risque', competences: ['RNCP41781-BC02-03'], weight: 1 }),
    ]);
    const traced = state.meterLog.find(
      (entry) => entry.cause.kind === 'echeance' && entry.cause.taskId === 'evenement.courrier-deces',
    );
    expect(traced).toMatchObject({ meter: 'satisfactionUsagers', delta: -3 });
  });

  it('a closed counter lowers the satisfaction of the users, each slot traced', () => {
    const state = apply(env, start, { type: 'week.plan', slots: [] }, { type: 'week.end' });
    const closed = state.meterLog.filter((entry) => entry.cause.kind === 'echeance');
    expect(closed.map((entry) => [entry.meter, entry.delta])).toEqual([
      ['satisfactionUsagers', -2],
      ['satisfactionUsagers', -2],
      ['satisfactionUsagers', -2],
    ]);
    expect(meterValues(state.meterLog).satisfactionUsagers).toBe(54);
    expect(
      weekViewOf(env, state).meters.find((m) => m.meter === 'satisfactionUsagers')?.why[0]?.reason,
    ).toMatch(/guichet fermé/);
  });

  it('traces every change of every meter to a cause, with a French reason', () => {
    const state = playWeeks(env, start, 20, (task) => task.kind === 'budget');
    expect(state.meterLog.length).toBeGreaterThan(20);
    for (const entry of state.meterLog) {
      expect(entry.reason.length).toBeGreaterThan(10);
      expect(entry.cause.kind).toMatch(/^(scenario|verdicts|echeance|consequence|semaine)$/);
      expect(Number.isInteger(entry.delta)).toBe(true);
    }
  });
});
