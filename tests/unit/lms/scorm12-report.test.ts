import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/core/scoring/evidence';
import {
  cmiIdentifierOf,
  cmiValuesOf,
  interactionsOf,
  lessonStatusOf,
  resultOf,
  scoreRawOf,
  sessionTimeOf,
  suspendDataProblem,
  SUSPEND_DATA_LIMIT,
} from '../../../src/lms/scorm12-report';

/** A strict SCORM 1.2 CMIIdentifier (RTE A.7), stricter than scorm-again's. */
const CMI_IDENTIFIER = /^[A-Za-z0-9_-]{1,255}$/;
/** A strict CMITimespan (RTE A.3): HHHH:MM:SS.SS, hours on 2 to 4 digits. */
const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

const evidence = (step: string, verdict: Evidence['verdict'], competences = ['C1.1']): Evidence => ({
  scenarioId: 'premier-jour',
  step,
  date: '2027-01-11',
  role: 'sgm',
  competences,
  verdict,
  weight: 2,
  choice: 'x',
  explanation: 'y',
  reference: 'z',
});

describe('score and status for SCORM 1.2', () => {
  it.each([
    [0, 0],
    [9.99, 49.95],
    [10, 50],
    [13.5, 67.5],
    [20, 100],
    [25, 100],
    [-1, 0],
  ])('%s/20 is a raw score of %s on 0–100', (mark, raw) => {
    expect(scoreRawOf(mark)).toBe(raw);
  });

  it.each<[number | null, boolean, string]>([
    [9.99, true, 'failed'],
    [10, true, 'passed'],
    [20, true, 'passed'],
    [0, true, 'failed'],
    [15, false, 'incomplete'],
    [null, false, 'incomplete'],
    // A binôme pack is never marked: finished, it is completed.
    [null, true, 'completed'],
  ])('%s/20, finished %s: %s', (mark, finished, status) => {
    expect(lessonStatusOf(mark, finished)).toBe(status);
  });
});

describe('session time as a CMITimespan', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [61_005, '0000:01:01.01'],
    [3_600_000 * 27 + 59_990, '0027:00:59.99'],
    [-5, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
    [3_600_000 * 20_000, '9999:59:59.99'],
  ])('%s ms is %s', (ms, text) => {
    expect(sessionTimeOf(ms)).toBe(text);
    expect(text).toMatch(CMI_TIMESPAN);
  });
});

describe('interactions', () => {
  it('maps each verdict to a result', () => {
    expect(resultOf('conforme')).toBe('correct');
    expect(resultOf('acceptable')).toBe('neutral');
    expect(resultOf('risque')).toBe('wrong');
    expect(resultOf('illegal')).toBe('wrong');
  });

  it('gives one interaction per decision, with a strict CMIIdentifier, its type and its competence', () => {
    const kinds: Record<string, string> = { accueil: 'choice', 'état civil': 'form', tri: 'classify' };
    const list = interactionsOf(
      [
        evidence('accueil', 'conforme'),
        evidence('état civil', 'illegal', ['C2.3']),
        evidence('tri', 'acceptable'),
      ],
      (item) => kinds[item.step],
    );
    expect(list).toEqual([
      { id: '1-premier-jour-accueil', type: 'choice', result: 'correct', objectiveId: 'C1-1', weighting: 2 },
      {
        id: '2-premier-jour-etat-civil',
        type: 'fill-in',
        result: 'wrong',
        objectiveId: 'C2-3',
        weighting: 2,
      },
      { id: '3-premier-jour-tri', type: 'matching', result: 'neutral', objectiveId: 'C1-1', weighting: 2 },
    ]);
    for (const item of list) {
      expect(item.id).toMatch(CMI_IDENTIFIER);
      expect(item.objectiveId).toMatch(CMI_IDENTIFIER);
    }
  });

  it('cuts identifiers to 255 characters and never leaves them empty', () => {
    expect(cmiIdentifierOf('a'.repeat(300))).toHaveLength(255);
    expect(cmiIdentifierOf('')).toBe('decision');
    expect(cmiIdentifierOf('Délibération n° 3')).toBe('Deliberation-n--3');
  });
});

describe('the 4 096 characters of cmi.suspend_data', () => {
  it('accepts up to 4 096 characters', () => {
    expect(suspendDataProblem('x'.repeat(SUSPEND_DATA_LIMIT))).toBeNull();
  });

  it('refuses one more with a French message: the game goes on, a year keeps its save on the device', () => {
    expect(suspendDataProblem('x'.repeat(4097))).toBe(
      'La progression est trop volumineuse pour la plateforme de formation (4\u202f097 caractères pour ' +
        '4\u202f096 permis par SCORM 1.2) : la plateforme ne pourra pas la reprendre. ' +
        'La partie continue, et une année garde sa sauvegarde sur cet appareil.',
    );
  });

  it('writes no suspend data when it would not fit, and says why', () => {
    const { values, problem } = cmiValuesOf(
      { suspendData: 'x'.repeat(5000), interactions: [], firstInteraction: 0, mark: null, finished: false },
      0,
    );
    expect(problem).toMatch(/trop volumineuse/);
    expect(values).toEqual([['cmi.core.lesson_status', 'incomplete']]);
  });
});

describe('the cmi values of a report', () => {
  const interactions = interactionsOf([evidence('a', 'conforme'), evidence('b', 'risque')]);

  it('while playing: incomplete, no score, the suspend data and the interactions not yet written', () => {
    const { values } = cmiValuesOf(
      { suspendData: 'abc', interactions, firstInteraction: 0, mark: null, finished: false },
      1,
    );
    expect(values).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.suspend_data', 'abc'],
      ['cmi.interactions.1.id', '2-premier-jour-b'],
      ['cmi.interactions.1.type', 'performance'],
      ['cmi.interactions.1.objectives.0.id', 'C1-1'],
      ['cmi.interactions.1.weighting', '2'],
      ['cmi.interactions.1.result', 'wrong'],
    ]);
  });

  it('a run replayed in the same attempt writes its interactions after the previous run’s', () => {
    const replayed = interactionsOf([evidence('a', 'conforme')], undefined, 6);
    expect(replayed[0]?.id).toBe('7-premier-jour-a');
    const { values } = cmiValuesOf(
      { suspendData: 'abc', interactions: replayed, firstInteraction: 6, mark: null, finished: false },
      6,
    );
    expect(values.filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key))).toEqual([
      ['cmi.interactions.6.id', '7-premier-jour-a'],
    ]);
  });

  it('once finished: the status from the mark and the score on 0–100', () => {
    const { values } = cmiValuesOf(
      { suspendData: 'abc', interactions, firstInteraction: 0, mark: 9.5, finished: true },
      2,
    );
    expect(values).toEqual([
      ['cmi.core.lesson_status', 'failed'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '47.5'],
      ['cmi.suspend_data', 'abc'],
    ]);
  });
});
