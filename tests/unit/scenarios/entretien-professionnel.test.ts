import { describe, expect, it } from 'vitest';
import { isNonWorkingDay } from '../../../src/core/dates';
import { autoplay, startRun, type ScenarioEvent } from '../../../src/core/scenario';
import { resolveValue } from '../../../src/core/scenario/runtime/values';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { markOf, playScript, repoScenario, seedOf, verdicts } from './scenario-kit';

const { scenario, program } = repoScenario('entretien-professionnel');

const advance: ScenarioEvent = { type: 'user.advance' };
const choose = (optionId: string): ScenarioEvent => ({ type: 'user.choose', optionId });
const submit = (values: Record<string, string | string[]>): ScenarioEvent => ({
  type: 'user.submit',
  values,
});

const VARIANTS = (scenario.variants ?? []).map((variant) => variant.id);
const SEVEN_HEADINGS = [
  'resultats',
  'objectifs',
  'maniere',
  'acquis',
  'encadrement',
  'formation',
  'perspectives',
];
const PREPARATION = {
  objectifs: 'oui',
  faits: 'oui',
  ldg: 'oui',
  formations: 'oui',
  note: 'non',
  'cr-definitif': 'non',
};

/** Up to the interview: who conducts it, the renfort's right (`droit`), the convocation, the preparation. */
const beforeInterview = (droit: string, convocation = 'complet'): ScenarioEvent[] => [
  advance,
  choose('sgm'),
  advance,
  choose(droit),
  choose(convocation),
  submit(PREPARATION),
];

/** The conversation with the given options, each followed by the agent's reaction. */
const interview = (moves: readonly [string, string, string, string, string, string]): ScenarioEvent[] => [
  advance,
  choose(moves[0]),
  advance,
  choose(moves[1]),
  advance,
  choose(moves[2]),
  advance,
  advance, // the climate half-way
  choose(moves[3]),
  advance,
  choose(moves[4]),
  advance,
  choose(moves[5]),
  advance, // the climate at the close
];
const LISTENING = ['cadre', 'faits', 'reformuler', 'precis', 'cpf', 'ecoute'] as const;

const afterInterview: ScenarioEvent[] = [
  submit({ rubriques: SEVEN_HEADINGS }),
  choose('litterale'),
  advance,
  choose('prise-connaissance'),
  advance,
  choose('observations'),
  advance,
];

/** « satisfait » played well, step by step. */
const GOLDEN: ScenarioEvent[] = [...beforeInterview('convoquer'), ...interview(LISTENING), ...afterInterview];

/** The decisions that make each variant what it is: the bots must meet them, not skip them. */
const EXPECTED_DECISIONS: Record<string, string[]> = {
  satisfait: ['droit-entretien-oui', 'perspectives', 'signature', 'visa'],
  conteste: ['droit-entretien-oui', 'saisine-cap', 'revision-recevable'],
  'conteste-tardif': ['droit-entretien-oui', 'saisine-cap', 'revision-tardive'],
  'dernier-echelon': ['droit-entretien-oui', 'dernier-echelon'],
  'contrat-court': ['droit-entretien-non', 'perspectives'],
  'reglement-de-comptes': ['droit-entretien-oui', 'reglement-de-comptes', 'visa'],
};

const mark = (evidence: readonly Evidence[]) => markOf(scenario, evidence);
const varsOf = (variant: string) => startRun(program, { seed: seedOf(program, variant) }).context.vars;
const byStep = (evidence: readonly Evidence[]) =>
  Object.fromEntries(evidence.map((item) => [item.step, item]));

