import { describe, expect, it } from 'vitest';
import { interestedMemberBreaches } from '../../../src/core/rules/conseil';
import { decideCounterDisclosure } from '../../../src/core/rules/etat-civil';
import { evaluatePublication } from '../../../src/core/rules/rh';
import { advanceRun, autoplay, startRun, viewOf, type ScenarioEvent } from '../../../src/core/scenario';
import { markOf, repoScenario, evidenceOf } from './scenario-kit';

const ID = 'situations-de-tension';
const { scenario, program } = repoScenario(ID);
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;
const SITUATIONS = ['guichet', 'interesse', 'recrutement', 'antidate', 'conflit', 'reseaux'];
const DECISIONS: Readonly<Record<string, string>> = {
  guichet: 'guichet-plainte',
  interesse: 'interesse-terrain',
  recrutement: 'recrutement-proche',
  antidate: 'antidate-arrete',
  conflit: 'conflit-entretien',
  reseaux: 'reseaux-reponse',
};
const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** The situations a seed draws, in the order they are played. */
const drawnBy = (seed: number) =>
  autoplay(program, { seed }, 'good', seed)
    .visited.filter((step) => step.endsWith('-intro'))
    .map((step) => step.replace(/-intro$/, ''));

const verdictOf = (situation: string, optionId: string) =>
  scenario.scoring[DECISIONS[situation] ?? '']?.options?.[optionId]?.verdict;

describe('pack « Situations de tension »: the draw', () => {
  it('is a binôme pack: outside the top of scenarios/, so the solo catalogue does not offer it', () => {
    expect(scenario.roles).toEqual(expect.arrayContaining(['maire', 'sgm']));
  });

  it(
    'draws five situations of six per session, from the seed; every situation is drawn by some seed',
    () => {
      const seen = new Set<string>();
      for (const seed of SEEDS) {
        const drawn = drawnBy(seed);
        expect(drawn).toHaveLength(5);
        expect(new Set(drawn).size).toBe(5);
        expect(drawnBy(seed)).toEqual(drawn);
        for (const situation of drawn) seen.add(situation);
      }
      expect([...seen].sort()).toEqual([...SITUATIONS].sort());
    },
    SLOW,
  );

  it('gives every situation a private card for each seat, a discussion, an advised decision and the law', () => {
    for (const situation of SITUATIONS) {
      const elu = scenario.steps[`${situation}-carte-elu`];
      const sgm = scenario.steps[`${situation}-carte-sgm`];
      expect(elu?.type === 'dialogue' && elu.private && elu.role).toBe('maire');
      expect(sgm?.type === 'dialogue' && sgm.private && sgm.role).toBe('sgm');
      expect(scenario.steps[`${situation}-discussion`]?.type).toBe('dialogue');
      const decision = scenario.steps[`${situation}-decision`];
      expect(decision?.type === 'choice' && decision.advice !== undefined).toBe(true);
      expect(decision?.type === 'choice' && decision.decision).toBe(DECISIONS[situation]);
      expect(scenario.steps[`${situation}-loi`]?.type).toBe('dialogue');
    }
  });
});

