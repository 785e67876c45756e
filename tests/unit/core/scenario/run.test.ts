import { describe, expect, it } from 'vitest';
import { advanceRun, startRun } from '../../../../src/core/scenario';
import { repoScenario } from '../../scenarios/scenario-kit';

const { program } = repoScenario('premier-jour');

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
});
