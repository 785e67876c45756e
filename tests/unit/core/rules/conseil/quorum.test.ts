import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkQuorum,
  isQuorumReached,
  itemsNotOnInitialAgenda,
  membersCountingForQuorum,
  quorumRequired,
} from '../../../../../src/core/rules/conseil/quorum';

describe('quorum (CGCT L2121-17)', () => {
  it.each([
    [7, 4],
    [11, 6],
    [14, 8],
    [15, 8],
    [16, 9],
    [23, 12],
    [1, 1],
  ])('%i in office → %i present needed', (inOffice, required) => {
    expect(quorumRequired(inOffice)).toBe(required);
  });

  it.each([
    [15, 7, false, { required: 8, present: 7, reached: false, waived: false }],
    [15, 8, false, { required: 8, present: 8, reached: true, waived: false }],
    [15, 0, false, { required: 8, present: 0, reached: false, waived: false }],
    [15, 0, true, { required: 8, present: 0, reached: true, waived: true }],
    [15, 3, true, { required: 8, present: 3, reached: true, waived: true }],
  ])('%i in office, %i present, second convocation %s', (inOffice, present, second, expected) => {
    expect(checkQuorum(inOffice, present, second)).toEqual(expected);
    expect(isQuorumReached(inOffice, present, second)).toBe(expected.reached);
  });

  it('does not count an interested member who withdrew', () => {
    expect(membersCountingForQuorum(['A', 'B', 'C'], ['B'])).toEqual(['A', 'C']);
    expect(membersCountingForQuorum([], ['B'])).toEqual([]);
    expect(membersCountingForQuorum(['A'])).toEqual(['A']);
  });

  it('is a strict majority of the members in office', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 69 }), (inOffice) => {
        const required = quorumRequired(inOffice);
        return 2 * required > inOffice && 2 * (required - 1) <= inOffice;
      }),
    );
  });

  it('never breaks a reached quorum when a member arrives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 69 }), fc.nat(68), fc.boolean(), (inOffice, seed, second) => {
        const present = seed % inOffice;
        return !isQuorumReached(inOffice, present, second) || isQuorumReached(inOffice, present + 1, second);
      }),
    );
  });

  it('limits a second convocation to the initial agenda', () => {
    expect(itemsNotOnInitialAgenda(['Budget', 'Cantine'], ['Budget', 'Subvention'])).toEqual(['Subvention']);
    expect(itemsNotOnInitialAgenda(['Budget'], [])).toEqual([]);
  });
});
