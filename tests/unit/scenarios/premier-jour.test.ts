import { describe, expect, it } from 'vitest';
import { addDays, isNonWorkingDay, isPublicHoliday, weekday } from '../../../src/core/dates';
import { autoplay, openScenarioSession, startRun, type ScenarioEvent } from '../../../src/core/scenario';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { markOf, playScript, repoScenario, seedOf, verdicts } from './scenario-kit';

const { scenario, program } = repoScenario('premier-jour');

const advance: ScenarioEvent = { type: 'user.advance' };
const choose = (optionId: string): ScenarioEvent => ({ type: 'user.choose', optionId });
const submit = (values: Record<string, string | number | boolean>): ScenarioEvent => ({
  type: 'user.submit',
  values,
});

/** The tutorial played well, in the variant « seance-vendredi » (meeting Friday 15 January 2027). */
const GOLDEN: ScenarioEvent[] = [
  advance,
  advance,
  submit({ 'demande.naissance': true, 'demande.mere': true }),
  choose('completer'),
  advance,
  submit({
    'naissance-ici': 'delivrer',
    'naissance-lyon': 'mairie',
    'naissance-maroc': 'scec',
    'deces-ici': 'delivrer',
    'extrait-cousin': 'delivrer',
  }),
  advance,
  // Three jours francs before Friday 15: the 12th, 13th and 14th; so sent on Monday 11 at the latest.
  submit({ dateLimite: '2027-01-11', canal: 'domicile' }),
  advance,
  // Born Monday 4 January: the fifth day is Saturday 9, extended to Monday 11: declared in time.
  choose('recevoir'),
];

/** The same day played carelessly: every mistake the tutorial teaches. */
const CARELESS: ScenarioEvent[] = [
  advance,
  advance,
  submit({ 'cni.nom': true }),
  choose('delivrer'),
  submit({
    'naissance-ici': 'delivrer',
    'naissance-lyon': 'scec',
    'naissance-maroc': 'mairie',
    'deces-ici': 'mairie',
    'extrait-cousin': 'delivrer',
  }),
  advance,
  // Counted with the meeting day: one jour franc short.
  submit({ dateLimite: '2027-01-12', canal: 'telephone' }),
  advance,
  choose('refuser'),
];

const play = (seed: number, events: readonly ScenarioEvent[]) => playScript(program, seed, events);

const mark = (evidence: readonly Evidence[]) => markOf(scenario, evidence);

describe('« Premier jour en mairie »', () => {
  it('draws the variant « seance-vendredi » from session code 1 (the browser test relies on it)', () => {
    expect(startRun(program, { seed: 1 }).context.variant).toBe('seance-vendredi');
  });

  it('golden path: every decision conforme, 20/20', () => {
    const session = play(1, GOLDEN);
    expect(session.isDone()).toBe(true);
    expect(verdicts(session.evidence())).toEqual([
      ['controle-demande', 'conforme'],
      ['suite-demande', 'conforme'],
      ['tri-courrier', 'conforme'],
      ['convocation.dateLimite', 'conforme'],
      ['convocation.canal', 'conforme'],
      ['naissance-dans-delai', 'conforme'],
    ]);
    expect(mark(session.evidence())).toBe(20);
  });

  it('careless path: each mistake named, with what should have been done and its reference', () => {
    const session = play(1, CARELESS);
    expect(session.isDone()).toBe(true);
    const evidence = session.evidence();
    expect(verdicts(evidence)).toEqual([
      ['controle-demande', 'risque'],
      ['suite-demande', 'risque'],
      ['tri-courrier', 'risque'],
      ['convocation.dateLimite', 'illegal'],
      ['convocation.canal', 'illegal'],
      ['naissance-dans-delai', 'illegal'],
    ]);
    const byStep = Object.fromEntries(evidence.map((item) => [item.step, item]));
    expect(byStep['convocation.dateLimite']?.explanation).toContain('au plus tard le lundi 11 janvier 2027');
    expect(byStep['convocation.dateLimite']?.reference).toBe('CGCT L2121-11');
    expect(byStep['convocation.canal']?.reference).toBe('CGCT L2121-10');
    expect(byStep['naissance-dans-delai']?.reference).toBe('code civil art. 55');
    expect(byStep['tri-courrier']?.explanation).toContain('Service central d’état civil de Nantes');
    expect(mark(evidence)).toBe(0);
  });

  it('in the other variant, a birth declared on the sixth working day is refused (jugement déclaratif)', () => {
    let seed = 0;
    while (startRun(program, { seed }).context.variant !== 'seance-mardi') seed += 1;
    const context = startRun(program, { seed }).context;
    expect(context.vars.envoiLimite).toBe('2027-01-15');
    const session = openScenarioSession(program, { seed });
    for (const event of GOLDEN.slice(0, 7)) session.send(event);
    session.send(submit({ dateLimite: '2027-01-15', canal: 'domicile' }));
    session.send(advance);
    expect(session.view().stepId).toBe('naissance-hors-delai');
    session.send(choose('refuser'));
    expect(session.evidence().at(-1)).toMatchObject({ step: 'naissance-hors-delai', verdict: 'conforme' });
  });

  it.each((scenario.variants ?? []).map((variant) => variant.id))(
    '%s: working days, and a birth in time only when the fifth day is the Saturday the explanation names',
    (variant) => {
      const { vars } = startRun(program, { seed: seedOf(program, variant) }).context;
      for (const key of ['date', 'seance', 'declaration'])
        expect(isNonWorkingDay(String(vars[key])), key).toBe(false);
      expect(String(vars.seance) > String(vars.date)).toBe(true);
      expect(vars.declaration).toBe(vars.date);
      const late = String(vars.declaration) > String(vars.declarationLimite);
      // « le dernier jour tombant un samedi, le délai est prorogé au … » (naissance.ok.dans-delai)
      if (!late) expect(weekday(addDays(String(vars.naissance), 5))).toBe(6);
    },
  );
});

