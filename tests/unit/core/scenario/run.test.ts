import { describe, expect, it } from 'vitest';
import { advanceRun, autoplay, replayRun, sendToRun, startRun, viewOf } from '../../../../src/core/scenario';
import { repoScenario } from '../../scenarios/scenario-kit';

const { program } = repoScenario('premier-jour');

/** The snapshot at the first form of a good run, and the good submission there. */
function atFirstSubmission() {
  const good = autoplay(program, { seed: 0 }, 'good', 1);
  for (const [at, submission] of good.log.entries()) {
    const { snapshot } = replayRun(program, { seed: 0 }, good.log.slice(0, at));
    if (submission.type === 'user.submit' && viewOf(program, snapshot)?.kind === 'form')
      return { snapshot, submission };
  }
  throw new Error('aucun formulaire');
}

describe('advanceRun', () => {
  it('accepts the event the step waits for, and logs it', () => {
    const start = startRun(program, { seed: 0 });
    expect(start.can({ type: 'user.advance' })).toBe(true);
    const step = advanceRun(program, start, { type: 'user.advance' });
    expect(step.accepted).toBe(true);
    expect(step.snapshot.context.log).toEqual([{ type: 'user.advance' }]);
  });

  it('refuses, as the machine says, an event the step does not wait for, and keeps the snapshot', () => {
    const start = startRun(program, { seed: 0 });
    const step = advanceRun(program, start, { type: 'user.choose', optionId: 'inconnue' });
    expect(step).toEqual({ snapshot: start, accepted: false });
  });

  it('refuses a malformed submission through the machine’s guard alone', () => {
    const { snapshot } = atFirstSubmission();
    expect(advanceRun(program, snapshot, { type: 'user.submit', values: {} }).accepted).toBe(false);
  });
});

describe('sendToRun', () => {
  it('refuses a malformed submission in French, with the problem of each field', () => {
    const { snapshot, submission } = atFirstSubmission();
    const sent = sendToRun(program, snapshot, { type: 'user.submit', values: {} });
    expect(sent.ok).toBe(false);
    if (sent.ok) return;
    expect(sent.error.message).toBe('Réponse incomplète ou mal formée.');
    expect(sent.error.problems?.map((problem) => problem.key)).toEqual(Object.keys(submission.values));
  });

  it('refuses an event the step does not wait for in French, and accepts the good submission', () => {
    const { snapshot, submission } = atFirstSubmission();
    expect(sendToRun(program, snapshot, { type: 'user.advance' })).toEqual({
      ok: false,
      error: { message: 'Cette action n’est pas possible à cette étape.' },
    });
    const sent = sendToRun(program, snapshot, submission);
    expect(sent.ok && sent.value.snapshot.context.log.at(-1)).toEqual(submission);
  });
});
