import { describe, expect, it } from 'vitest';
import {
  couldInterestedVotesChangeOutcome,
  interestedMemberBreaches,
} from '../../../../../src/core/rules/conseil/interested-member';

describe('conseiller intéressé (CGCT L2131-11)', () => {
  it('finds nothing when the member stood aside', () => {
    expect(interestedMemberBreaches({ name: 'Durand' })).toEqual([]);
    expect(
      interestedMemberBreaches({
        name: 'Durand',
        tookPartInPreparation: false,
        stayedInRoom: false,
        voted: false,
      }),
    ).toEqual([]);
  });

  it('lists every way the member took part', () => {
    expect(
      interestedMemberBreaches({
        name: 'Durand',
        tookPartInPreparation: true,
        stayedInRoom: true,
        voted: true,
        gaveProxy: true,
        usedProxy: true,
      }),
    ).toHaveLength(5);
    expect(interestedMemberBreaches({ name: 'Durand', voted: true })).toEqual([
      '« Durand » a pris part au vote.',
    ]);
  });

  it.each([
    [{ for: 8, against: 7 }, { for: 1, against: 0 }, true],
    [{ for: 10, against: 3 }, { for: 1, against: 0 }, false],
    [
      { for: 7, against: 7, presidentVote: 'for' as const },
      { for: 1, against: 0, includesPresident: true },
      true,
    ],
    [
      { for: 9, against: 7, presidentVote: 'for' as const },
      { for: 1, against: 0, includesPresident: true },
      false,
    ],
    [
      { for: 8, against: 7, presidentVote: 'for' as const },
      { for: 1, against: 0, includesPresident: true },
      true,
    ],
  ])('tally %o without %o changes the outcome: %s', (tally, interested, changes) => {
    expect(couldInterestedVotesChangeOutcome(tally, interested)).toBe(changes);
  });
});