describe('pack « Situations de tension »: scoring', () => {
  it.each(SEEDS.slice(0, 6))(
    'seed %i: the good pair scores 20/20, the careless pair far less, each mistake explained with its reference',
    (seed) => {
      const good = autoplay(program, { seed }, 'good', seed);
      expect(good.stoppedBecause).toBeNull();
      const { evidence, advice } = good.snapshot.context;
      expect(evidence).toHaveLength(5);
      expect(evidence.every((item) => item.verdict === 'conforme' && item.role === 'maire')).toBe(true);
      expect(Object.keys(advice)).toHaveLength(5);
      expect(markOf(scenario, evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(careless.stoppedBecause).toBeNull();
      expect(markOf(scenario, careless.snapshot.context.evidence)).toBeLessThan(4);
      for (const item of careless.snapshot.context.evidence) {
        expect(item.verdict, item.step).not.toBe('conforme');
        expect(item.explanation.length, item.step).toBeGreaterThan(80);
        expect(item.explanation, item.step).not.toMatch(/[{}⟦]/);
      }
    },
    SLOW,
  );

  it('cites a code and an article in every scored reference, and every illegal answer names its text', () => {
    for (const [id, decision] of Object.entries(scenario.scoring)) {
      expect(decision.reference, id).toMatch(/(CGCT|CGFP|code (pénal|civil)) [LRD]?\d/);
      for (const [option, outcome] of Object.entries(decision.options ?? {})) {
        const reference = outcome.reference ?? decision.reference;
        expect(reference, `${id}.${option}`).toMatch(/(CGCT|CGFP|code (pénal|civil)) [LRD]?\d/);
        if (outcome.verdict === 'illegal') {
          const why = scenario.texts[outcome.explanation] ?? '';
          expect(why, `${id}.${option}`).toMatch(/(CGCT|CGFP|code civil) [LRD]?\d/);
        }
      }
    }
  });

  it(
    'an illegal act is illegal whoever pushed for it: the SGM advising well does not save an illegal decision',
    () => {
      const seed = SEEDS.find((candidate) => drawnBy(candidate).includes('recrutement')) ?? 0;
      const advise: ScenarioEvent = {
        type: 'user.submit',
        values: { conseil: 'publier', explication: 'L313-4' },
      };
      let snapshot = startRun(program, { seed });
      while (viewOf(program, snapshot)?.stepId !== 'recrutement-decision')
        snapshot = autoplay(program, { seed }, 'good', seed, 1, snapshot).snapshot;
      const advised = advanceRun(program, snapshot, advise);
      expect(advised.accepted).toBe(true);
      snapshot = advised.snapshot;
      expect(snapshot.context.advice['recrutement-proche']?.optionId).toBe('publier');
      const overruled = advanceRun(program, snapshot, { type: 'user.choose', optionId: 'direct' });
      expect(overruled.accepted).toBe(true);
      expect(evidenceOf(overruled.snapshot, 'recrutement-proche')?.verdict).toBe('illegal');
      const followed = advanceRun(program, snapshot, { type: 'user.choose', optionId: 'publier' });
      expect(evidenceOf(followed.snapshot, 'recrutement-proche')?.verdict).toBe('conforme');
    },
    SLOW,
  );
});

describe('pack « Situations de tension »: the law comes from the rule engines', () => {
  it('conseillère intéressée: each option is judged as the conseil engine judges her conduct (CGCT L2131-11)', () => {
    const conduct = {
      sort: { name: 'Mme Dubois' },
      reste: { name: 'Mme Dubois', stayedInRoom: true },
      pouvoir: { name: 'Mme Dubois', gaveProxy: true },
    };
    expect(interestedMemberBreaches(conduct.sort)).toEqual([]);
    expect(verdictOf('interesse', 'sort')).toBe('conforme');
    // Staying in the room without voting is a breach whose sanction depends on its influence: a risk.
    expect(interestedMemberBreaches(conduct.reste)).toHaveLength(1);
    expect(verdictOf('interesse', 'reste')).toBe('risque');
    // Voting by proxy is taking part in the vote: the délibération is illegal.
    expect(interestedMemberBreaches(conduct.pouvoir)).toHaveLength(1);
    expect(verdictOf('interesse', 'pouvoir')).toBe('illegal');
  });

  it('proche à embaucher: the rh engine refuses a nomination without a month of publicity (CGFP L313-4, D311-2)', () => {
    const date = String(startRun(program, { seed: 0 }).context.vars['date']);
    const judge = (publicationDate: string, nominationDate: string) =>
      evaluatePublication({
        kind: 'publication',
        description: 'agent d’entretien',
        publicationDate,
        nominationDate,
        urgence: false,
      }).publicationSuffisante;
    expect(date).toBe('2027-03-02');
    expect(judge('2027-03-02', '2027-04-06')).toBe(true);
    expect(verdictOf('recrutement', 'publier')).toBe('conforme');
    expect(judge('2027-03-09', '2027-03-08')).toBe(false);
    expect(verdictOf('recrutement', 'direct')).toBe('illegal');
    expect(judge('2027-03-02', '2027-03-09')).toBe(false);
    expect(verdictOf('recrutement', 'semaine')).toBe('illegal');
  });

  it('habitant en colère, réseaux sociaux: nothing of another person’s file is told to a third party', () => {
    const told = decideCounterDisclosure({ asker: 'tiers', about: 'dossier_en_cours' });
    expect(told.mayDisclose).toBe(false);
    expect(told.scored).toBe(true);
    expect(verdictOf('guichet', 'nom')).toBe('illegal');
    expect(verdictOf('reseaux', 'details')).toBe('illegal');
    expect(verdictOf('guichet', 'ecoute')).toBe('conforme');
    expect(verdictOf('reseaux', 'general')).toBe('conforme');
  });
});
