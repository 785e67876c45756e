import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult, judgeChoices, pairChoicesOf } from '../../../src/core/binome';
import { yearDashboard } from '../../../src/core/binome/dashboard';
import { PLAN_PACK_ID, yearPlan } from '../../../src/core/binome/plan';
import { advanceRun, autoplay, startRun, viewOf } from '../../../src/core/scenario';
import { expectJointChoices, expectLegalPointsStaged } from './binome-pack-kit';
import { choose, evidenceOf, markOf, playGoodBotExcept, repoScenario, submit } from './scenario-kit';

const { scenario, program } = repoScenario(PLAN_PACK_ID);
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;
/** The points the law frames: private cards, a discussion, an advised decision, the law. */
const LEGAL = ['budget', 'route', 'toiture', 'salle', 'publicite'];
/** The pair's joint choices: each project's quarter, or next year. */
const JOINT: Readonly<Record<string, string>> = {
  'route-quand': 'cpRoute',
  'toiture-quand': 'cpToiture',
  'salle-quand': 'cpSalle',
  'numerique-quand': 'cpNumerique',
  'aire-quand': 'cpAire',
};
const DECISIONS = [
  'vote-budget',
  'route-avant-vote',
  'toiture-procedure',
  'salle-financement',
  'publicite-deliberations',
];
/** Code and article, as every scored reference and explanation cites them. */
const ARTICLE = /(CGCT|CCP) [LR]\d{4}/;
/**
 * Points the fact sheets mark uncertain (legal-facts.md §7, legal-facts-services.md §6): the recodified M57
 * numbers, L1612-8's numbering, the 2 % rate, the R2121-x numbers, the DETR's name and R2334-x articles.
 */
const UNCERTAIN = /L5217|L1612-8|2 %|R2121-|R2334|DETR/;

describe('pack « Co-piloter l’année »: its shape', () => {
  it('gives each legal point a private card for each seat, a discussion and the law', () => {
    expectLegalPointsStaged(scenario, LEGAL);
  });

  it('leaves the projects and their quarter to the pair: joint choices, unjudged, each setting its variable', () => {
    const options = expectJointChoices(scenario, JOINT, false);
    for (const [stepId, ids] of Object.entries(options))
      for (const id of ids) expect(['t1', 't2', 't3', 't4', 'report'], `${stepId}.${id}`).toContain(id);
  });

  it('takes its legal values from the rules: the vote deadline, the quarter, the thresholds, the aid cap', () => {
    const { vars } = startRun(program, { seed: 0 }).context;
    expect(vars['dateLimite']).toBe('2027-04-15');
    // The works before the vote fit in the quarter of last year's investment credits, debt excluded.
    expect([vars['quart'], vars['routeAvantVote']]).toEqual([55_000, true]);
    expect(Number(vars['coutRoute'])).toBeLessThanOrEqual(Number(vars['quart']));
    // The card's figure of last year's credits is the rule's input: its quarter is the rule's ceiling.
    expect(Number(vars['credits2026']) / 4).toBe(vars['quart']);
    // The roof is above the works' dispense threshold and the BOAMP-or-JAL threshold, launched after 21 August 2026.
    expect([vars['seuilTravaux'], vars['seuilBoamp'], vars['critereEnvironnemental']]).toEqual([
      100_000,
      90_000,
      true,
    ]);
    expect(Number(vars['coutToitureHT'])).toBeGreaterThanOrEqual(100_000);
    expect(vars['procedureToiture']).toMatch(/procédure adaptée avec avis au BOAMP ou dans un JAL/);
    expect([vars['aidesMax'], vars['partMin']]).toEqual([64_000, 16_000]);
  });
});

