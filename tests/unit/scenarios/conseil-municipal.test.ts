import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatFrenchDate,
  isNonWorkingDay,
  nextWorkingDayFrom,
  weekday,
} from '../../../src/core/dates';
import { budgetVisa, convocationRegime } from '../../../src/core/rules/conseil';
import { autoplay, calculators, replayRun, startRun, viewOf } from '../../../src/core/scenario';
import type { Scalar } from '../../../src/core/scenario/format/schema';
import { textOf } from '../../../src/core/scenario/runtime/values';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { fixtureScript, markOf, repoScenario, seedOf as seedOfVariant, verdicts } from './scenario-kit';

const { scenario, program } = repoScenario('conseil-municipal');

const script = (name: string) => fixtureScript('conseil-municipal', name);

const mark = (evidence: readonly Evidence[]) => markOf(scenario, evidence);

const seedOf = (variant: string) => seedOfVariant(program, variant);

const variantIds = (scenario.variants ?? []).map((variant) => variant.id);
const varsOf = (variant: string) => startRun(program, { seed: seedOf(variant) }).context.vars;

/** The year of a variant: the year of its séance (each year of the game keeps only its own variants). */
const yearOf = (variant: string) => String(varsOf(variant).seance).slice(0, 4);
const years = [...new Set(variantIds.map(yearOf))].sort();
const variantsOfYear = (year: string) => variantIds.filter((id) => yearOf(id) === year);
const variants2026 = variantsOfYear('2026');

/** First round of the general renewal of March 2026: the 2026 variants happen before it, in the outgoing mandate. */
const FIRST_ROUND_2026 = '2026-03-15';

/** Runs a calculator of the vocabulary as a scenario would. */
/** The special séance's convocation, as `conseil.convocationRegime` reads it from a variant's values. */
const specialConvocationArgs = (v: Record<string, Scalar>): Record<string, Scalar> => ({
  meetingDate: v.seanceSpeciale ?? '',
  sendDate: v.envoiSpeciale ?? '',
  population: v.population ?? 0,
});

function rule(name: string, args: Record<string, Scalar>): Scalar {
  const calculator = calculators[name];
  if (!calculator) throw new Error(`règle inconnue : ${name}`);
  return calculator.compute(calculator.args.parse(args));
}

