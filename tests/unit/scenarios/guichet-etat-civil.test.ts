import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, dateParts, FRENCH_MONTHS, isNonWorkingDay } from '../../../src/core/dates';
import {
  birthDeclarationDeadline,
  COUNTER_CONFIDENTIALITY_RULE,
  decideCounterDisclosure,
  isBirthDeclarationLate,
} from '../../../src/core/rules/etat-civil';
import {
  autoplay,
  calculators,
  compileScenario,
  replayRun,
  seedPerVariant,
  startRun,
  viewOf,
  type ScenarioEvent,
} from '../../../src/core/scenario';
import { textOf } from '../../../src/core/scenario/runtime/values';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { markOf as markOfScenario, repoScenario, verdicts } from './scenario-kit';

const ID = 'guichet-etat-civil';
const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'scenarios', ID);

interface PathFixture {
  readonly seed: number;
  readonly variant: string;
  readonly events: readonly ScenarioEvent[];
  readonly visited: readonly string[];
  readonly evidence: readonly (readonly [string, string])[];
}

function loadFixture(name: string): PathFixture {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as PathFixture;
}

const pairs = verdicts;

const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);

/** Plays `seed` on `date` with the good bot: 20/20, the declaration judged in time or late by the rule. */
function expectJudgedByRule(seed: number, date: string): void {
  const run = autoplay(program, { seed, date }, 'good', seed);
  expect(run.stoppedBecause).toBeNull();
  const late = isBirthDeclarationLate(addDays(date, Number(run.snapshot.context.vars.ecartNaissance)), date);
  expect(run.visited).toContain(late ? 'naissance-hors-delai' : 'naissance-dans-delai');
  expect(markOf(run.snapshot.context.evidence)).toBe(20);
}
/** Whole runs of a 25-minute scenario on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;
const VISITORS_BY_LEVEL: Readonly<Record<number, readonly string[]>> = {
  1: ['famille', 'conjoint', 'extrait', 'deces', 'pere', 'veuf', 'portugais'],
  2: ['genealogiste', 'casablanca', 'pompes', 'voisin'],
  3: ['pacs', 'notaire', 'lea'],
};
const ALL_VISITORS = Object.values(VISITORS_BY_LEVEL).flat();
const visitorsIn = (visited: readonly string[]) => visited.filter((step) => ALL_VISITORS.includes(step));

describe('scenario « Le guichet de l’état civil »: paths', () => {
  it.each([
    ['golden', 20],
    ['careless', null],
  ] as const)('replays the %s path of seed 1 with its exact evidence', (name, expectedMark) => {
    const fixture = loadFixture(`${name}-seed-1`);
    const replay = replayRun(program, { seed: fixture.seed }, fixture.events);
    expect(replay.refusedAt).toBeNull();
    expect(replay.snapshot.status).toBe('done');
    expect(replay.snapshot.context.variant).toBe(fixture.variant);
    expect(replay.visited).toEqual(fixture.visited);
    expect(pairs(replay.snapshot.context.evidence)).toEqual(fixture.evidence);
    const mark = markOf(replay.snapshot.context.evidence);
    if (expectedMark === null) expect(mark).toBeLessThan(5);
    else expect(mark).toBe(expectedMark);
  });

  it('the careless path says, for each mistake, what should have been done and under which text', () => {
    const fixture = loadFixture('careless-seed-1');
    const { evidence } = replayRun(program, { seed: fixture.seed }, fixture.events).snapshot.context;
    for (const item of evidence.filter((candidate) => candidate.verdict !== 'conforme')) {
      expect(item.explanation.length).toBeGreaterThan(60);
      expect(item.explanation).not.toMatch(/[{}⟦]/);
      expect(item.reference.length).toBeGreaterThan(5);
    }
  });
});

describe('scenario « Le guichet de l’état civil »: variants', () => {
  it('draws every variant from the seed', () => {
    expect([...seeds.keys()].sort()).toEqual((scenario.variants ?? []).map((variant) => variant.id).sort());
  });

  it.each((scenario.variants ?? []).map((variant) => [variant.id]))(
    'variant %s: the model answers score 20/20, careless ones far less',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const good = autoplay(program, { seed }, 'good', seed);
      expect(good.stoppedBecause).toBeNull();
      expect(good.snapshot.context.evidence.every((item) => item.verdict === 'conforme')).toBe(true);
      expect(good.snapshot.context.evidence.length).toBeGreaterThanOrEqual(8);
      expect(markOf(good.snapshot.context.evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(markOf(careless.snapshot.context.evidence)).toBeLessThan(10);
    },
    SLOW,
  );
});

describe('scenario « Le guichet de l’état civil »: the rulebook grows through the year', () => {
  it.each([
    ['2027-01-04', undefined, 1],
    ['2027-04-30', undefined, 1],
    ['2027-05-03', undefined, 2],
    ['2027-08-31', undefined, 2],
    ['2027-09-01', undefined, 3],
    ['2027-12-31', undefined, 3],
    ['2027-02-15', 3, 3],
    ['2027-11-15', 1, 1],
  ])('on %s with niveau %s the counter is at level %i', (date, niveau, level) => {
    const calculator = calculators['etat-civil.counterLevel'];
    const args = calculator?.args.parse(niveau === undefined ? { date } : { date, niveau });
    expect(calculator?.compute(args)).toBe(level);
  });

  it.each([
    [1, 6],
    [2, 7],
    [3, 8],
  ])(
    'at level %i the queue holds %i visitors, only of that level or below',
    (level, size) => {
      for (let seed = 0; seed < 20; seed += 1) {
        const run = autoplay(program, { seed, worldVars: { niveau: level } }, 'good', seed);
        expect(run.snapshot.context.vars.niveau).toBe(level);
        const visitors = visitorsIn(run.visited);
        expect(visitors).toHaveLength(size);
        const allowed = [1, 2, 3].filter((n) => n <= level).flatMap((n) => VISITORS_BY_LEVEL[n] ?? []);
        expect(visitors.every((visitor) => allowed.includes(visitor))).toBe(true);
      }
    },
    SLOW,
  );

  it(
    'follows the date the year sets, and every visitor of the pool gets a scored or explained answer',
    () => {
      const everyone = structuredClone(scenario);
      const queue = everyone.steps['file-3'];
      if (queue?.type !== 'queue') throw new Error('file-3 devrait être une file');
      everyone.steps['file-3'] = { ...queue, pick: queue.from.length };
      const full = compileScenario(everyone);
      for (const [index, seed] of [...seedPerVariant(full).values()].entries()) {
        for (const date of [undefined, ['2027-09-07', '2027-10-14', '2027-11-30', '2027-12-17'][index % 4]]) {
          const run = autoplay(
            full,
            date === undefined ? { seed, worldVars: { niveau: 3 } } : { seed, date },
            'good',
            seed,
          );
          expect(run.stoppedBecause).toBeNull();
          expect(visitorsIn(run.visited)).toHaveLength(ALL_VISITORS.length);
          const steps = run.snapshot.context.evidence.map((item) => item.step.split('.')[0] ?? '');
          for (const visitor of ALL_VISITORS.filter((v) => v !== 'pacs')) {
            expect(steps.some((step) => step.startsWith(`${visitor}-`))).toBe(true);
          }
          expect(run.visited).toEqual(expect.arrayContaining(['pacs-note']));
          expect(markOf(run.snapshot.context.evidence)).toBe(20);
        }
      }
    },
    SLOW,
  );
});

describe('scenario « Le guichet de l’état civil »: the law comes from the rules', () => {
  it.each((scenario.variants ?? []).map((variant) => [variant.id]))(
    'variant %s: the birth declaration is judged as code civil art. 55 decides',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const run = autoplay(program, { seed }, 'good', seed);
      const { vars } = run.snapshot.context;
      const birth = addDays(String(vars.date), Number(vars.ecartNaissance));
      const late = isBirthDeclarationLate(birth, String(vars.date));
      expect(run.visited).toContain(late ? 'naissance-hors-delai' : 'naissance-dans-delai');
    },
    SLOW,
  );

  it(
    'the year may set any date: a declaration made the same week is judged by the rule, never by hand',
    () => {
      for (const date of ['2027-01-04', '2027-05-07', '2027-05-14', '2027-07-15', '2027-12-27'])
        expectJudgedByRule(5, date);
    },
    SLOW,
  );

  it('never scores the uncertain point of the PACS partner', () => {
    const step = scenario.steps['pacs-reponse'];
    expect(step?.type).toBe('choice');
    expect(step && 'decision' in step ? step.decision : undefined).toBeUndefined();
    expect(Object.keys(scenario.scoring).some((id) => id.startsWith('pacs'))).toBe(false);
  });

  it('erratum 4 — confidentiality at the counter is scored: the neighbour is told nothing (BC02-01)', () => {
    const step = scenario.steps['voisin-reponse'];
    expect(step?.type === 'choice' ? step.decision : undefined).toBe('voisin-reponse');
    const scoring = scenario.scoring['voisin-reponse'];
    expect(scoring?.competences).toEqual(['RNCP41781-BC02-01']);
    expect(scoring?.reference).toBe(COUNTER_CONFIDENTIALITY_RULE.reference);
    expect(
      Object.fromEntries(Object.entries(scoring?.options ?? {}).map(([id, item]) => [id, item.verdict])),
    ).toEqual({ discret: 'conforme', confirme: 'illegal', famille: 'acceptable', timeout: 'risque' });
    // The model answer is the rule's: a third party asking about someone's private life is told nothing.
    expect(decideCounterDisclosure({ asker: 'tiers', about: 'evenement_vie_privee' }).decision).toBe(
      'ne_rien_dire',
    );
    expect(scenario.steps['voisin-note']).toBeUndefined();
  });

  it('erratum 4 — the careless answer to the neighbour costs points and its debrief cites the texts', () => {
    const fixture = loadFixture('careless-seed-1');
    const { evidence } = replayRun(program, { seed: fixture.seed }, fixture.events).snapshot.context;
    const item = evidence.find((candidate) => candidate.step === 'voisin-reponse');
    expect(item?.verdict).toBe('illegal');
    for (const article of ['L121-6 et L121-7', 'art. 226-13', 'code civil art. 9'])
      expect(item?.explanation).toContain(article);
    expect(item?.explanation).toContain('tout le village le sait');
  });
});

/** Full years from `from` to `to` (both AAAA-MM-JJ): an age. */
function fullYears(from: string, to: string): number {
  const a = dateParts(from);
  const b = dateParts(to);
  return b.year - a.year - (b.month < a.month || (b.month === a.month && b.day < a.day) ? 1 : 0);
}

