import { describe, expect, it } from 'vitest';
import { decideHuisClos, secretaryProblems } from '../../../../../src/core/rules/conseil/seance';

describe('secrétaire de séance (CGCT L2121-15)', () => {
  const councillors = ['Martin', 'Bernard', 'Petit'];

  it('accepts one or more councillors', () => {
    expect(secretaryProblems(['Petit'], councillors)).toEqual([]);
    expect(secretaryProblems(['Petit', 'Bernard'], councillors)).toEqual([]);
  });

  it('requires at least one secretary', () => {
    expect(secretaryProblems([], councillors)).toEqual([expect.stringMatching(/au moins un secrétaire/)]);
  });

  it('refuses the SGM as secretary: only as auxiliary', () => {
    expect(secretaryProblems(['Mme Roux (SGM)'], councillors)).toEqual([expect.stringMatching(/auxiliaire/)]);
  });
});

describe('huis clos (CGCT L2121-18)', () => {
  it.each([
    [{ requestedByMaire: true, requestingMembers: 0, presentOrRepresented: 13, votesFor: 7 }, true, 7, true],
    [{ requestedByMaire: true, requestingMembers: 0, presentOrRepresented: 13, votesFor: 6 }, true, 7, false],
    [{ requestedByMaire: false, requestingMembers: 3, presentOrRepresented: 12, votesFor: 7 }, true, 7, true],
    [
      { requestedByMaire: false, requestingMembers: 2, presentOrRepresented: 12, votesFor: 12 },
      false,
      7,
      false,
    ],
    [
      { requestedByMaire: true, requestingMembers: 0, presentOrRepresented: 12, votesFor: null },
      true,
      7,
      false,
    ],
  ])('%o → request valid %s, majority %i, adopted %s', (request, requestValid, majorityNeeded, adopted) => {
    expect(decideHuisClos(request)).toEqual({ requestValid, majorityNeeded, adopted });
  });
});
