import { describe, expect, it } from 'vitest';
import { evaluateCouncilCase, parseCouncilCase } from '../../../../../src/core/rules/conseil';

const minimal = { population: 1200, meetingDate: '2026-10-16', convocationSentDate: '2026-10-12' };

function parseError(raw: unknown): string {
  const parsed = parseCouncilCase(raw);
  if (parsed.ok) throw new Error('case unexpectedly valid');
  return parsed.error;
}

describe('parseCouncilCase', () => {
  it('fills the defaults', () => {
    const parsed = parseCouncilCase(minimal);
    expect(parsed).toEqual({
      ok: true,
      value: { ...minimal, urgency: false, secondConvocation: false, proxies: [], interested: [] },
    });
  });

  it.each([
    [{ ...minimal, population: -1 }, 'population'],
    [{ ...minimal, population: 12.5 }, 'population'],
    [{ ...minimal, meetingDate: '2026-02-30' }, 'meetingDate : date réelle attendue'],
    [{ ...minimal, convocationSentDate: undefined }, 'convocationSentDate'],
    [{ ...minimal, membersInOffice: 0 }, 'membersInOffice'],
    [{ ...minimal, membersInOffice: 16 }, 'dépassent l’effectif légal de 15 (CGCT L2121-2)'],
    [{ ...minimal, presnt: ['Martin'] }, 'presnt'],
    [{ ...minimal, present: ['Martin', 'Martin'] }, 'present[1] : « Martin » figure deux fois'],
    [{ ...minimal, present: [''] }, 'present[0] : nom vide'],
    [
      { ...minimal, members: ['Martin'], present: ['Durand'] },
      'present[0] : « Durand » ne figure pas dans members',
    ],
    [{ ...minimal, members: ['Martin'], proxies: [{ from: 'Petit', to: 'Martin' }] }, 'proxies[0].from'],
    [{ ...minimal, proxies: [{ from: 'Petit' }] }, 'proxies[0].to'],
    [
      { ...minimal, proxies: [{ from: 'Petit', to: 'Martin', consecutiveSessions: 0 }] },
      'consecutiveSessions',
    ],
    [{ ...minimal, vote: { for: 1 } }, 'vote.against'],
    [{ ...minimal, vote: { for: 0, against: 2, presidentVote: 'for' } }, 'vote.presidentVote'],
    [{ ...minimal, vote: { for: 2, against: 2, presidentVote: 'yes' } }, 'vote.presidentVote'],
    [
      { ...minimal, membersInOffice: 7, population: 50, present: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] },
      '8 noms pour 7 membres',
    ],
    ['not an object', '(racine)'],
  ])('refuses %o with a French message naming %s', (raw, fragment) => {
    expect(parseError(raw)).toContain(fragment);
  });

  it('puts every problem in one message', () => {
    const message = parseError({ population: 'mille', meetingDate: 'demain' });
    expect(message).toMatch(/population.*meetingDate.*convocationSentDate/);
  });
});

describe('evaluateCouncilCase', () => {
  it('computes no quorum without present, and an empty present list fails it', () => {
    const parse = (raw: unknown) => {
      const parsed = parseCouncilCase(raw);
      if (!parsed.ok) throw new Error(parsed.error);
      return evaluateCouncilCase(parsed.value);
    };
    expect(parse(minimal).quorum).toBeNull();
    expect(parse({ ...minimal, present: [] }).quorum).toEqual({
      required: 8,
      present: 0,
      reached: false,
      waived: false,
    });
    expect(parse({ ...minimal, present: [], secondConvocation: true }).quorum).toMatchObject({
      reached: true,
    });
  });

  it('takes interested members out of the quorum and cites L2131-11', () => {
    const parsed = parseCouncilCase({
      ...minimal,
      membersInOffice: 15,
      present: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
      interested: ['H'],
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const result = evaluateCouncilCase(parsed.value);
    expect(result.quorum).toEqual({ required: 8, present: 7, reached: false, waived: false });
    expect(result.references).toEqual(['CGCT L2121-11', 'CGCT L2121-17', 'CGCT L2131-11']);
  });

  it('uses L2121-12 from 3 500 inhabitants', () => {
    const parsed = parseCouncilCase({ ...minimal, population: 3500 });
    if (!parsed.ok) throw new Error(parsed.error);
    const result = evaluateCouncilCase(parsed.value);
    expect(result.legalSize).toBe(27);
    expect(result.convocation).toMatchObject({
      requiredFullDays: 5,
      latestSendDate: '2026-10-10',
      inTime: false,
    });
    expect(result.references).toEqual(['CGCT L2121-2', 'CGCT L2121-12']);
  });
});
