import { describe, expect, it } from 'vitest';
import {
  ballotMode,
  nominationRound,
  type BallotRequest,
} from '../../../../../src/core/rules/conseil/ballot-mode';

describe('ballot mode (CGCT L2121-21)', () => {
  it.each<[BallotRequest, 'ordinaire' | 'public' | 'secret']>([
    [{ presentCount: 15 }, 'ordinaire'],
    [{ presentCount: 15, secretRequests: 5 }, 'secret'],
    [{ presentCount: 15, secretRequests: 4 }, 'ordinaire'],
    [{ presentCount: 14, secretRequests: 5 }, 'secret'],
    [{ presentCount: 14, secretRequests: 4 }, 'ordinaire'],
    [{ presentCount: 12, publicRequests: 3 }, 'public'],
    [{ presentCount: 12, publicRequests: 2 }, 'ordinaire'],
    [{ presentCount: 12, publicRequests: 3, secretRequests: 4 }, 'secret'],
    [{ presentCount: 12, publicRequests: 3, secretRequests: 3 }, 'public'],
    [{ presentCount: 9, nomination: true }, 'secret'],
    [{ presentCount: 9, nomination: true, unanimousOpenVote: true }, 'ordinaire'],
    [{ presentCount: 9, nomination: true, unanimousOpenVote: true, secretRequiredByText: true }, 'secret'],
    [{ presentCount: 0 }, 'ordinaire'],
  ])('%o → %s', (request, mode) => {
    const decision = ballotMode(request);
    expect(decision.mode).toBe(mode);
    expect(decision.reference).toBe('CGCT L2121-21');
  });
});

describe('nominations (CGCT L2121-21)', () => {
  const older = { name: 'Bernard', birthDate: '1961-05-02' };
  const younger = { name: 'Martin', birthDate: '1978-11-20' };

  it('needs the absolute majority in the first two rounds', () => {
    expect(
      nominationRound(1, [
        { ...older, votes: 8 },
        { ...younger, votes: 7 },
      ]),
    ).toEqual({
      elected: 'Bernard',
      majorityNeeded: 8,
      tieBrokenByAge: false,
    });
    expect(
      nominationRound(2, [
        { ...older, votes: 7 },
        { ...younger, votes: 7 },
      ]).elected,
    ).toBeNull();
    expect(
      nominationRound(1, [
        { ...older, votes: 7 },
        { ...younger, votes: 6 },
        { name: 'Petit', birthDate: '1990-01-01', votes: 2 },
      ]).elected,
    ).toBeNull();
  });

  it('takes the relative majority in the third round, the oldest on a tie', () => {
    expect(
      nominationRound(3, [
        { ...older, votes: 5 },
        { ...younger, votes: 6 },
      ]).elected,
    ).toBe('Martin');
    expect(
      nominationRound(3, [
        { ...older, votes: 6 },
        { ...younger, votes: 6 },
      ]),
    ).toEqual({
      elected: 'Bernard',
      majorityNeeded: null,
      tieBrokenByAge: true,
    });
  });

  it('elects nobody without candidates or votes', () => {
    expect(nominationRound(3, []).elected).toBeNull();
    expect(nominationRound(1, [{ ...older, votes: 0 }]).elected).toBeNull();
  });
});
