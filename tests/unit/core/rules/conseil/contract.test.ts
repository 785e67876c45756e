import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { conseilRuleDomain } from '../../../../../src/core/rules/conseil';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/rules/conseil/', import.meta.url));

function runCase(file: string): unknown {
  const parsed = conseilRuleDomain.parseCase(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')));
  return parsed.ok ? conseilRuleDomain.evaluate(parsed.value) : { error: parsed.error };
}

describe('rules conseil: the contract of issue 6', () => {
  it('is the domain `council` with a French title', () => {
    expect(conseilRuleDomain.id).toBe('conseil');
    expect(conseilRuleDomain.title).toMatch(/^Conseil municipal/);
  });

  it('reproduces the example of the issue exactly', () => {
    const input = {
      population: 1200,
      membersInOffice: 15,
      meetingDate: '2026-10-16',
      convocationSentDate: '2026-10-12',
      urgency: false,
      secondConvocation: false,
      members: ['Martin', 'Bernard', 'Petit', 'Durand'],
      present: ['Martin', 'Bernard', 'Durand'],
      proxies: [{ from: 'Petit', to: 'Martin' }],
      vote: { for: 6, against: 6, abstain: 1, secret: false, presidentVote: 'for' },
    };
    const parsed = conseilRuleDomain.parseCase(input);
    if (!parsed.ok) throw new Error(parsed.error);
    const output = conseilRuleDomain.evaluate(parsed.value);
    expect(output).toMatchObject({
      legalSize: 15,
      convocation: { requiredFullDays: 3, latestSendDate: '2026-10-12', inTime: true },
      quorum: { required: 8, present: 3, reached: false },
      proxies: { accepted: [{ from: 'Petit', to: 'Martin' }], rejected: [] },
      vote: { outcome: 'adopted' },
    });
    expect(output.references).toEqual(['CGCT L2121-11', 'CGCT L2121-17', 'CGCT L2121-20']);
    expect(runCase('contract-example.json')).toEqual(output);
  });

  it('needs only population, meetingDate and convocationSentDate', () => {
    const parsed = conseilRuleDomain.parseCase({
      population: 1200,
      meetingDate: '2026-10-16',
      convocationSentDate: '2026-10-12',
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const output = conseilRuleDomain.evaluate(parsed.value);
    expect(output.membersInOffice).toBe(15);
    expect(output.quorum).toBeNull();
    expect(output.vote).toBeNull();
    expect(output.proxies).toEqual({ accepted: [], rejected: [] });
    // The defaulted size is what the case rests on, so L2121-2 is cited.
    expect(output.references).toEqual(['CGCT L2121-2', 'CGCT L2121-11']);
  });

  it('refuses a malformed case with one French message', () => {
    const result = runCase('malformed.json');
    expect(result).toEqual({ error: expect.stringContaining('population') });
    const message = (result as { error: string }).error;
    expect(message).toContain('meetingDate : date réelle attendue au format AAAA-MM-JJ');
    expect(message).toContain('convocationSentDate');
    expect(message).toContain('present');
    expect(message.split('\n')).toHaveLength(1);
  });
});

describe('the case files of tests/fixtures/rules/conseil', () => {
  it('has the contract example, four other cases, the errata cases and one malformed file', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual([
      'contract-example.json',
      'erratum6-month-end-5-days-ordinary.json',
      'erratum6-month-end-5-days-urgency.json',
      'erratum6-weekend-3-days-ordinary.json',
      'erratum6-weekend-3-days-urgency.json',
      'erratum6-weekend-4-days-urgency.json',
      'erratum7-visa-after-vote.json',
      'erratum7-visa-alone-renewal-year.json',
      'erratum7-visa-before-vote.json',
      'erratum7-visa-on-vote-day.json',
      'malformed.json',
      'rejected-proxies.json',
      'second-convocation.json',
      'secret-tie.json',
      'urgency.json',
    ]);
  });

  it.each([
    [
      'urgency.json',
      {
        convocation: {
          requiredFullDays: 1,
          latestSendDate: '2026-11-03',
          inTime: true,
          reference: 'CGCT L2121-11',
        },
        urgency: { expected: 'urgence', verdict: 'conforme' },
        budgetVisa: null,
        quorum: null,
        vote: null,
        references: ['CGCT L2121-2', 'CGCT L2121-11'],
      },
    ],
    [
      'second-convocation.json',
      {
        convocation: {
          requiredFullDays: 3,
          latestSendDate: '2026-10-19',
          inTime: true,
          reference: 'CGCT L2121-17',
        },
        quorum: { required: 8, present: 4, reached: true, waived: true },
        proxies: { accepted: [{ from: 'Leroy', to: 'Bernard' }], rejected: [] },
        vote: { outcome: 'adopted', castingVote: false },
        references: ['CGCT L2121-2', 'CGCT L2121-17', 'CGCT L2121-20'],
      },
    ],
    [
      'secret-tie.json',
      {
        quorum: { required: 8, present: 10, reached: true },
        vote: { outcome: 'rejected', tie: true, castingVote: false },
      },
    ],
    [
      'rejected-proxies.json',
      {
        convocation: { latestSendDate: '2026-10-12', inTime: false, fullDaysGiven: 2 },
        quorum: { required: 8, present: 4, reached: false },
        proxies: {
          accepted: [{ from: 'Leroy', to: 'Durand' }],
          rejected: [
            { from: 'Martin', to: 'Bernard', reason: expect.stringContaining('présent') },
            { from: 'Petit', to: 'Leroy', reason: expect.stringContaining('absent') },
            {
              from: 'Moreau',
              to: 'Durand',
              reason: expect.stringContaining('porte déjà le pouvoir de « Leroy »'),
            },
            { from: 'Laurent', to: 'Simon', reason: expect.stringContaining('pas écrit') },
            { from: 'Roux', to: 'Garcia', reason: expect.stringContaining('CGCT L2131-11') },
          ],
        },
        references: ['CGCT L2121-11', 'CGCT L2121-17', 'CGCT L2121-20', 'CGCT L2131-11'],
      },
    ],
  ])('%s', (file, expected) => {
    expect(runCase(file)).toMatchObject(expected);
  });
});

describe('erratum 6 — `rules conseil` judges the urgency against the ordinary delay', () => {
  it.each([
    // meeting 3, 4 and 5 days after the sending day, across a weekend and a month end
    ['erratum6-weekend-3-days-urgency.json', 2, 'urgence', 'conforme'],
    ['erratum6-weekend-3-days-ordinary.json', 2, 'urgence', 'illegal'],
    ['erratum6-weekend-4-days-urgency.json', 3, 'ordinaire', 'risque'],
    ['erratum6-month-end-5-days-urgency.json', 4, 'ordinaire', 'risque'],
    ['erratum6-month-end-5-days-ordinary.json', 4, 'ordinaire', 'conforme'],
  ] as const)('erratum 6 — %s: %i jours francs, expected %s, verdict %s', (file, days, expected, verdict) => {
    expect(runCase(file)).toMatchObject({
      convocation: { fullDaysGiven: days },
      urgency: { expected, verdict, reference: 'CGCT L2121-11' },
      budgetVisa: null,
    });
  });

  it('erratum 6 — a second convocation has its own delay (L2121-17): no urgency to judge', () => {
    expect(runCase('second-convocation.json')).toMatchObject({ urgency: null });
  });
});

describe('erratum 7 — `rules conseil` gives the budgetary visa of the meeting', () => {
  it.each([
    ['erratum7-visa-before-vote.json', 'avant-vote', 'exercice 2026', '2027-04-08'],
    [
      'erratum7-visa-on-vote-day.json',
      'budget-primitif',
      'le budget primitif de l’exercice 2027',
      '2027-04-08',
    ],
    [
      'erratum7-visa-after-vote.json',
      'budget-primitif',
      'le budget primitif de l’exercice 2027',
      '2027-04-08',
    ],
    ['erratum7-visa-alone-renewal-year.json', 'avant-vote', 'exercice 2025', '2026-04-30'],
  ] as const)('erratum 7 — %s: %s', (file, kind, visa, compared) => {
    const result = runCase(file);
    expect(result).toMatchObject({
      budgetVisa: { kind, visa: expect.stringContaining(visa), budgetVoteDate: compared },
    });
    expect((result as { references: string[] }).references[0]).toBe('CGCT L1612-1');
  });
});
