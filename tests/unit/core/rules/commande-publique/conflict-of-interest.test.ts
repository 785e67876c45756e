import { describe, expect, it } from 'vitest';
import {
  checkConflictOfInterest,
  type ConflictSituation,
} from '../../../../../src/core/rules/commande-publique';

const maireLinked: ConflictSituation = {
  person: 'le maire',
  hasInterestInBidder: true,
  involvedInProcedure: true,
  hasWithdrawn: false,
  favouredForTheLink: false,
};

describe('conflict of interest (CCP L2141-10, CGCT L2131-11)', () => {
  it.each<[string, ConflictSituation, boolean, boolean, RegExp]>([
    [
      'the maire linked to a bidder and still in the procedure',
      maireLinked,
      true,
      false,
      /^Le maire se déporte/,
    ],
    [
      'the maire who withdrew',
      { ...maireLinked, hasWithdrawn: true },
      true,
      true,
      /peut concourir et être retenue sur ses mérites/,
    ],
    [
      'the firm chosen for the link',
      { ...maireLinked, hasWithdrawn: true, favouredForTheLink: true },
      true,
      false,
      /égalité de traitement/,
    ],
    [
      'a linked person outside the procedure',
      { ...maireLinked, involvedInProcedure: false },
      false,
      true,
      /Pas de conflit/,
    ],
    ['no link', { ...maireLinked, hasInterestInBidder: false }, false, true, /Pas de conflit/],
  ])('%s → conflict %s, lawful %s', (_, situation, conflict, lawful, expected) => {
    const check = checkConflictOfInterest(situation);
    expect(check.conflict).toBe(conflict);
    expect(check.lawful).toBe(lawful);
    expect(check.expected).toMatch(expected);
    expect(check.references).toEqual(['CCP L2141-10', 'CGCT L2131-11', 'CCP L3']);
  });
});
