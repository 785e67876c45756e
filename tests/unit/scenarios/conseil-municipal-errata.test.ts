/**
 * Errata 6 and 7 of « Le conseil municipal » (scenario v3), at the level of the scenario a trainee plays.
 *
 * - Erratum 6 (CGCT L2121-11, legal-facts §1.2 and §0 bis 7): the séance spéciale on the DETR point is convened
 *   in urgency only when the ordinary delay of 3 jours francs cannot be met before it; an urgency the calendar does
 *   not need is not conforme, and the debrief says why with the computed dates.
 * - Erratum 7 (CGCT L1612-1): before the vote of the year's budget, the subsidy cites L1612-1 and the credits of the
 *   previous exercice; from the vote on, the budget primitif of the year.
 */
import { describe, expect, it } from 'vitest';
import { addDays, formatFrenchDate } from '../../../src/core/dates';
import { judgeUrgencyChoice } from '../../../src/core/rules/conseil';
import {
  advanceRun,
  autoplay,
  calculators,
  DEFAULT_WORLD_VARS,
  replayRun,
  viewOf,
  type ScenarioEvent,
  type ScenarioInput,
  type ScenarioSnapshot,
} from '../../../src/core/scenario';
import type { Scalar } from '../../../src/core/scenario/format/schema';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { markOf, repoScenario, seedOf as seedOfVariant } from './scenario-kit';

const { scenario, program } = repoScenario('conseil-municipal');
const seedOf = (variant: string) => seedOfVariant(program, variant);
const mark = (evidence: readonly Evidence[]) => markOf(scenario, evidence);

function rule(name: string, args: Record<string, Scalar>): Scalar {
  const calculator = calculators[name];
  if (!calculator) throw new Error(`règle inconnue : ${name}`);
  return calculator.compute(calculator.args.parse(args));
}

/**
 * The good bot up to `step`, then `events` (each must be accepted), then the good bot to the end. Returns the
 * snapshot reached right after `events` and the end of the run.
 */
function playWith(
  input: ScenarioInput,
  step: string,
  events: (snapshot: ScenarioSnapshot, goodEvent: ScenarioEvent) => ScenarioEvent[],
) {
  const good = autoplay(program, input, 'good', 1);
  expect(good.stoppedBecause).toBeNull();
  const at = good.visited.indexOf(step);
  const goodEvent = good.log[at];
  if (at < 0 || !goodEvent) throw new Error(`étape ${step} non atteinte`);
  let { snapshot } = replayRun(program, input, good.log.slice(0, at));
  for (const event of events(snapshot, goodEvent)) {
    const next = advanceRun(program, snapshot, event);
    if (!next.accepted) throw new Error(`événement refusé à ${step} : ${JSON.stringify(event)}`);
    snapshot = next.snapshot;
  }
  const rest = autoplay(program, input, 'good', 1, 500, snapshot);
  expect(rest.stoppedBecause).toBeNull();
  expect(rest.snapshot.status).toBe('done');
  return { after: snapshot, end: rest };
}

const evidenceOf = (evidence: readonly Evidence[], step: string) => {
  const found = evidence.filter((item) => item.step === step);
  expect(found, step).toHaveLength(1);
  return found[0] as Evidence;
};

/**
 * The special séance of each variant, computed by hand: the convocation leaves the morning after the eve; an
 * ordinary one needs 3 jours francs (neither the sending day nor the meeting day counts), so it allows a meeting on
 * the 4th day after its sending at the earliest.
 */
const SPECIAL_SEANCES = [
  {
    variant: 'jeudi-comite-des-fetes',
    envoi: '2027-03-25',
    premiere: '2027-03-29',
    seance: '2027-03-31',
    depot: '2027-04-01',
    regime: 'ordinaire',
    french: { envoi: 'jeudi 25 mars 2027', premiere: 'lundi 29 mars 2027', seance: 'mercredi 31 mars 2027' },
  },
  {
    variant: 'mercredi-union-sportive',
    envoi: '2027-03-31',
    premiere: '2027-04-04',
    seance: '2027-04-05',
    depot: '2027-04-06',
    regime: 'ordinaire',
    french: {
      envoi: 'mercredi 31 mars 2027',
      premiere: 'dimanche 4 avril 2027',
      seance: 'lundi 5 avril 2027',
    },
  },
  {
    variant: 'vendredi-comite-des-fetes-2026',
    envoi: '2026-02-13',
    premiere: '2026-02-17',
    seance: '2026-02-17',
    depot: '2026-02-18',
    regime: 'ordinaire',
    french: {
      envoi: 'vendredi 13 février 2026',
      premiere: 'mardi 17 février 2026',
      seance: 'mardi 17 février 2026',
    },
  },
  {
    variant: 'vendredi-union-sportive-2026',
    envoi: '2026-02-13',
    premiere: '2026-02-17',
    seance: '2026-02-16',
    depot: '2026-02-17',
    regime: 'urgence',
    french: {
      envoi: 'vendredi 13 février 2026',
      premiere: 'mardi 17 février 2026',
      seance: 'lundi 16 février 2026',
    },
  },
  {
    variant: 'mardi-loire-patrimoine',
    envoi: '2027-03-02',
    premiere: '2027-03-06',
    seance: '2027-03-04',
    depot: '2027-03-05',
    regime: 'urgence',
    french: { envoi: 'mardi 2 mars 2027', premiere: 'samedi 6 mars 2027', seance: 'jeudi 4 mars 2027' },
  },
] as const;

