import { describe, expect, it } from 'vitest';
import { budgetVisa, BUDGET_VISA_RULE } from '../../../../../src/core/rules/conseil/budget-visa';

const BEFORE_2027 =
  'l’article L1612-1 du code général des collectivités territoriales et les crédits ouverts au budget de l’exercice 2026';
const BEFORE_2026 =
  'l’article L1612-1 du code général des collectivités territoriales et les crédits ouverts au budget de l’exercice 2025';

describe('erratum 7 — the budgetary visa follows the year’s budget vote (CGCT L1612-1)', () => {
  it.each([
    // meeting, vote date given by the year (or none), renewal year, kind, visa, vote date compared with
    // The 2027 year votes its budget on Thursday 8 April (scenarios/years/annee-2027.json).
    ['2027-03-25', '2027-04-08', undefined, 'avant-vote', BEFORE_2027, '2027-04-08'],
    ['2027-04-07', '2027-04-08', undefined, 'avant-vote', BEFORE_2027, '2027-04-08'],
    [
      '2027-04-08',
      '2027-04-08',
      undefined,
      'budget-primitif',
      'le budget primitif de l’exercice 2027',
      '2027-04-08',
    ],
    [
      '2027-04-09',
      '2027-04-08',
      undefined,
      'budget-primitif',
      'le budget primitif de l’exercice 2027',
      '2027-04-08',
    ],
    // The 2026 year votes on Thursday 23 April (scenarios/years/annee-2026.json).
    ['2026-02-13', '2026-04-23', true, 'avant-vote', BEFORE_2026, '2026-04-23'],
    [
      '2026-04-23',
      '2026-04-23',
      true,
      'budget-primitif',
      'le budget primitif de l’exercice 2026',
      '2026-04-23',
    ],
    // Played alone: the legal deadline of the year (L1612-2), 15 April, 30 April in the renewal year 2026.
    ['2027-03-02', undefined, undefined, 'avant-vote', BEFORE_2027, '2027-04-15'],
    ['2027-04-14', undefined, undefined, 'avant-vote', BEFORE_2027, '2027-04-15'],
    [
      '2027-04-15',
      undefined,
      undefined,
      'budget-primitif',
      'le budget primitif de l’exercice 2027',
      '2027-04-15',
    ],
    [
      '2027-04-16',
      undefined,
      false,
      'budget-primitif',
      'le budget primitif de l’exercice 2027',
      '2027-04-15',
    ],
    ['2026-04-20', undefined, true, 'avant-vote', BEFORE_2026, '2026-04-30'],
    ['2026-04-30', undefined, true, 'budget-primitif', 'le budget primitif de l’exercice 2026', '2026-04-30'],
    [
      '2026-04-20',
      undefined,
      false,
      'budget-primitif',
      'le budget primitif de l’exercice 2026',
      '2026-04-15',
    ],
  ] as const)(
    'erratum 7 — a deliberation of %s, budget voted %s (renewal %s): %s',
    (meetingDate, budgetVoteDate, renewalYear, kind, visa, compared) => {
      const input = {
        meetingDate,
        ...(budgetVoteDate === undefined ? {} : { budgetVoteDate }),
        ...(renewalYear === undefined ? {} : { renewalYear }),
      };
      expect(budgetVisa(input)).toMatchObject({
        kind,
        visa,
        budgetVoteDate: compared,
        reference: 'CGCT L1612-1',
      });
    },
  );

  it('erratum 7 — before the vote, the debrief says why the budget primitif cannot be cited yet', () => {
    const { reason } = budgetVisa({ meetingDate: '2027-03-25', budgetVoteDate: '2027-04-08' });
    expect(reason).toContain('Le budget de 2027 n’est pas encore voté (il le sera le jeudi 8 avril 2027)');
    expect(reason).toContain('dans la limite des crédits de l’exercice 2026 (CGCT L1612-1)');
    expect(reason).toContain('un acte qui n’existe pas encore');
    const alone = budgetVisa({ meetingDate: '2027-03-25' });
    expect(alone.reason).toContain('au plus tard le jeudi 15 avril 2027, CGCT L1612-2');
  });

  it('erratum 7 — after the vote, the budget primitif is the act in view of which the council decides', () => {
    expect(budgetVisa({ meetingDate: '2027-04-09', budgetVoteDate: '2027-04-08' }).reason).toContain(
      'Le budget primitif de 2027 est voté (le jeudi 8 avril 2027)',
    );
  });

  it('erratum 7 — rests on a confirmed point of the fact sheet (§4.2)', () => {
    expect(BUDGET_VISA_RULE).toMatchObject({ reference: 'CGCT L1612-1', confidence: 'C' });
  });
});
