import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absoluteMajority,
  availableVotes,
  isAdopted,
  isTallyWithinVotes,
  voteOutcome,
  type VoteTally,
} from '../../../../../src/core/rules/conseil/vote';

describe('vote at the absolute majority of suffrages exprimés (CGCT L2121-20)', () => {
  it.each<[VoteTally, 'adopted' | 'rejected', boolean]>([
    [{ for: 6, against: 6, abstain: 1, secret: false, presidentVote: 'for' }, 'adopted', true],
    [{ for: 6, against: 6, presidentVote: 'against' }, 'rejected', true],
    [{ for: 6, against: 6, presidentVote: 'abstain' }, 'rejected', false],
    [{ for: 6, against: 6 }, 'rejected', false],
    [{ for: 5, against: 5, secret: true, presidentVote: 'for' }, 'rejected', false],
    [{ for: 7, against: 6 }, 'adopted', false],
    [{ for: 3, against: 2, abstain: 10 }, 'adopted', false],
    [{ for: 2, against: 3, abstain: 0, presidentVote: 'for' }, 'rejected', false],
    [{ for: 0, against: 0, abstain: 15 }, 'rejected', false],
    [{ for: 1, against: 0 }, 'adopted', false],
  ])('%o → %s (casting vote %s)', (tally, outcome, castingVote) => {
    const result = voteOutcome(tally);
    expect(result.outcome).toBe(outcome);
    expect(result.castingVote).toBe(castingVote);
    expect(isAdopted(tally)).toBe(outcome === 'adopted');
  });

  it('does not count abstentions as suffrages exprimés', () => {
    expect(voteOutcome({ for: 6, against: 6, abstain: 1 })).toMatchObject({
      suffragesExprimes: 12,
      absoluteMajority: 7,
      tie: true,
    });
  });

  it.each([
    [0, 1],
    [1, 1],
    [12, 7],
    [13, 7],
  ])('absolute majority of %i is %i', (exprimes, majority) => {
    expect(absoluteMajority(exprimes)).toBe(majority);
  });

  const tally = fc.record({
    for: fc.nat(40),
    against: fc.nat(40),
    abstain: fc.nat(40),
    secret: fc.boolean(),
    presidentVote: fc.constantFrom('for' as const, 'against' as const, 'abstain' as const, null),
  });

  it('adopts only with at least as many votes for as against, and abstentions never change it', () => {
    fc.assert(
      fc.property(tally, fc.nat(40), (t, more) => {
        const outcome = voteOutcome(t).outcome;
        return (
          (outcome === 'rejected' || t.for >= t.against) &&
          voteOutcome({ ...t, abstain: t.abstain + more }).outcome === outcome
        );
      }),
    );
  });

  it('adopts with the absolute majority whatever the président did', () => {
    fc.assert(
      fc.property(tally, (t) =>
        t.for >= absoluteMajority(t.for + t.against) ? voteOutcome(t).outcome === 'adopted' : true,
      ),
    );
  });

  it('never uses a casting vote in secret ballot', () => {
    fc.assert(fc.property(tally, (t) => !voteOutcome({ ...t, secret: true }).castingVote));
  });

  it('checks a tally against the votes in the room', () => {
    expect(availableVotes(3, 1)).toBe(4);
    expect(isTallyWithinVotes({ for: 2, against: 1, abstain: 1 }, 4)).toBe(true);
    expect(isTallyWithinVotes({ for: 6, against: 6, abstain: 1 }, 4)).toBe(false);
  });
});