/**
 * What the scenario must do with each choice: the decision it scores, the verdict (the same as
 * {@link judgeUrgencyChoice}), the steps that follow, and which computed dates the debrief quotes.
 */
const CHOICES = [
  {
    regime: 'ordinaire',
    chosen: 'ordinaire',
    verdict: 'conforme',
    then: ['convocation-speciale'],
    never: ['regime-urgence-refusee', 'urgence'],
    quotes: ['envoi', 'premiere', 'seance'],
    because: 'tient dans le délai ordinaire de trois jours francs',
  },
  {
    regime: 'ordinaire',
    chosen: 'urgence',
    verdict: 'risque',
    then: ['regime-urgence-refusee', 'convocation-speciale'],
    never: ['urgence'],
    quotes: ['envoi', 'premiere', 'seance'],
    because: 'L’urgence n’est justifiée que si le délai ordinaire ne peut pas être tenu',
  },
  {
    regime: 'urgence',
    chosen: 'urgence',
    verdict: 'conforme',
    then: ['urgence'],
    never: ['regime-ordinaire-impossible', 'convocation-speciale'],
    quotes: ['envoi', 'premiere', 'depot'],
    because: 'l’urgence est justifiée',
  },
  {
    regime: 'urgence',
    chosen: 'ordinaire',
    verdict: 'illegal',
    then: ['regime-ordinaire-impossible', 'urgence'],
    never: ['convocation-speciale'],
    quotes: ['envoi', 'premiere', 'seance'],
    because: 'moins des trois jours francs requis',
  },
] as const;

const CASES = SPECIAL_SEANCES.flatMap((seance) =>
  CHOICES.filter((choice) => choice.regime === seance.regime).map((choice) => ({ ...seance, ...choice })),
);

