import { describe, expect, it } from 'vitest';
import { openScenarioSession, startRun, type ScenarioEvent } from '../../../src/core/scenario';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { markOf, playScript, repoScenario, verdicts } from './scenario-kit';

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
    expect(byStep['tri-courrier']?.explanation).toContain("Service central d'état civil de Nantes");
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
});
