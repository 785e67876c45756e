import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/core/scoring/evidence';
import {
  NO_MILESTONES,
  statementsOf,
  type AuContext,
  type Milestones,
  type Moment,
} from '../../../src/lms/xapi-statements';
import {
  CMI5_CATEGORY,
  MASTERY_EXTENSION,
  MOVE_ON_CATEGORY,
  PROGRESS_EXTENSION,
  SEED_EXTENSION,
  VERBS,
} from '../../../src/lms/xapi-vocabulary';
import { isoDurationOf, uuidOf, type XapiStatement } from '../../../src/lms/xapi-types';

const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const AU: AuContext = {
  actor: { objectType: 'Agent', name: 'Camille', account: { homePage: 'https://lms.test', name: 'camille' } },
  registration: '8f2b6c1e-2a4d-4c8e-9f1a-0b3c5d7e9f10',
  activityId: 'https://lms.test/cours/1/au/premier-jour',
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.test/cours/1' }] },
    extensions: { [SESSION]: 'session-1' },
  },
  launchMode: 'Normal',
  masteryScore: null,
};
const AT = '2026-12-07T10:00:00.000Z';
const RUN = { scenarioId: 'premier-jour', seed: 7 };

function evidence(verdict: Evidence['verdict']): Evidence {
  return {
    scenarioId: 'premier-jour',
    step: 'convocation',
    date: '2027-03-01',
    role: 'sgm',
    competences: ['RNCP41781-BC01-01', 'RNCP41781-BC02-03'],
    verdict,
    weight: 2,
    choice: 'Convocation envoyée le 24 février',
    explanation: 'Trois jours francs.',
    reference: 'CGCT L2121-11',
  };
}

function ids(): () => string {
  let count = 0;
  return () => `id-${++count}`;
}

/** The statements of a series of moments, from the milestones `start`. */
function play(moments: readonly Moment[], au: AuContext = AU, start: Milestones = NO_MILESTONES) {
  let sent = start;
  const next = ids();
  const all: XapiStatement[] = [];
  for (const moment of moments) {
    const built = statementsOf(au, moment, sent, next);
    sent = built.sent;
    all.push(...built.statements);
  }
  return { all, sent };
}

const verbs = (statements: readonly XapiStatement[]) =>
  statements.map((statement) => statement.verb.id.split('/').at(-1));
const categories = (statement: XapiStatement | undefined) =>
  statement?.context.contextActivities?.category?.map((item) => item.id) ?? [];
const finished = (mark: number | null): Moment => ({
  kind: 'finished',
  at: AT,
  run: RUN,
  mark,
  elapsedMs: 83_456,
});

describe('an answered statement per scored decision', () => {
  it('names the decision, the response, the success, the competences and the run', () => {
    const [statement] = play([
      { kind: 'answered', at: AT, run: RUN, evidence: evidence('conforme'), interactionType: 'fill-in' },
    ]).all;
    expect(statement).toEqual({
      id: 'id-1',
      actor: AU.actor,
      verb: { id: VERBS.answered, display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: 'https://une-annee-en-mairie.fr/xapi/scenarios/premier-jour/decisions/convocation',
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'fill-in',
        },
      },
      result: {
        success: true,
        response: 'Convocation envoyée le 24 février',
        extensions: { 'https://une-annee-en-mairie.fr/xapi/extensions/verdict': 'conforme' },
      },
      context: {
        registration: AU.registration,
        contextActivities: {
          grouping: [{ objectType: 'Activity', id: 'https://lms.test/cours/1' }],
          parent: [{ objectType: 'Activity', id: AU.activityId }],
          other: ['RNCP41781-BC01-01', 'RNCP41781-BC02-03'].map((competence) => ({
            objectType: 'Activity',
            id: `https://une-annee-en-mairie.fr/xapi/competences/${competence}`,
            definition: { type: 'http://adlnet.gov/expapi/activities/objective' },
          })),
        },
        extensions: {
          [SESSION]: 'session-1',
          'https://une-annee-en-mairie.fr/xapi/extensions/scenario': 'premier-jour',
          [SEED_EXTENSION]: 7,
        },
      },
      timestamp: AT,
    });
  });

  it('says success false for a risky or illegal answer, and no success for a neutral one', () => {
    const success = (verdict: Evidence['verdict']) =>
      play([{ kind: 'answered', at: AT, run: RUN, evidence: evidence(verdict), interactionType: 'choice' }])
        .all[0]?.result;
    expect(success('illegal')?.success).toBe(false);
    expect(success('risque')?.success).toBe(false);
    expect(success('acceptable')).not.toHaveProperty('success');
    // An answered statement is « cmi5 allowed »: no cmi5 category.
    expect(
      categories(
        play([
          { kind: 'answered', at: AT, run: RUN, evidence: evidence('conforme'), interactionType: 'choice' },
        ]).all[0],
      ),
    ).toEqual([]);
  });
});