describe('erratum 6: urgency only when the ordinary delay cannot be met', () => {
  it('covers every variant, and both regimes', () => {
    expect(SPECIAL_SEANCES.map((row) => row.variant).sort()).toEqual(
      (scenario.variants ?? []).map((variant) => variant.id).sort(),
    );
    expect(new Set(SPECIAL_SEANCES.map((row) => row.regime))).toEqual(new Set(['ordinaire', 'urgence']));
  });

  it.each(SPECIAL_SEANCES)('$variant: the scenario computes the dates of the table', (row) => {
    const { vars } = replayRun(program, { seed: seedOf(row.variant) }, []).snapshot.context;
    expect([vars.envoiSpeciale, vars.premiereSeanceOrdinaire, vars.seanceSpeciale, vars.depotDETR]).toEqual([
      row.envoi,
      row.premiere,
      row.seance,
      row.depot,
    ]);
    expect(addDays(row.envoi, 4)).toBe(row.premiere);
    expect(row.premiere <= row.seance).toBe(row.regime === 'ordinaire');
    expect(
      rule('conseil.convocationRegime', {
        meetingDate: row.seance,
        sendDate: row.envoi,
        population: vars.population ?? 0,
      }),
    ).toBe(row.regime);
    for (const key of ['envoi', 'premiere', 'seance'] as const)
      expect(formatFrenchDate(row[key])).toBe(row.french[key]);
  });

  it.each(CASES)(
    '$variant: choosing « $chosen » when the regime is « $regime » is $verdict, the debrief quoting the dates',
    (row) => {
      const input = { seed: seedOf(row.variant) };
      const decision = `regime-${row.regime}`;
      const { after, end } = playWith(input, decision, () => [{ type: 'user.choose', optionId: row.chosen }]);
      const { evidence } = end.snapshot.context;
      const item = evidenceOf(evidence, decision);
      expect(item.verdict).toBe(row.verdict);
      // The same verdict as the rule that judges the choice.
      expect(judgeUrgencyChoice(row.chosen, row.seance, row.envoi, 1200).verdict).toBe(row.verdict);
      expect(end.snapshot.context.vars.population).toBe(1200);
      expect(item.explanation).toContain(row.because);
      for (const key of row.quotes) expect(item.explanation).toContain(formatFrenchDate(row[key]));
      // The path follows the lawful regime whatever the choice: the maire corrects a wrong one.
      const visited = [...end.visited];
      for (const step of row.then) expect(visited).toContain(step);
      for (const step of row.never) expect(visited).not.toContain(step);
      if (row.chosen !== row.regime) {
        const view = viewOf(program, after);
        if (view?.kind !== 'dialogue') throw new Error('la maire devait répondre');
        const said = view.lines.join(' ');
        expect(said).toContain(row.french.envoi);
        expect(said).toContain(row.french.premiere);
      }
      // Every other decision is the good bot's: the mark drops only for a wrong regime.
      expect(evidence.filter((other) => other.verdict !== 'conforme').map((other) => other.step)).toEqual(
        row.verdict === 'conforme' ? [] : [decision],
      );
      if (row.verdict === 'conforme') expect(mark(evidence)).toBe(20);
      else expect(mark(evidence)).toBeLessThan(20);
    },
  );

  it.each(SPECIAL_SEANCES)('$variant: the careless bot’s regime is never scored conforme', (row) => {
    const run = autoplay(program, { seed: seedOf(row.variant) }, 'careless', 1);
    expect(run.stoppedBecause).toBeNull();
    const item = evidenceOf(run.snapshot.context.evidence, `regime-${row.regime}`);
    expect(item.verdict).not.toBe('conforme');
    expect(item.explanation).toContain(row.french.envoi);
    expect(item.explanation).toContain(row.french.premiere);
  });

  it.each(SPECIAL_SEANCES.filter((row) => row.regime === 'ordinaire'))(
    '$variant: the urgent deadline given for an ordinary convocation is illegal, the right one quoted',
    (row) => {
      const input = { seed: seedOf(row.variant) };
      const urgent = addDays(row.seance, -2);
      const ordinary = addDays(row.seance, -4);
      const { end } = playWith(input, 'convocation-speciale', () => [
        { type: 'user.submit', values: { dateLimite: urgent } },
      ]);
      expect(end.snapshot.context.vars.envoiLimiteSpeciale).toBe(ordinary);
      const item = evidenceOf(end.snapshot.context.evidence, 'convocation-speciale.dateLimite');
      expect(item.verdict).toBe('illegal');
      expect(item.explanation).toContain(`au plus tard le ${formatFrenchDate(ordinary)}`);
      expect(item.explanation).toContain(row.french.seance);
      // The ordinary deadline never falls before the sending: the convocation can leave in time.
      expect(ordinary >= row.envoi).toBe(true);
    },
  );
});

/** The visa of the subsidy, as CGCT L1612-1 gives it. */
const L1612 = (year: number) =>
  `l’article L1612-1 du code général des collectivités territoriales et les crédits ouverts au budget de l’exercice ${year - 1}`;
const PRIMITIF = (year: number) => `le budget primitif de l’exercice ${year}`;