/** « 1er mars 2015 » → 2015-03-01. */
function isoOfFrench(text: string): string {
  const match = /^(\d{1,2})(?:er)? (\S+) (\d{4})$/.exec(text);
  const month = (FRENCH_MONTHS as readonly string[]).indexOf(match?.[2] ?? '') + 1;
  if (!match || month === 0) throw new Error(`date illisible : ${text}`);
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]?.padStart(2, '0')}`;
}

/** A program whose last queue takes every visitor of the pool: each visitor meets each variant. */
function everyVisitorProgram() {
  const everyone = structuredClone(scenario);
  const queue = everyone.steps['file-3'];
  if (queue?.type !== 'queue') throw new Error('file-3 devrait être une file');
  everyone.steps['file-3'] = { ...queue, pick: queue.from.length };
  return compileScenario(everyone);
}

describe('scenario « Le guichet de l’état civil »: the variants dated 2026', () => {
  // variant, day played, level, birth, last day to declare, late?, register year, register free from
  const DATED_2026 = [
    ['fevrier-2026', '2026-02-02', 1, '2026-01-27', '2026-02-02', false, 1958, '2034-01-01'],
    ['mai-2026', '2026-05-15', 2, '2026-05-09', '2026-05-15', false, 1950, '2026-01-01'],
    ['octobre-2026', '2026-10-14', 3, '2026-10-08', '2026-10-13', true, 1951, '2027-01-01'],
    ['decembre-2026', '2026-12-29', 3, '2026-12-21', '2026-12-28', true, 1925, '2001-01-01'],
  ] as const;

  it('each year has its own variants: ids ending in -2026 are dated 2026, the others 2027', () => {
    const byYear = (year: string) =>
      (scenario.variants ?? [])
        .filter((variant) => String(variant.vars.date).startsWith(year))
        .map((variant) => variant.id);
    expect(byYear('2026')).toEqual(['fevrier-2026', 'mai-2026', 'octobre-2026', 'decembre-2026']);
    expect(byYear('2027')).toHaveLength(8);
    expect(byYear('2027').some((id) => id.endsWith('-2026'))).toBe(false);
  });

  it.each(DATED_2026)(
    'variant %s: played on %s, a working day, at level %i; the birth and the register are judged by the rules',
    (variant, date, level, birth, lastDay, late, register, freeFrom) => {
      const seed = seeds.get(variant) ?? -1;
      const run = autoplay(everyVisitorProgram(), { seed }, 'good', seed);
      const { vars, evidence } = run.snapshot.context;
      expect(run.stoppedBecause).toBeNull();
      expect(vars.date).toBe(date);
      expect(isNonWorkingDay(date)).toBe(false);
      expect(vars.niveau).toBe(level);
      // Code civil art. 55: five days, the day of birth not counted, a last day off moved to the next working day.
      expect(vars.naissanceBebe).toBe(birth);
      expect(vars.naissanceLimite).toBe(lastDay);
      expect(birthDeclarationDeadline(birth).lastDay).toBe(lastDay);
      expect(isBirthDeclarationLate(birth, date)).toBe(late);
      expect(run.visited).toContain(late ? 'naissance-hors-delai' : 'naissance-dans-delai');
      // Code du patrimoine L213-2: the register of N is free from 1 January N + 76.
      expect(vars.archAnnee).toBe(register);
      expect(vars.archLibre).toBe(freeFrom);
      if (level > 1) {
        expect(run.visited).toContain(date >= freeFrom ? 'genealogiste-libre' : 'genealogiste-protege');
      }
      expect(evidence.every((item) => item.verdict === 'conforme')).toBe(true);
      expect(markOf(evidence)).toBe(20);
    },
    SLOW,
  );

  it('the 2026 dates teach what the calendar of 2026 holds', () => {
    const lastDay = (birth: string) => birthDeclarationDeadline(birth);
    // A Sunday fifth day: the sixth day is still in time.
    expect(lastDay('2026-01-27')).toMatchObject({ nominalLastDay: '2026-02-01', lastDay: '2026-02-02' });
    // Ascension, Thursday 14 May 2026: moved to Friday 15.
    expect(lastDay('2026-05-09')).toMatchObject({ nominalLastDay: '2026-05-14', lastDay: '2026-05-15' });
    // The weekend inside the five days counts: no extension.
    expect(lastDay('2026-10-08')).toMatchObject({ nominalLastDay: '2026-10-13', extended: false });
    // Christmas inside the five days extends nothing; the Saturday fifth day moves to Monday 28.
    expect(lastDay('2026-12-21')).toMatchObject({ nominalLastDay: '2026-12-26', lastDay: '2026-12-28' });
  });

  it('in 2026 the register of 1950 is free and the register of 1951 is not, until 1 January 2027', () => {
    const outcome = (actYear: number, today: string) => {
      const calculator = calculators['etat-civil.actRequestOutcome'];
      const args = { act: 'naissance', form: 'copie_integrale', actYear, today, eventPlace: 'commune' };
      return calculator?.compute(calculator.args.parse({ ...args, requester: 'tiers', subjectMinor: false }));
    };
    expect(outcome(1950, '2026-01-01')).toBe('delivrer');
    expect(outcome(1950, '2025-12-31')).toBe('refuser');
    expect(outcome(1951, '2026-10-14')).toBe('refuser');
    expect(outcome(1951, '2026-12-31')).toBe('refuser');
    expect(outcome(1951, '2027-01-01')).toBe('delivrer');
    // The family acts of the 2026 variants are well under 75 years old: the rule, not the archive, decides.
    for (const year of [1959, 1963, 1965, 1968, 1979, 2008])
      expect(outcome(year, '2026-12-31')).toBe('refuser');
  });

  it.each((scenario.variants ?? []).map((variant) => [variant.id]))(
    'variant %s: ages and durations in the texts are true on the day played',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const { vars } = startRun(program, { seed }).context;
      const date = String(vars.date);
      // M. Jouan, born 17 January 1943 (his identity card).
      expect(vars.veufAge).toBe(fullYears('1943-01-17', date));
      // Léa: 17 when minor, 18 for a few weeks when of age.
      const leaAge = fullYears(String(vars.leaNaissance), date);
      expect(leaAge).toBe(vars.leaMineure ? 17 : 18);
      // The companion: « vie commune depuis douze ans », as the attestation dates it.
      if (vars.conjDemandeur === 'concubin') {
        expect(fullYears(isoOfFrench(String(vars.conjPiece3v)), date)).toBe(12);
      }
      // No age of the father in the sister’s reason: it would not stay true all year.
      expect(String(vars.famMotif)).not.toMatch(/\d+ ans/);
    },
  );

  it.each((scenario.variants ?? []).map((variant) => [variant.id]))(
    'variant %s: no text names the other year, but for the day a register becomes free',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const { vars } = startRun(program, { seed }).context;
      const year = String(vars.date).slice(0, 4);
      const other = year === '2026' ? '2027' : '2026';
      const archive =
        /^genealogiste-(calcul\.field\.libreDepuis|libre\.option\.[a-z]+|protege\.option\.[a-z]+)\.why$/;
      for (const id of Object.keys(scenario.texts)) {
        const text = textOf(scenario, id, vars);
        if (archive.test(id)) continue;
        expect(text, id).not.toContain(other);
      }
      if (String(vars.archLibre).startsWith(other)) expect(String(vars.archLibre)).toBe(`${other}-01-01`);
    },
  );

  it(
    'the year may set any day of 2026, holidays around it included: the rule judges the declaration',
    () => {
      for (const date of [
        '2026-01-05',
        '2026-04-07',
        '2026-05-15',
        '2026-05-26',
        '2026-11-12',
        '2026-12-28',
      ]) {
        expectJudgedByRule(seeds.get('fevrier-2026') ?? -1, date);
      }
    },
    SLOW,
  );
});

describe('scenario « Le guichet de l’état civil »: building blocks', () => {
  it('the maire’s request is a maire ↔ SGM exchange with a tactful, a blunt and a yielding answer', () => {
    const step = scenario.steps['tension-choix'];
    expect(step).toMatchObject({ type: 'choice', exchange: true, speaker: 'maire', role: 'sgm' });
    const verdicts = Object.fromEntries(
      Object.entries(scenario.scoring.tension?.options ?? {}).map(([id, outcome]) => [id, outcome.verdict]),
    );
    expect(verdicts).toEqual({ tact: 'conforme', sec: 'acceptable', cede: 'illegal' });
  });

  it('every decision at the counter runs under a timer whose expiry is scored « risque »', () => {
    const untimed = ['veuf-accueil', 'portugais-accueil', 'tension'];
    const decisions = Object.entries(scenario.steps).flatMap(([id, step]) =>
      step.type === 'choice' && step.decision !== undefined && !untimed.includes(step.decision)
        ? [{ id, step, decision: step.decision }]
        : [],
    );
    expect(decisions.length).toBeGreaterThan(15);
    for (const { id, step, decision } of decisions) {
      expect(step.timer, id).toBeDefined();
      expect(scenario.scoring[decision]?.options?.timeout?.verdict, id).toBe('risque');
    }
  });

  it('shows the visitor’s documents at the decision, in French', () => {
    const fixture = loadFixture('golden-seed-1');
    const { seed } = fixture;
    const index = fixture.visited.indexOf('casablanca-scec');
    const replay = replayRun(program, { seed }, fixture.events.slice(0, index));
    const view = viewOf(program, replay.snapshot);
    expect(view?.kind).toBe('choice');
    expect(view?.timer?.seconds).toBe(90);
    expect(view?.documents?.map((document) => document.title)).toEqual([
      'Demande d’acte de naissance',
      'Carte nationale d’identité',
    ]);
    expect(JSON.stringify(view)).toContain('Casablanca (Maroc)');
  });
});

describe('etat-civil vocabulary used by the scenario', () => {
  const request = {
    act: 'naissance',
    form: 'copie_integrale',
    actYear: 1998,
    today: '2026-11-23',
    eventPlace: 'commune',
    requester: 'frere_soeur',
    subjectMinor: false,
  };
  const compute = (name: string, args: Record<string, unknown>) => {
    const calculator = calculators[name];
    if (!calculator) throw new Error(`règle inconnue : ${name}`);
    return calculator.compute(calculator.args.parse(args));
  };

  it.each([
    [{}, 'refuser'],
    [{ requester: 'descendant' }, 'delivrer'],
    [{ form: 'extrait_sans_filiation' }, 'delivrer'],
    [{ eventPlace: 'autre_commune' }, 'mairie_du_lieu'],
    [{ eventPlace: 'etranger', requester: 'titulaire' }, 'scec_nantes'],
    [{ actYear: 1950 }, 'delivrer'],
    [{ actYear: 1951 }, 'refuser'],
    [{ requester: 'titulaire', subjectMinor: true }, 'refuser'],
    [{ requester: 'partenaire_pacs' }, 'incertain'],
    [{ procureurAuthorisation: true }, 'delivrer'],
  ])('etat-civil.actRequestOutcome %j → %s', (change, outcome) => {
    expect(compute('etat-civil.actRequestOutcome', { ...request, ...change })).toBe(outcome);
  });

  it('refuses a malformed request, as the rules command does', () => {
    expect(
      calculators['etat-civil.actRequestOutcome']?.args.safeParse({ ...request, actYear: 2030 }).success,
    ).toBe(false);
  });

  it.each([
    ['commune', false, 'recevoir', 'envoyer_expedition_au_dernier_domicile'],
    ['commune', true, 'recevoir', 'aucune'],
    ['autre_commune', true, 'orienter', 'transcrire_a_reception'],
  ])('death in %s, domicile here %s → %s, %s', (deathPlace, lastDomicileHere, decision, transcription) => {
    const args = { deathPlace, lastDomicileHere };
    expect(compute('etat-civil.deathDeclarationOutcome', args)).toBe(decision);
    expect(compute('etat-civil.deathTranscription', args)).toBe(transcription);
  });

  it.each([
    ['2027-03-24', '2027-03-30', 'recevoir'],
    ['2027-02-10', '2027-02-16', 'refuser'],
  ])('a birth of %s declared on %s by the father: %s', (birthDate, declarationDate, outcome) => {
    const args = { birthDate, declarationDate, birthPlace: 'commune', declarant: 'pere' };
    expect(compute('etat-civil.birthDeclarationOutcome', args)).toBe(outcome);
    expect(compute('etat-civil.birthDeclarationOutcome', { ...args, declarant: 'mere' })).toBe(
      outcome === 'recevoir' ? 'incertain' : outcome,
    );
  });

  it('frees the register of year N on 1 January N + 76', () => {
    expect(compute('etat-civil.freeCommunicabilityDate', { actYear: 1951 })).toBe('2027-01-01');
    expect(
      compute('etat-civil.requestStatesEnough', {
        act: 'naissance',
        form: 'copie_integrale',
        statesParentsNames: false,
      }),
    ).toBe(false);
  });
});