describe('« L’entretien professionnel »', () => {
  it('has the six variants the issue asks for', () => {
    expect(VARIANTS).toEqual([
      'satisfait',
      'conteste',
      'conteste-tardif',
      'dernier-echelon',
      'contrat-court',
      'reglement-de-comptes',
    ]);
  });

  it('golden path (« satisfait »): every decision conforme, the agent confiant at the close, 20/20', () => {
    const session = playScript(program, seedOf(program, 'satisfait'), GOLDEN);
    expect(session.isDone()).toBe(true);
    expect(verdicts(session.evidence())).toEqual([
      ['evaluateur', 'conforme'],
      ['droit-entretien-oui', 'conforme'],
      ['convocation', 'conforme'],
      ['preparation', 'conforme'],
      ['ouverture', 'conforme'],
      ['bilan-faits', 'conforme'],
      ['ecoute', 'conforme'],
      ['objectifs', 'conforme'],
      ['formation-cpf', 'conforme'],
      ['perspectives', 'conforme'],
      ['compte-rendu.rubriques', 'conforme'],
      ['appreciation', 'conforme'],
      ['signature', 'conforme'],
      ['visa', 'conforme'],
    ]);
    expect(mark(session.evidence())).toBe(20);
  });

  it.each(VARIANTS)('%s: the good bot gets 20/20, the careless bot less than 5/20', (variant) => {
    const seed = seedOf(program, variant);
    const good = autoplay(program, { seed }, 'good', 1);
    expect(good.stoppedBecause).toBeNull();
    expect(good.snapshot.context.evidence.every((item) => item.verdict === 'conforme')).toBe(true);
    expect(good.snapshot.context.evidence.length).toBeGreaterThanOrEqual(14);
    expect(mark(good.snapshot.context.evidence)).toBe(20);
    expect(good.visited).toContain('cloture-confiant');
    const decisions = good.snapshot.context.evidence.map((item) => item.step);
    expect(decisions).toEqual(expect.arrayContaining(EXPECTED_DECISIONS[variant] ?? []));
    expect(good.visited.at(-1)).toBe('fin');
    const careless = autoplay(program, { seed }, 'careless', 1);
    expect(careless.stoppedBecause).toBeNull();
    expect(mark(careless.snapshot.context.evidence)).toBeLessThan(5);
    expect(careless.visited).toContain('cloture-ferme');
  });

  it.each(VARIANTS)(
    '%s: every day played is a working day, and the deadlines come from the rh engine',
    (variant) => {
      const vars = varsOf(variant);
      for (const key of ['date', 'entretien', 'notification', 'demandeRevision'])
        expect(isNonWorkingDay(String(vars[key])), key).toBe(false);
      // Convoked Monday 1 March for Tuesday 16 March: fifteen days, far from the uncertain 8-day edge.
      expect(vars.premierJour).toBe('2027-03-09');
      expect(vars.dernierJourNotification).toBe('2027-03-31');
      // Notified Thursday 25 March 2027: 15 jours francs, the act possible until Saturday 10 April.
      expect(vars.dernierJourRevision).toBe('2027-04-10');
      for (const day of ['2027-03-16', '2027-03-22', '2027-03-25']) expect(isNonWorkingDay(day)).toBe(false);
    },
  );

  it('the convocation options are judged as the engine judges them (at least 8 days, fiche de poste joined)', () => {
    const entretien = { statut: 'titulaire', entretienDate: '2027-03-16' };
    const judge = (convocationDate: string, fichePosteJointe: boolean) =>
      resolveValue({ rule: 'rh.convocation', args: { ...entretien, convocationDate, fichePosteJointe } }, {});
    expect(judge('2027-03-01', true)).toBe('oui'); // « complet »: conforme
    expect(judge('2027-03-01', false)).toBe('non'); // « oral »: no fiche de poste, illegal
    expect(judge('2027-03-12', true)).toBe('non'); // « vendredi »: four days, illegal
    const session = playScript(program, seedOf(program, 'satisfait'), [
      ...beforeInterview('convoquer', 'vendredi'),
    ]);
    expect(byStep(session.evidence()).convocation).toMatchObject({
      verdict: 'illegal',
      reference: 'décret 2014-1526 (convocation : 8 jours au moins, fiche de poste jointe)',
    });
  });
});