describe('pack « Co-piloter l’année »: scoring', () => {
  it.each(
    Object.entries(JOINT).flatMap(([stepId]) => {
      const step = scenario.steps[stepId];
      return step?.type === 'choice' ? step.options.map((option) => [stepId, option.id] as const) : [];
    }),
  )(
    'whatever the pair places (%s: %s), the good pair scores 20/20 and the plan follows its choice',
    (stepId, option) => {
      const run = playGoodBotExcept(program, 0, { [stepId]: choose(option) });
      expect(run.snapshot.status).toBe('done');
      const { evidence, vars } = run.snapshot.context;
      expect(vars[JOINT[stepId] ?? '']).toBe(option);
      expect(evidence.map((item) => item.step)).toEqual(DECISIONS);
      expect(evidence.every((item) => item.verdict === 'conforme' && item.role === 'maire')).toBe(true);
      expect(markOf(scenario, evidence)).toBe(20);
    },
    SLOW,
  );

  it.each([
    ['route-decision', 'route-avant-vote', 'attendre'],
    ['salle-decision', 'salle-financement', 'departement'],
  ])(
    'the other lawful decision (%s: %s « %s ») also scores 20/20',
    (stepId, decision, option) => {
      let snapshot = startRun(program, { seed: 3 });
      for (let guard = 0; guard < 80 && snapshot.status === 'active'; guard += 1) {
        if (viewOf(program, snapshot)?.stepId !== stepId) {
          snapshot = autoplay(program, { seed: 3 }, 'good', 3, 1, snapshot).snapshot;
          continue;
        }
        const advised = advanceRun(program, snapshot, submit({ conseil: option }));
        snapshot = advanceRun(program, advised.snapshot, choose(option)).snapshot;
      }
      expect(snapshot.status).toBe('done');
      expect(snapshot.context.choices[decision]).toBe(option);
      expect(evidenceOf(snapshot, decision)?.verdict).toBe('conforme');
      expect(markOf(scenario, snapshot.context.evidence)).toBe(20);
    },
    SLOW,
  );

  it(
    'the careless pair scores 0/20, each mistake explained with its code and article',
    () => {
      const careless = autoplay(program, { seed: 0 }, 'careless', 0);
      expect(careless.stoppedBecause).toBeNull();
      const { evidence } = careless.snapshot.context;
      expect(evidence.map((item) => [item.step, item.verdict])).toEqual(
        DECISIONS.map((decision) => [decision, 'illegal']),
      );
      expect(markOf(scenario, evidence)).toBe(0);
      for (const item of evidence) expect(item.explanation, item.step).toMatch(ARTICLE);
    },
    SLOW,
  );

  it('cites a code and article in every scored reference and explanation, and never an uncertain point', () => {
    expect(Object.keys(scenario.scoring).sort()).toEqual([...DECISIONS].sort());
    for (const [id, decision] of Object.entries(scenario.scoring)) {
      expect(decision.reference, id).toMatch(ARTICLE);
      expect(decision.reference, id).not.toMatch(UNCERTAIN);
      for (const [option, outcome] of Object.entries(decision.options ?? {})) {
        const why = scenario.texts[outcome.explanation] ?? '';
        expect(why, `${id}.${option}`).toMatch(ARTICLE);
        expect(why, `${id}.${option}`).not.toMatch(UNCERTAIN);
        expect(outcome.reference ?? decision.reference, `${id}.${option}`).not.toMatch(UNCERTAIN);
      }
    }
  });

  it(
    'an illegal act is illegal whoever pushed for it: the SGM advising well does not save the élu’s decision',
    () => {
      let snapshot = startRun(program, { seed: 5 });
      for (let guard = 0; guard < 80; guard += 1) {
        if (viewOf(program, snapshot)?.stepId === 'toiture-decision') break;
        snapshot = autoplay(program, { seed: 5 }, 'good', 5, 1, snapshot).snapshot;
      }
      const advised = advanceRun(program, snapshot, submit({ conseil: 'mapa', explication: 'R2122-8' }));
      expect(advised.accepted).toBe(true);
      const overruled = advanceRun(program, advised.snapshot, choose('devis'));
      expect(evidenceOf(overruled.snapshot, 'toiture-procedure')).toMatchObject({
        verdict: 'illegal',
        reference: 'CCP R2122-8',
      });
      const followed = advanceRun(program, advised.snapshot, choose('mapa'));
      expect(evidenceOf(followed.snapshot, 'toiture-procedure')?.verdict).toBe('conforme');
    },
    SLOW,
  );

  it(
    'gives the pair a result code tagged CP that decodes to its choices',
    () => {
      const run = playGoodBotExcept(program, 7, {});
      const choices = pairChoicesOf(run.snapshot.context);
      expect(choices.map((choice) => choice.decision)).toEqual(DECISIONS);
      const code = encodeResult(scenario, 7, choices);
      expect(code).toMatch(/^CP1-7-/);
      const decoded = decodeResult(code ?? '', [scenario]);
      expect(decoded.ok && decoded.value.choices).toEqual(choices);
    },
    SLOW,
  );

  it(
    'the careless pair’s plan marks every decision « à revoir » with the law, and its dashboard shows the cost',
    () => {
      const { context } = autoplay(program, { seed: 0 }, 'careless', 0).snapshot;
      const plan = yearPlan(judgeChoices(scenario, pairChoicesOf(context), context.vars), context.vars);
      const reviewed = plan.toReview.map((step) => step.id);
      for (const id of ['budget', 'route', 'toiture', 'salle', 'publicite'])
        expect(reviewed, id).toContain(id);
      for (const step of plan.toReview) expect(step.note, step.id).toMatch(ARTICLE);
      const securite = yearDashboard(context.meterChanges).find(
        (meter) => meter.meter === 'securiteJuridique',
      );
      expect(securite?.trend).toBe('en baisse');
    },
    SLOW,
  );
});