const namesOf = (list: Scalar | undefined) =>
  String(list ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

/** The fifteen members, as the feuille de présence names them (rule name → display surname). */
const MEMBERS: Record<string, string> = {
  Garnier: 'Garnier',
  Lemoine: 'Lemoine',
  Marchand: 'Marchand',
  Tessier: 'Tessier',
  Bensaid: 'Bensaïd',
  Dubois: 'Dubois',
  Morel: 'Morel',
  Fournier: 'Fournier',
  Perrin: 'Perrin',
  Chevalier: 'Chevalier',
  Roux: 'Roux',
  Lefevre: 'Lefèvre',
  Blanchard: 'Blanchard',
  Nguyen: 'Nguyen',
  Girard: 'Girard',
};

describe('conseil-municipal: golden path (seed 5, mercredi-union-sportive)', () => {
  const replay = replayRun(program, { seed: 5 }, script('golden-seed-5.json'));

  it('plays the whole script to the end, through the late arrival and the lost quorum', () => {
    expect(replay.refusedAt).toBeNull();
    expect(replay.snapshot.status).toBe('done');
    expect(replay.snapshot.context.variant).toBe('mercredi-union-sportive');
    expect(replay.visited).toEqual(
      expect.arrayContaining(['date-avancee', 'arrivee', 'point3-report', 'seconde-convocation']),
    );
    // The special séance of 5 April leaves 4 jours francs after a sending on 31 March: convened ordinarily.
    expect(replay.visited).toEqual(expect.arrayContaining(['regime-ordinaire', 'convocation-speciale']));
    expect(replay.visited).not.toContain('regime-urgence');
    expect(replay.visited).not.toContain('urgence');
  });

  it('produces exactly the expected evidence, all conforme, for 20/20', () => {
    const evidence = replay.snapshot.context.evidence;
    expect(verdicts(evidence)).toEqual([
      ['periodicite.finTrimestre', 'conforme'],
      ['periodicite.avis', 'conforme'],
      ['ordre-du-jour.tarifs', 'conforme'],
      ['ordre-du-jour.antenne', 'conforme'],
      ['ordre-du-jour.subvention', 'conforme'],
      ['ordre-du-jour.collecte', 'conforme'],
      ['ordre-du-jour.stationnement', 'conforme'],
      ['ordre-du-jour.concession', 'conforme'],
      ['ordre-du-jour.reglement', 'conforme'],
      ['convocation.dateLimite', 'conforme'],
      ['convocation.canalPapier', 'conforme'],
      ['convocation.canalAutres', 'conforme'],
      ['convocation.contenu', 'conforme'],
      ['convocation.formalites', 'conforme'],
      ['deliberation', 'conforme'],
      ['interesse', 'conforme'],
      ['ajout-veille', 'conforme'],
      ['regime-ordinaire', 'conforme'],
      ['convocation-speciale.dateLimite', 'conforme'],
      ['ouverture.quorumRequis', 'conforme'],
      ['ouverture.presents', 'conforme'],
      ['ouverture.quorum', 'conforme'],
      ['ouverture.secretaire', 'conforme'],
      ['pouvoirs.pouvoir1', 'conforme'],
      ['pouvoirs.pouvoir2', 'conforme'],
      ['pouvoirs.pouvoir3', 'conforme'],
      ['vote-tarifs.exprimes', 'conforme'],
      ['vote-tarifs.majorite', 'conforme'],
      ['vote-tarifs.resultat', 'conforme'],
      ['scrutin.huisClos', 'conforme'],
      ['scrutin.huisClosVoix', 'conforme'],
      ['scrutin.mode', 'conforme'],
      ['scrutin.resultat', 'conforme'],
      ['point-interesse.presents', 'conforme'],
      ['point-interesse.quorum', 'conforme'],
      ['point-interesse.pouvoir', 'conforme'],
      ['seconde-convocation.dateSeance', 'conforme'],
      ['seconde-convocation.quorum', 'conforme'],
      ['proces-verbal', 'conforme'],
      ['publicite.liste', 'conforme'],
      ['publicite.pv', 'conforme'],
      ['publicite.mode', 'conforme'],
      ['controle.tarifs', 'conforme'],
      ['controle.arrete', 'conforme'],
      ['controle.executoire', 'conforme'],
      ['controle.defere', 'conforme'],
    ]);
    expect(mark(evidence)).toBe(20);
  });

  it('expects the values the rules give', () => {
    const { vars } = replay.snapshot.context;
    expect(vars.finTrimestre).toBe('2027-03-31');
    expect(vars.envoiLimite).toBe('2027-03-27');
    // The special séance: asked on Tuesday 30 March, the convocation leaves on Wednesday 31 March; three jours
    // francs (1, 2, 3 April) allow a meeting from Sunday 4 April: Monday 5 April needs no urgency.
    expect(vars.seanceSpeciale).toBe('2027-04-05');
    expect(vars.envoiSpeciale).toBe('2027-03-31');
    expect(vars.premiereSeanceOrdinaire).toBe('2027-04-04');
    expect(vars.envoiLimiteSpeciale).toBe('2027-04-01');
    expect(vars.envoiUrgence).toBe('2027-04-03');
    expect(vars.quorumRequis).toBe(8);
    expect(vars.presentsOuvertureNb).toBe(7);
    expect(vars.presentsVotesNb).toBe(8);
    expect(vars.presentsPointNb).toBe(7);
    expect(vars.modeAntenne).toBe('ordinaire');
    expect(vars.pouvoirsValables).toBe(2);
    expect(vars.huisClosVoix).toBe(6);
    expect(vars.secondeSeance).toBe('2027-04-05');
    expect(vars.listeLimite).toBe('2027-04-07');
    expect(vars.pvLimite).toBe('2027-04-12');
    expect(vars.dateExecutoire).toBe('2027-04-02');
    expect(vars.visaBudget).toBe(
      'l’article L1612-1 du code général des collectivités territoriales et les crédits ouverts au budget de l’exercice 2026',
    );
  });
});

describe('conseil-municipal: careless path (jeudi-comite-des-fetes)', () => {
  // The script was recorded with seed 1; since the 2026 variants were added, seed 1 draws another variant, and the
  // script only depends on the variant: it is replayed with the first seed that draws it.
  const replay = replayRun(
    program,
    { seed: seedOf('jeudi-comite-des-fetes') },
    script('careless-seed-1.json'),
  );

  it('plays the whole script to the end', () => {
    expect(replay.refusedAt).toBeNull();
    expect(replay.snapshot.status).toBe('done');
    expect(replay.snapshot.context.variant).toBe('jeudi-comite-des-fetes');
    // Asked for an urgency the ordinary delay does not need, the maire refuses it and convenes ordinarily.
    expect(replay.visited).toEqual(
      expect.arrayContaining(['regime-ordinaire', 'regime-urgence-refusee', 'convocation-speciale']),
    );
    expect(replay.visited).not.toContain('urgence');
  });

  it('produces exactly the expected evidence and a failing mark', () => {
    const evidence = replay.snapshot.context.evidence;
    expect(verdicts(evidence)).toEqual([
      ['periodicite.finTrimestre', 'risque'],
      ['periodicite.avis', 'conforme'],
      ['ordre-du-jour.tarifs', 'conforme'],
      ['ordre-du-jour.antenne', 'conforme'],
      ['ordre-du-jour.subvention', 'conforme'],
      ['ordre-du-jour.collecte', 'illegal'],
      ['ordre-du-jour.stationnement', 'illegal'],
      ['ordre-du-jour.concession', 'risque'],
      ['ordre-du-jour.reglement', 'risque'],
      ['convocation.dateLimite', 'illegal'],
      ['convocation.canalPapier', 'illegal'],
      ['convocation.canalAutres', 'conforme'],
      ['convocation.contenu', 'risque'],
      ['convocation.formalites', 'risque'],
      ['deliberation', 'risque'],
      ['interesse', 'risque'],
      ['ajout-veille', 'illegal'],
      ['regime-ordinaire', 'risque'],
      ['convocation-speciale.dateLimite', 'illegal'],
      ['ouverture.quorumRequis', 'conforme'],
      ['ouverture.presents', 'risque'],
      ['ouverture.quorum', 'conforme'],
      ['ouverture.secretaire', 'illegal'],
      ['pouvoirs.pouvoir1', 'conforme'],
      ['pouvoirs.pouvoir2', 'illegal'],
      ['pouvoirs.pouvoir3', 'conforme'],
      ['vote-tarifs.exprimes', 'risque'],
      ['vote-tarifs.majorite', 'risque'],
      ['vote-tarifs.resultat', 'illegal'],
      ['scrutin.huisClos', 'illegal'],
      ['scrutin.huisClosVoix', 'risque'],
      ['scrutin.mode', 'illegal'],
      ['scrutin.resultat', 'illegal'],
      ['point-interesse.presents', 'risque'],
      ['point-interesse.quorum', 'conforme'],
      ['point-interesse.pouvoir', 'illegal'],
      ['proces-verbal', 'risque'],
      ['publicite.liste', 'risque'],
      ['publicite.pv', 'conforme'],
      ['publicite.mode', 'risque'],
      ['controle.tarifs', 'conforme'],
      ['controle.arrete', 'acceptable'],
      ['controle.executoire', 'risque'],
      ['controle.defere', 'risque'],
    ]);
    expect(mark(evidence)).toBeLessThan(10);
  });

  it('says what should have been done, with the values of the rules', () => {
    const explanation = (step: string) =>
      replay.snapshot.context.evidence.find((item) => item.step === step)?.explanation ?? '';
    expect(explanation('convocation.dateLimite')).toContain('dimanche 21 mars 2027');
    // Sent on Thursday 25 March, an ordinary convocation allows a meeting from Monday 29 March: the séance of
    // Wednesday 31 March needs no urgency, and its convocation leaves on Saturday 27 March at the latest.
    for (const date of ['jeudi 25 mars 2027', 'lundi 29 mars 2027', 'mercredi 31 mars 2027'])
      expect(explanation('regime-ordinaire')).toContain(date);
    expect(explanation('regime-ordinaire')).toContain('L’urgence n’est justifiée que si le délai ordinaire');
    expect(explanation('convocation-speciale.dateLimite')).toContain('au plus tard le samedi 27 mars 2027');
    expect(explanation('ouverture.presents')).toContain('10');
    expect(explanation('vote-tarifs.exprimes')).toContain('soit 10');
    expect(explanation('scrutin.huisClosVoix')).toContain('soit 12');
    expect(explanation('deliberation')).toContain('L’article L2121-12 ne vaut que');
    expect(explanation('controle.executoire')).toContain('mardi 30 mars 2027');
  });

  it('records the cost of giving in to the maire on the year’s meters', () => {
    const { meterChanges } = replay.snapshot.context;
    expect(meterChanges).toContainEqual(
      expect.objectContaining({ meter: 'securiteJuridique', delta: -2, step: 'ajout' }),
    );
  });
});

describe('conseil-municipal: variants', () => {
  it('has variants in 2026 and 2027; within a year, other interested members, proxies and attendance', () => {
    expect(years).toEqual(['2026', '2027']);
    expect(variantsOfYear('2027').length).toBeGreaterThanOrEqual(3);
    expect(variants2026.length).toBeGreaterThanOrEqual(2);
    for (const year of years) {
      const ids = variantsOfYear(year);
      for (const key of ['interesse', 'pouvoirs', 'presentsOuverture', 'presentsPoint']) {
        expect(new Set(ids.map((id) => varsOf(id)[key])).size, `${year} ${key}`).toBe(ids.length);
      }
    }
    expect(new Set(variantsOfYear('2027').map((id) => varsOf(id).seance)).size).toBe(
      variantsOfYear('2027').length,
    );
  });

  it('covers both outcomes of each rule-driven branch', () => {
    const outcomes = (name: string, args: (vars: Record<string, Scalar>) => Record<string, Scalar>) =>
      new Set(variantIds.map((id) => rule(name, args(varsOf(id)))));
    expect(
      outcomes('conseil.periodicity', (v) => ({
        lastMeeting: v.dernierConseil ?? '',
        meetingDate: v.proposition ?? '',
      })),
    ).toEqual(new Set(['respectee', 'non-respectee']));
    const quorum = (present: string) => (v: Record<string, Scalar>) => ({
      membersInOffice: v.membresEnExercice ?? 0,
      present: v[present] ?? '',
      interested: present === 'presentsPoint' ? (v.interesseId ?? '') : '',
    });
    expect(outcomes('conseil.quorumStatus', quorum('presentsOuverture'))).toEqual(
      new Set(['atteint', 'non-atteint']),
    );
    expect(outcomes('conseil.quorumStatus', quorum('presentsPoint'))).toEqual(
      new Set(['atteint', 'non-atteint']),
    );
    expect(new Set(variantIds.map((id) => varsOf(id).modeAntenne))).toEqual(new Set(['secret', 'ordinaire']));
    expect(
      outcomes('conseil.deferralStatus', (v) => ({
        transmittedOn: v.dateTransmission ?? '',
        on: v.dateQuestionDefere ?? '',
      })),
    ).toEqual(new Set(['ouvert', 'forclos']));
    expect(new Set(variantIds.map((id) => varsOf(id).choixPublication)).size).toBe(3);
    expect(outcomes('conseil.convocationRegime', specialConvocationArgs)).toEqual(
      new Set(['ordinaire', 'urgence']),
    );
    expect(outcomes('conseil.daysToNextWorkingDay', (v) => ({ date: v.seance ?? '' }))).toEqual(
      new Set([1, 3]),
    );
  });

  it('covers both outcomes of the quorum, ballot and déféré branches within the year 2026 too', () => {
    const outcomes = (name: string, args: (vars: Record<string, Scalar>) => Record<string, Scalar>) =>
      new Set(variants2026.map((id) => rule(name, args(varsOf(id)))));
    for (const present of ['presentsOuverture', 'presentsPoint'])
      expect(
        outcomes('conseil.quorumStatus', (v) => ({
          membersInOffice: v.membresEnExercice ?? 0,
          present: v[present] ?? '',
          interested: present === 'presentsPoint' ? (v.interesseId ?? '') : '',
        })),
      ).toEqual(new Set(['atteint', 'non-atteint']));
    expect(new Set(variants2026.map((id) => varsOf(id).modeAntenne))).toEqual(
      new Set(['secret', 'ordinaire']),
    );
    expect(outcomes('conseil.convocationRegime', specialConvocationArgs)).toEqual(
      new Set(['ordinaire', 'urgence']),
    );
    expect(
      outcomes('conseil.deferralStatus', (v) => ({
        transmittedOn: v.dateTransmission ?? '',
        on: v.dateQuestionDefere ?? '',
      })),
    ).toEqual(new Set(['ouvert', 'forclos']));
  });

  it.each(variantIds)('%s: the good bot gets 20/20 with every decision conforme', (variant) => {
    const run = autoplay(program, { seed: seedOf(variant) }, 'good', 1);
    expect(run.stoppedBecause).toBeNull();
    expect(run.snapshot.context.variant).toBe(variant);
    const { evidence } = run.snapshot.context;
    expect(evidence.every((item) => item.verdict === 'conforme')).toBe(true);
    expect(new Set(evidence.map((item) => item.step.split('.')[0])).size).toBeGreaterThanOrEqual(14);
    expect(mark(evidence)).toBe(20);
  });

  it.each(variantIds)(
    '%s: the maire asks, the meeting, the special meeting, its sending and the DETR deposit fall on working days',
    (variant) => {
      const vars = varsOf(variant);
      for (const key of [
        'date',
        'seance',
        'veille',
        'envoiSpeciale',
        'seanceSpeciale',
        'depotDETR',
        'envoiSeconde',
      ])
        expect(isNonWorkingDay(String(vars[key])), key).toBe(false);
      // The convocation leaves the first working day after the eve (« demain matin »), for the last evening
      // before the deposit.
      expect(vars.envoiSpeciale).toBe(nextWorkingDayFrom(addDays(String(vars.veille), 1)));
      expect(vars.seanceSpeciale).toBe(addDays(String(vars.depotDETR), -1));
      expect(String(vars.seanceSpeciale) > String(vars.envoiSpeciale)).toBe(true);
    },
  );

  it.each(variantIds)(
    '%s: the special séance is convened ordinarily when 3 jours francs fit before it, in urgency only when they cannot',
    (variant) => {
      const vars = varsOf(variant);
      const sent = String(vars.envoiSpeciale);
      const meeting = String(vars.seanceSpeciale);
      expect(Number(vars.population)).toBeLessThan(3500);
      // Jours francs counted by hand: the days strictly between the sending and the meeting (CGCT L2121-11).
      let fullDays = 0;
      for (let day = addDays(sent, 1); day < meeting; day = addDays(day, 1)) fullDays += 1;
      const expected = fullDays >= 3 ? 'ordinaire' : fullDays >= 1 ? 'urgence' : 'impossible';
      expect(expected, 'never impossible: a jour franc is always left').not.toBe('impossible');
      const args = { meetingDate: meeting, sendDate: sent, population: vars.population ?? 0 };
      expect(rule('conseil.convocationRegime', args)).toBe(expected);
      const analysis = convocationRegime(meeting, sent, Number(vars.population));
      expect(analysis.regime).toBe(expected);
      expect(analysis.fullDaysAvailable).toBe(fullDays);
      expect(analysis.earliestOrdinaryMeeting).toBe(vars.premiereSeanceOrdinaire);
      expect(vars.premiereSeanceOrdinaire).toBe(addDays(sent, 4));
      expect(String(vars.premiereSeanceOrdinaire) <= meeting).toBe(expected === 'ordinaire');
      // The latest sending dates: 3 jours francs without urgency, 1 in urgency.
      expect(vars.envoiLimiteSpeciale).toBe(addDays(meeting, -4));
      expect(vars.envoiUrgence).toBe(addDays(meeting, -2));
      expect(String(vars.envoiUrgence) >= sent).toBe(true);
      expect(String(vars.envoiLimiteSpeciale) >= sent).toBe(expected === 'ordinaire');
      // The label names the regime; the good bot takes the matching path and never the other.
      const label = scenario.variants?.find((item) => item.id === variant)?.label ?? '';
      expect(label).toContain(
        expected === 'ordinaire'
          ? 'convocation ordinaire de la séance spéciale'
          : 'séance spéciale en urgence',
      );
      const run = autoplay(program, { seed: seedOf(variant) }, 'good', 1);
      const [taken, avoided] =
        expected === 'ordinaire'
          ? [
              ['regime-ordinaire', 'convocation-speciale'],
              ['regime-urgence', 'urgence'],
            ]
          : [
              ['regime-urgence', 'urgence'],
              ['regime-ordinaire', 'convocation-speciale'],
            ];
      expect(run.visited).toEqual(expect.arrayContaining(taken));
      for (const step of avoided) expect(run.visited).not.toContain(step);
    },
  );

  it.each(variantIds)(
    '%s: the deliberation cites the budget the rules give, before the vote of the year’s budget',
    (variant) => {
      const vars = varsOf(variant);
      const year = Number(yearOf(variant));
      const renewal = year === 2026;
      expect(vars.anneeRenouvellement).toBe(renewal);
      // No vote date is supplied: the rule compares with the legal deadline (CGCT L1612-2), 30 April in 2026
      // (renewal year), 15 April otherwise; every séance of the scenario is earlier.
      expect(vars.voteBudget).toBe('');
      const visa = budgetVisa({ meetingDate: String(vars.seance), renewalYear: renewal });
      expect(visa.budgetVoteDate).toBe(renewal ? '2026-04-30' : `${year}-04-15`);
      expect(visa.kind).toBe('avant-vote');
      const expected =
        'l’article L1612-1 du code général des collectivités territoriales et les crédits ouverts au budget ' +
        `de l’exercice ${year - 1}`;
      expect(visa.visa).toBe(expected);
      const args = { meetingDate: String(vars.seance), budgetVoteDate: '', renewalYear: renewal };
      expect(rule('conseil.budgetVisa', args)).toBe(expected);
      expect(vars.visaBudget).toBe(expected);
      expect(vars.visaBudgetMotif).toBe(visa.reason);
      expect(String(vars.visaBudgetMotif)).toContain(
        `il le sera au plus tard le ${formatFrenchDate(visa.budgetVoteDate)}, CGCT L1612-2`,
      );
      // The game's own budget séances of that year come after this council.
      const { scenario: budget } = repoScenario('vote-du-budget');
      const votes = (budget.variants ?? [])
        .map((item) => String(item.vars?.dateVote ?? ''))
        .filter((date) => date.startsWith(String(year)));
      expect(votes.length).toBeGreaterThan(0);
      for (const vote of votes) expect(String(vars.seance) < vote, vote).toBe(true);
      // The paragraph the trainee files, as the deliberation step shows it.
      const good = autoplay(program, { seed: seedOf(variant) }, 'good', 1);
      const at = good.visited.indexOf('deliberation');
      const before = replayRun(program, { seed: seedOf(variant) }, good.log.slice(0, at));
      const view = viewOf(program, before.snapshot);
      if (view?.kind !== 'classify') throw new Error('la délibération n’est pas un classement');
      expect(view.items.find((item) => item.id === 'vu-budget')?.label).toBe(`Vu ${expected}\u202f;`);
      expect(view.items.map((item) => item.label).join('\n')).not.toContain('budget primitif');
    },
  );
});

describe('conseil-municipal: the 2026 variants, in the outgoing mandate', () => {
  const renderedTexts = (variant: string) => {
    const vars = varsOf(variant);
    return Object.keys(scenario.texts).map((id) => textOf(scenario, id, vars));
  };

  it.each(variants2026)(
    '%s: set on the council of Friday 13 February 2026, the whole story before the first round',
    (variant) => {
      const vars = varsOf(variant);
      expect(vars.seance).toBe('2026-02-13');
      expect(weekday('2026-02-13')).toBe(5);
      expect(vars.proposition).toBe(vars.seance);
      // The maire asks 22 days before (14 + 1 + 6 + 1 days of advanceDate in the steps).
      expect(vars.date).toBe(addDays('2026-02-13', -22));
      expect(String(vars.dernierConseil)).toMatch(/^2025-1[0-2]-/);
      for (const key of [
        'date',
        'veille',
        'seance',
        'envoiSpeciale',
        'seanceSpeciale',
        'envoiSeconde',
        'secondeSeance',
        'depotDETR',
        'listeLimite',
        'pvLimite',
        'datePublication',
        'dateTransmission',
        'dateExecutoire',
      ])
        expect(String(vars[key]) < FIRST_ROUND_2026, key).toBe(true);
    },
  );

  it('computes the deadlines of February 2026 by the rules', () => {
    for (const variant of variants2026) {
      const vars = varsOf(variant);
      expect(vars.finTrimestre).toBe('2026-03-31');
      expect(
        rule('conseil.periodicity', { lastMeeting: vars.dernierConseil ?? '', meetingDate: '2026-02-13' }),
      ).toBe('respectee');
      // Three jours francs (Tuesday 10, Wednesday 11, Thursday 12) before Friday 13: sent on Monday 9.
      expect(vars.envoiLimite).toBe('2026-02-09');
      expect(vars.listeLimite).toBe('2026-02-20');
    }
    const a = varsOf('vendredi-comite-des-fetes-2026');
    // Asked on Thursday 12, the convocation leaves on Friday 13: three jours francs (14, 15, 16) allow Tuesday 17,
    // the séance spéciale, convened ordinarily; its PV-adopting séance sets the online deadline a week later.
    expect([
      a.envoiSpeciale,
      a.premiereSeanceOrdinaire,
      a.seanceSpeciale,
      a.envoiLimiteSpeciale,
      a.pvLimite,
      a.dateExecutoire,
    ]).toEqual(['2026-02-13', '2026-02-17', '2026-02-17', '2026-02-13', '2026-02-24', '2026-02-18']);
    expect(
      rule('conseil.convocationRegime', {
        meetingDate: String(a.seanceSpeciale),
        sendDate: String(a.envoiSpeciale),
        population: a.population ?? 0,
      }),
    ).toBe('ordinaire');
    expect(
      rule('conseil.deferralStatus', { transmittedOn: '2026-02-18', on: String(a.dateQuestionDefere) }),
    ).toBe('forclos');
    const b = varsOf('vendredi-union-sportive-2026');
    // The séance spéciale of Monday 16 comes before Tuesday 17, the first ordinary date: convened in urgency, one
    // jour franc (Sunday 15) at least, sent by Saturday 14. The quorum is lost at item 3: sent on Monday 16
    // February, the new meeting is on Friday 20 at the earliest.
    expect([
      b.envoiSpeciale,
      b.premiereSeanceOrdinaire,
      b.seanceSpeciale,
      b.envoiUrgence,
      b.secondeSeance,
      b.pvLimite,
      b.dateExecutoire,
    ]).toEqual([
      '2026-02-13',
      '2026-02-17',
      '2026-02-16',
      '2026-02-14',
      '2026-02-20',
      '2026-02-23',
      '2026-02-17',
    ]);
    expect(
      rule('conseil.convocationRegime', {
        meetingDate: String(b.seanceSpeciale),
        sendDate: String(b.envoiSpeciale),
        population: b.population ?? 0,
      }),
    ).toBe('urgence');
    expect(
      rule('conseil.deferralStatus', { transmittedOn: '2026-02-16', on: String(b.dateQuestionDefere) }),
    ).toBe('ouvert');
  });

  it.each(variants2026)(
    '%s: the acts cited were voted by the outgoing council; the 2026 budget is not voted yet',
    (variant) => {
      const vars = varsOf(variant);
      // Delegations (L2122-22) and the choice of publicity (L2131-1, since 1 July 2022) of the 2020-2026 mandate.
      expect(String(vars.delegationsDu)).toMatch(/ 202[0-5]$/);
      const choice = String(vars.choixPublicationTexte).match(/ (20\d\d),/);
      if (choice) expect(Number(choice[1])).toBeGreaterThanOrEqual(2022);
      if (choice) expect(Number(choice[1])).toBeLessThanOrEqual(2025);
      // The budget of 2026 is voted in April: the subsidy rests on the credits of 2025 (CGCT L1612-1).
      expect(String(vars.visaBudget)).toContain('L1612-1');
      expect(String(vars.visaBudget)).toContain('2025');
      expect(String(vars.visaBudgetMotif)).toContain('jeudi 30 avril 2026');
      // Friday's séance: its follow-up is on Monday morning.
      expect(rule('conseil.daysToNextWorkingDay', { date: String(vars.seance) })).toBe(3);
      expect(String(vars.suiteReglement)).toContain('conseil élu en mars');
      const texts = renderedTexts(variant).join('\n');
      expect(texts).not.toMatch(/séance de juin|exercice 2026/);
    },
  );

  it.each(variantIds)('%s: no text cites a year after the year of its séance', (variant) => {
    const years = renderedTexts(variant).flatMap((text) => text.match(/\b(?:19|20)\d\d\b/g) ?? []);
    expect(Math.max(...years.map(Number))).toBeLessThanOrEqual(Number(yearOf(variant)));
  });

  it.each(variants2026)('%s: the careless bot fails, told the dates of February 2026', (variant) => {
    const run = autoplay(program, { seed: seedOf(variant) }, 'careless', 1);
    expect(run.stoppedBecause).toBeNull();
    const { evidence } = run.snapshot.context;
    expect(mark(evidence)).toBeLessThan(10);
    const explanation = (step: string) => evidence.find((item) => item.step === step)?.explanation ?? '';
    expect(explanation('convocation.dateLimite')).toContain('au plus tard le lundi 9 février 2026');
    expect(explanation('publicite.liste')).toContain('vendredi 20 février 2026');
  });
});

describe('conseil-municipal: variant data agree with the rules', () => {
  it.each(variantIds)(
    '%s: the feuille de présence tells the same story as the lists the rules read',
    (variant) => {
      const vars = varsOf(variant);
      const opening = namesOf(vars.presentsOuverture);
      const voting = namesOf(vars.presentsVotes);
      const atItem = namesOf(vars.presentsPoint);
      for (const member of Object.keys(MEMBERS)) {
        const status = String(vars[`f${member}`]);
        if (opening.includes(member)) expect(status, member).toMatch(/^Présente?/);
        else expect(status, member).toMatch(/^(Absente?|Arrivée?)/);
        if (/parti/.test(status)) expect(atItem, member).not.toContain(member);
        if (/^Arrivée?/.test(status)) expect(atItem, member).toContain(member);
        if (/^Arrivée? à 20/.test(status)) expect(voting, member).toContain(member);
      }
      expect(voting.filter((member) => !opening.includes(member))).toEqual(
        Object.keys(MEMBERS).filter((member) => /^Arrivée? à 20/.test(String(vars[`f${member}`]))),
      );
    },
  );

  it.each(variantIds)('%s: each proxy is described by its giver, its holder and its number', (variant) => {
    const vars = varsOf(variant);
    namesOf(vars.pouvoirs).forEach((entry, index) => {
      const [from = '', to = ''] = entry.split('>');
      const number = index + 1;
      expect(String(vars[`f${from}`])).toContain(`pouvoir n°\u00a0${number}`);
      for (const text of [vars[`pouvoir${number}`], vars[`p${number}Court`]]) {
        expect(String(text)).toContain(MEMBERS[from] ?? from);
        expect(String(text)).toContain(MEMBERS[to] ?? to);
      }
      const status = rule('conseil.proxyStatus', {
        proxies: vars.pouvoirs ?? '',
        index: number,
        present: vars.presentsVotes ?? '',
        sessions: vars.pouvoirsSeances ?? '',
        illness: vars.pouvoirsMaladie ?? '',
      });
      const reason = String(vars[`raison${number}`]);
      if (status === 'valable') expect(reason).toMatch(/\b(vaut|valable)\b/);
      else expect(reason).not.toMatch(/valable|il vaut/);
    });
    expect(String(vars.pouvoir3)).toContain(String(vars.interesse).split(' ').pop() ?? '');
  });

  it.each(variantIds)('%s: every vote counts exactly the voters in the room', (variant) => {
    const vars = varsOf(variant);
    const valid = [1, 2, 3].filter(
      (index) =>
        rule('conseil.proxyStatus', {
          proxies: vars.pouvoirs ?? '',
          index,
          present: vars.presentsVotes ?? '',
          sessions: vars.pouvoirsSeances ?? '',
          illness: vars.pouvoirsMaladie ?? '',
        }) === 'valable',
    ).length;
    const voters = Number(vars.presentsVotesNb) + valid;
    expect(Number(vars.t1Pour) + Number(vars.t1Contre) + Number(vars.t1Abst)).toBe(voters);
    expect(Number(vars.t2Pour) + Number(vars.t2Contre) + Number(vars.t2Abst)).toBe(voters);
    expect(vars.t1Pour).toBe(vars.t1Contre);
    expect(vars.t2Pour).toBe(vars.t2Contre);
    if (vars.presentsPointNb !== undefined && Number(vars.presentsPointNb) >= Number(vars.quorumRequis)) {
      const validAtItem = [1, 2, 3].filter(
        (index) =>
          rule('conseil.proxyStatus', {
            proxies: vars.pouvoirs ?? '',
            index,
            present: vars.presentsPoint ?? '',
            interested: vars.interesseId ?? '',
            sessions: vars.pouvoirsSeances ?? '',
            illness: vars.pouvoirsMaladie ?? '',
          }) === 'valable',
      ).length;
      const counted = (String(vars.resultatPoint3).match(/\d+/g) ?? []).map(Number);
      expect(counted.reduce((sum, n) => sum + n, 0)).toBe(Number(vars.presentsPointNb) + validAtItem);
    }
  });

  it.each(variantIds)('%s: the publication texts name the mode the rule gives', (variant) => {
    const vars = varsOf(variant);
    const mode = rule('conseil.publicationMode', {
      population: vars.population ?? 0,
      councilChoice: vars.choixPublication ?? '',
    });
    const word = { electronique: 'électronique', affichage: 'affichage', papier: 'papier' }[String(mode)];
    expect(String(vars.modeTexte)).toContain(word);
    if (vars.choixPublication === 'aucun') expect(String(vars.choixPublicationTexte)).toContain('jamais');
    else expect(String(vars.choixPublicationTexte)).toContain(String(vars.choixPublication));
  });
});

describe('conseil-municipal: exchanges and uncertain points', () => {
  it.each(['interesse', 'ajout'])(
    '%s is a maire ↔ SGM exchange with tactful, blunt and yielding answers',
    (id) => {
      const step = scenario.steps[id];
      if (step?.type !== 'choice') throw new Error(`${id} n’est pas un choix`);
      expect(step.exchange).toBe(true);
      expect(step.role).toBe('sgm');
      expect(scenario.cast[step.speaker ?? '']?.role).toBe('maire');
      const outcomes = scenario.scoring[step.decision ?? '']?.options ?? {};
      const given = step.options.map((option) => outcomes[option.id]?.verdict);
      expect(given[0]).toBe('conforme');
      expect(given).toContain('acceptable');
      expect(given).toContain('illegal');
    },
  );

  it('refuses to compute a déféré status or a transmission the engine marks uncertain', () => {
    // Transmitted on 30 March 2027: two months end on Sunday 30 May, the délai franc might run to Monday 31.
    expect(rule('conseil.deferralStatus', { transmittedOn: '2027-03-30', on: '2027-05-30' })).toBe('ouvert');
    expect(() => rule('conseil.deferralStatus', { transmittedOn: '2027-03-30', on: '2027-05-31' })).toThrow();
    expect(rule('conseil.deferralStatus', { transmittedOn: '2027-03-30', on: '2027-06-01' })).toBe('forclos');
    // Only the acts L2131-2 settles with certainty can be named: a marché (threshold by analogy) cannot.
    expect(rule('conseil.transmission', { act: 'police-circulation' })).toBe('non-transmis');
    expect(() => rule('conseil.transmission', { act: 'marche' })).toThrow();
  });

  it('never scores the points the fact sheet leaves uncertain', () => {
    const references = Object.values(scenario.scoring).flatMap((decision) => [
      decision.reference,
      ...Object.values(decision.options ?? {}).map((outcome) => outcome.reference ?? ''),
      ...Object.values(decision.fields ?? {}).map((field) => field.reference ?? ''),
    ]);
    // Police de l'assemblée (L2121-16, [M]) and the 15-day transmission of individual decisions (§7 n° 8).
    expect(references.filter((reference) => /L2121-16|D2131-5-1/.test(reference))).toEqual([]);
  });
});