describe('who has the right to the interview (décret 88-145 art. 1-3)', () => {
  it('contrat-court: a 6-month contract for a temporary increase of activity has no right; saying so is conforme', () => {
    expect(varsOf('contrat-court').droitRenfort).toMatch(
      /^Pas de droit à l’entretien : contrat pour accroissement temporaire/,
    );
    const seed = seedOf(program, 'contrat-court');
    const session = playScript(program, seed, beforeInterview('non').slice(0, 4));
    expect(byStep(session.evidence())['droit-entretien-non']).toMatchObject({
      verdict: 'conforme',
      reference: 'décret 88-145 art. 1-3 ; CGFP L521-1',
    });
    const promised = playScript(program, seed, [...beforeInterview('promesse').slice(0, 4)]);
    expect(byStep(promised.evidence())['droit-entretien-non']?.verdict).toBe('risque');
    const convoked = playScript(program, seed, [...beforeInterview('convoquer').slice(0, 4)]);
    expect(byStep(convoked.evidence())['droit-entretien-non']?.verdict).toBe('acceptable');
  });

  it.each(VARIANTS.filter((variant) => variant !== 'contrat-court'))(
    '%s: a CDD of three years on a permanent post has the right; refusing it is illegal',
    (variant) => {
      expect(varsOf(variant).droitRenfort).toBe(
        'Droit à l’entretien : CDD de 36 mois, plus d’un an, sur emploi permanent.',
      );
      const session = playScript(program, seedOf(program, variant), beforeInterview('non').slice(0, 4));
      expect(byStep(session.evidence())['droit-entretien-oui']?.verdict).toBe('illegal');
      expect(byStep(session.evidence())['droit-entretien-oui']?.explanation).toContain('faute');
    },
  );
});

describe('the conversation mini-game: the agent reacts to how things are said', () => {
  const seed = seedOf(program, 'satisfait');
  const visitedAfter = (moves: readonly [string, string, string, string, string, string]) => {
    const session = playScript(program, seed, [...beforeInterview('convoquer'), ...interview(moves)]);
    return session;
  };

  it('one blunder leaves the agent reserve; two close him', () => {
    const oneBlunder = visitedAfter(['cadre', 'jugement', 'reformuler', 'precis', 'cpf', 'ecoute']);
    expect(oneBlunder.view().stepId).toBe('compte-rendu');
    const reserved = playScript(program, seed, [
      ...beforeInterview('convoquer'),
      ...interview(['cadre', 'jugement', 'reformuler', 'precis', 'cpf', 'ecoute']).slice(0, -1),
    ]);
    expect(reserved.view().stepId).toBe('cloture-reserve');
    const closed = playScript(program, seed, [
      ...beforeInterview('convoquer'),
      ...interview(['vite', 'faits', 'couper', 'precis', 'cpf', 'ecoute']).slice(0, 7),
    ]);
    expect(closed.view().stepId).toBe('climat-mi-ferme');
  });

  it('a judgement instead of facts is risque, with what to do instead', () => {
    const session = visitedAfter(['cadre', 'jugement', 'reformuler', 'vague', 'prive', 'promesse']);
    const steps = byStep(session.evidence());
    expect(steps['bilan-faits']?.verdict).toBe('risque');
    expect(steps['bilan-faits']?.explanation).toContain('Décrivez les faits');
    expect(steps.objectifs?.explanation).toContain('ne se mesure pas');
    expect(steps['formation-cpf']).toMatchObject({ verdict: 'illegal' });
    expect(steps['formation-cpf']?.explanation).toContain('25 h par an jusqu’à 150 h');
    expect(steps['formation-cpf']?.competences).toContain('RNCP41781-BC03-06');
  });
});