describe('« Premier jour en mairie » in 2026', () => {
  const contextOf = (variant: string) => startRun(program, { seed: seedOf(program, variant) }).context;

  it('has one 2026 counterpart of each 2027 variant, on Monday 5 January 2026, when the year 2026 plays it', () => {
    for (const variant of ['seance-vendredi-2026', 'seance-mardi-2026']) {
      expect(contextOf(variant).date).toBe('2026-01-05');
      expect(weekday('2026-01-05')).toBe(1);
    }
  });

  it('seance-vendredi-2026: convocation sent that very Monday; the birth of 29 December declared in time', () => {
    const seed = seedOf(program, 'seance-vendredi-2026');
    const { vars } = contextOf('seance-vendredi-2026');
    // Three jours francs (Tuesday 6, Wednesday 7, Thursday 8) before Friday 9 January.
    expect(vars.envoiLimite).toBe('2026-01-05');
    // Born Monday 29 December 2025: day 5 is Saturday 3 January, extended to Monday 5. The holiday of 1 January
    // falls inside the five days and extends nothing.
    expect(isPublicHoliday('2026-01-01')).toBe(true);
    expect(vars.declarationLimite).toBe('2026-01-05');
    const golden = [
      ...GOLDEN.slice(0, 7),
      submit({ dateLimite: '2026-01-05', canal: 'domicile' }),
      advance,
      choose('recevoir'),
    ];
    const session = play(seed, golden);
    expect(session.isDone()).toBe(true);
    expect(verdicts(session.evidence()).every(([, verdict]) => verdict === 'conforme')).toBe(true);
    expect(mark(session.evidence())).toBe(20);
    const refused = play(seed, [...golden.slice(0, -1), choose('refuser')]);
    expect(refused.evidence().at(-1)).toMatchObject({ step: 'naissance-dans-delai', verdict: 'illegal' });
    expect(refused.evidence().at(-1)?.explanation).toContain('lundi 5 janvier 2026');
  });

  it('seance-mardi-2026: the holiday of Thursday 1 January extends the deadline to Friday 2 only; Monday 5 is late', () => {
    const seed = seedOf(program, 'seance-mardi-2026');
    const { vars } = contextOf('seance-mardi-2026');
    // Three jours francs (Saturday 10, Sunday 11, Monday 12) before Tuesday 13 January: sent on Friday 9.
    expect(vars.envoiLimite).toBe('2026-01-09');
    // Born Saturday 27 December 2025: day 5 is Thursday 1 January, a holiday, so Friday 2 January.
    expect(addDays('2025-12-27', 5)).toBe('2026-01-01');
    expect(vars.declarationLimite).toBe('2026-01-02');
    const events = [...GOLDEN.slice(0, 7), submit({ dateLimite: '2026-01-09', canal: 'domicile' }), advance];
    const session = play(seed, [...events, choose('refuser')]);
    expect(session.evidence().at(-1)).toMatchObject({ step: 'naissance-hors-delai', verdict: 'conforme' });
    expect(mark(session.evidence())).toBe(20);
    const received = play(seed, [...events, choose('recevoir')]);
    expect(received.evidence().at(-1)).toMatchObject({ step: 'naissance-hors-delai', verdict: 'illegal' });
    expect(received.evidence().at(-1)?.explanation).toContain('vendredi 2 janvier 2026');
  });

  it.each(['seance-vendredi-2026', 'seance-mardi-2026'])('%s: the careless bot fails', (variant) => {
    const run = autoplay(program, { seed: seedOf(program, variant) }, 'careless', 1);
    expect(run.stoppedBecause).toBeNull();
    expect(mark(run.snapshot.context.evidence)).toBeLessThan(10);
  });
});