describe('the milestones of the AU (cmi5 §9.3)', () => {
  it('initializes, progresses, completes, passes and terminates, in that order, on the AU', () => {
    const { all } = play([
      { kind: 'initialized', at: AT },
      { kind: 'progressed', at: AT, run: RUN, step: 'accueil', progress: 0 },
      finished(20),
      { kind: 'terminated', at: AT, elapsedMs: 90_000 },
    ]);
    expect(verbs(all)).toEqual(['initialized', 'progressed', 'completed', 'passed', 'terminated']);
    expect(all.every((statement) => statement.object.id === AU.activityId)).toBe(true);
    expect(categories(all[0])).toEqual([CMI5_CATEGORY]);
    expect(all[1]?.result?.extensions?.[PROGRESS_EXTENSION]).toBe(0);
    expect(categories(all[1])).toEqual([]);
    expect(all[2]?.result).toEqual({ completion: true, duration: 'PT83.46S' });
    expect(categories(all[2])).toEqual([CMI5_CATEGORY, MOVE_ON_CATEGORY]);
    expect(all[3]?.result).toEqual({
      score: { scaled: 1, raw: 20, min: 0, max: 20 },
      success: true,
      duration: 'PT83.46S',
    });
    expect(categories(all[3])).toEqual([CMI5_CATEGORY, MOVE_ON_CATEGORY]);
    expect(all[3]?.context.extensions).not.toHaveProperty(MASTERY_EXTENSION);
    expect(all[4]?.result).toEqual({ duration: 'PT90.00S' });
    expect(categories(all[4])).toEqual([CMI5_CATEGORY]);
    // The LMS's template is in every context: its session id and its grouping.
    for (const statement of all) {
      expect(statement.context.registration).toBe(AU.registration);
      expect(statement.context.extensions?.[SESSION]).toBe('session-1');
      expect(statement.context.contextActivities?.grouping?.[0]?.id).toBe('https://lms.test/cours/1');
    }
  });

  it('fails below 10/20, passes at 10/20, with the scaled score', () => {
    const failed = play([finished(9.5)]).all[1];
    expect(failed?.verb.id).toBe(VERBS.failed);
    expect(failed?.result).toMatchObject({
      score: { scaled: 0.475, raw: 9.5, min: 0, max: 20 },
      success: false,
    });
    expect(play([finished(10)]).all[1]?.verb.id).toBe(VERBS.passed);
  });

  it('judges by the LMS masteryScore when it gives one, and says it in the context', () => {
    const au = { ...AU, masteryScore: 0.8 };
    const failed = play([finished(15)], au).all[1];
    expect(failed?.verb.id).toBe(VERBS.failed);
    expect(failed?.context.extensions?.[MASTERY_EXTENSION]).toBe(0.8);
    expect(play([finished(16)], au).all[1]?.verb.id).toBe(VERBS.passed);
  });

  it('completes once, passes once, fails once, may pass after failing, never fails after passing', () => {
    expect(verbs(play([finished(5), finished(6), finished(15), finished(4), finished(20)]).all)).toEqual([
      'completed',
      'failed',
      'passed',
    ]);
  });

  it('completes without judging a run that marked nothing', () => {
    expect(verbs(play([finished(null)]).all)).toEqual(['completed']);
  });

  it('neither completes, passes nor fails outside the Normal launch mode', () => {
    for (const launchMode of ['Browse', 'Review'] as const)
      expect(verbs(play([{ kind: 'initialized', at: AT }, finished(20)], { ...AU, launchMode }).all)).toEqual(
        ['initialized'],
      );
  });

  it('sends nothing after terminated', () => {
    const { all } = play([
      { kind: 'terminated', at: AT, elapsedMs: 1 },
      { kind: 'initialized', at: AT },
      finished(20),
    ]);
    expect(verbs(all)).toEqual(['terminated']);
  });
});

describe('ids and durations', () => {
  it('makes a version 4 UUID of 16 random bytes', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, index) => index * 17);
    expect(uuidOf(bytes)).toBe('00112233-4455-4677-8899-aabbccddeeff');
    expect(uuidOf(new Uint8Array(16).fill(255))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(() => uuidOf(new Uint8Array(4))).toThrow();
  });

  it('writes durations in ISO 8601, to the hundredth of a second', () => {
    expect(isoDurationOf(83_456)).toBe('PT83.46S');
    expect(isoDurationOf(-5)).toBe('PT0.00S');
    expect(isoDurationOf(Number.NaN)).toBe('PT0.00S');
  });
});