describe('the compte rendu, its signature, the visa and the revision', () => {
  it('a mark is illegal; the seven headings of the décret, no more', () => {
    const seed = seedOf(program, 'satisfait');
    const events = [...beforeInterview('convoquer'), ...interview(LISTENING)];
    const marked = playScript(program, seed, [
      ...events,
      submit({ rubriques: [...SEVEN_HEADINGS, 'note'] }),
      choose('note'),
    ]);
    const steps = byStep(marked.evidence());
    expect(steps['compte-rendu.rubriques']?.verdict).toBe('risque');
    expect(steps.appreciation).toMatchObject({ verdict: 'illegal' });
    expect(steps.appreciation?.explanation).toContain('sans note');
  });

  it('conteste: revision first, then the request of 6 April is recevable (until Saturday 10 April)', () => {
    const seed = seedOf(program, 'conteste');
    expect(resolveValue({ rule: 'rh.revision', args: revisionArgs('conteste') }, {})).toBe('oui');
    const session = playScript(program, seed, [
      ...GOLDEN,
      choose('revision-d-abord'),
      advance,
      choose('repondre'),
    ]);
    expect(session.isDone()).toBe(true);
    const steps = byStep(session.evidence());
    expect(steps['saisine-cap']?.verdict).toBe('conforme');
    expect(steps['revision-recevable']?.explanation).toContain('jusqu’au samedi 10 avril 2027');
    expect(mark(session.evidence())).toBe(20);
    const direct = playScript(program, seed, [...GOLDEN, choose('cap-directe')]);
    expect(byStep(direct.evidence())['saisine-cap']).toMatchObject({ verdict: 'illegal' });
    expect(byStep(direct.evidence())['saisine-cap']?.explanation).toContain('irrecevable');
  });

  it('conteste-tardif: the request of 20 April is late, as the engine says (never an uncertain date)', () => {
    expect(resolveValue({ rule: 'rh.revision', args: revisionArgs('conteste-tardif') }, {})).toBe('non');
    const seed = seedOf(program, 'conteste-tardif');
    const session = playScript(program, seed, [...GOLDEN, choose('revision-d-abord'), advance]);
    expect(session.view().stepId).toBe('revision-tardive');
    session.send(choose('dans-les-temps'));
    expect(byStep(session.evidence())['revision-tardive']).toMatchObject({ verdict: 'risque' });
    expect(byStep(session.evidence())['revision-tardive']?.explanation).toContain('mardi 20 avril 2027');
  });

  it('reglement-de-comptes: the maire ↔ SGM exchange, and giving in is illegal', () => {
    const step = scenario.steps['maire-reglement'];
    expect(step).toMatchObject({ type: 'choice', exchange: true, role: 'sgm', speaker: 'maire' });
    const seed = seedOf(program, 'reglement-de-comptes');
    const events = beforeInterview('convoquer');
    const session = playScript(program, seed, [...events, advance, choose('ceder')]);
    expect(byStep(session.evidence())['reglement-de-comptes']).toMatchObject({ verdict: 'illegal' });
    const tact = playScript(program, seed, [...events, advance, choose('tact')]);
    expect(byStep(tact.evidence())['reglement-de-comptes']?.verdict).toBe('conforme');
  });

  it('dernier-echelon: the appreciation of the prospects measures BC03-04 too', () => {
    const run = autoplay(program, { seed: seedOf(program, 'dernier-echelon') }, 'good', 1);
    const item = byStep(run.snapshot.context.evidence)['dernier-echelon'];
    expect(item?.competences).toEqual(['RNCP41781-BC03-04', 'RNCP41781-BC03-07']);
    expect(item?.reference).toContain('décret 2017-722');
  });
});

/** The revision case of a variant, as the branch `revision-delai` asks the engine. */
function revisionArgs(variant: string) {
  const vars = varsOf(variant);
  return {
    statut: 'titulaire',
    convocationDate: String(vars.convocation),
    entretienDate: String(vars.entretien),
    fichePosteJointe: true,
    notificationDate: String(vars.notification),
    demandeRevisionDate: String(vars.demandeRevision),
  };
}