describe('erratum 7: the budgetary visa follows the vote of the year’s budget', () => {
  it.each([
    // Without a vote date, the legal deadline (L1612-2): 15 April, 30 April in the renewal year 2026.
    ['2027-03-25', '', false, L1612(2027), 'il le sera au plus tard le jeudi 15 avril 2027, CGCT L1612-2'],
    ['2027-04-16', '', false, PRIMITIF(2027), 'le jeudi 15 avril 2027'],
    ['2026-02-13', '', true, L1612(2026), 'il le sera au plus tard le jeudi 30 avril 2026, CGCT L1612-2'],
    ['2026-04-20', '', true, L1612(2026), 'au plus tard le jeudi 30 avril 2026'],
    ['2026-04-20', '', false, PRIMITIF(2026), 'le mercredi 15 avril 2026'],
    ['2026-05-05', '', true, PRIMITIF(2026), 'le jeudi 30 avril 2026'],
    // With the year's vote date.
    ['2027-03-25', '2027-03-18', false, PRIMITIF(2027), 'le jeudi 18 mars 2027'],
    ['2027-04-08', '2027-04-08', false, PRIMITIF(2027), 'le jeudi 8 avril 2027'],
    ['2027-04-07', '2027-04-08', false, L1612(2027), 'il le sera le jeudi 8 avril 2027'],
    ['2026-02-13', '2026-04-23', true, L1612(2026), 'il le sera le jeudi 23 avril 2026'],
  ] as const)(
    'a séance on %s, budget voted on « %s » (renewal year: %s): « %s »',
    (meetingDate, budgetVoteDate, renewalYear, visa, when) => {
      const args = { meetingDate, budgetVoteDate, renewalYear };
      expect(rule('conseil.budgetVisa', args)).toBe(visa);
      expect(String(rule('conseil.budgetVisaReason', args))).toContain(when);
    },
  );

  /** The deliberation step as a trainee sees it, and the debrief when the budget visa is filed away. */
  function deliberationOf(variant: string, voteBudget?: string) {
    const input = {
      seed: seedOf(variant),
      ...(voteBudget === undefined ? {} : { worldVars: { ...DEFAULT_WORLD_VARS, voteBudget } }),
    };
    let label = '';
    const { end } = playWith(input, 'deliberation', (snapshot, goodEvent) => {
      const view = viewOf(program, snapshot);
      if (view?.kind !== 'classify') throw new Error('la délibération n’est pas un classement');
      label = view.items.find((item) => item.id === 'vu-budget')?.label ?? '';
      if (goodEvent.type !== 'user.submit') throw new Error('la délibération attend un classement');
      expect(goodEvent.values['vu-budget']).toBe('visas');
      return [{ ...goodEvent, values: { ...goodEvent.values, 'vu-budget': 'ecarter' } }];
    });
    const item = evidenceOf(end.snapshot.context.evidence, 'deliberation');
    expect(item.verdict).not.toBe('conforme');
    return { label, explanation: item.explanation, vars: end.snapshot.context.vars };
  }

  const VISAS = [
    ['jeudi-comite-des-fetes', 2027, 'le jeudi 8 avril 2027', '2027-03-18', 'le jeudi 18 mars 2027'],
    ['mercredi-union-sportive', 2027, 'le jeudi 8 avril 2027', '2027-03-18', 'le jeudi 18 mars 2027'],
    ['mardi-loire-patrimoine', 2027, 'le jeudi 8 avril 2027', '2027-02-25', 'le jeudi 25 février 2027'],
    [
      'vendredi-comite-des-fetes-2026',
      2026,
      'le jeudi 23 avril 2026',
      '2026-02-05',
      'le jeudi 5 février 2026',
    ],
    ['vendredi-union-sportive-2026', 2026, 'le jeudi 23 avril 2026', '2026-02-05', 'le jeudi 5 février 2026'],
  ] as const;

  it('covers every variant', () => {
    expect(VISAS.map(([variant]) => variant).sort()).toEqual(
      (scenario.variants ?? []).map((variant) => variant.id).sort(),
    );
  });

  it.each(VISAS)(
    '%s (%i): before the vote, the deliberation and its debrief cite L1612-1 and the previous credits',
    (variant, year) => {
      const { label, explanation } = deliberationOf(variant);
      expect(label).toBe(`Vu ${L1612(year)}\u202f;`);
      const deadline = year === 2026 ? 'jeudi 30 avril 2026' : 'jeudi 15 avril 2027';
      expect(explanation).toContain(`il le sera au plus tard le ${deadline}, CGCT L1612-2`);
      expect(explanation).toContain(`crédits de l’exercice ${year - 1} (CGCT L1612-1)`);
    },
  );

  it.each(VISAS)(
    '%s (%i): the world’s vote date after the séance keeps L1612-1, and the debrief quotes it',
    (variant, year, after) => {
      const vote = year === 2026 ? '2026-04-23' : '2027-04-08';
      const { label, explanation, vars } = deliberationOf(variant, vote);
      expect(String(vars.seance) < vote).toBe(true);
      expect(label).toBe(`Vu ${L1612(year)}\u202f;`);
      expect(explanation).toContain(`il le sera ${after}`);
    },
  );

  it.each(VISAS)(
    '%s (%i): the world’s vote date before the séance makes it cite the budget primitif',
    (variant, year, _after, vote, quoted) => {
      const { label, explanation, vars } = deliberationOf(variant, vote);
      expect(String(vars.seance) > vote).toBe(true);
      expect(label).toBe(`Vu ${PRIMITIF(year)}\u202f;`);
      expect(label).not.toContain('L1612-1');
      expect(explanation).toContain(`Le budget primitif de ${year} est voté (${quoted})`);
    },
  );
});
