import { describe, expect, it } from 'vitest';
import {
  deliberationsListDeadline,
  deliberationsListProblems,
  isMinutesAdoptedAtNextSession,
  MINUTES_REQUIRED_CONTENT,
  minutesOnlineDeadline,
  minutesPublicationProblems,
  minutesSignatureProblems,
  missingMinutesContent,
} from '../../../../../src/core/rules/conseil/minutes';

describe('procès-verbal (CGCT L2121-15)', () => {
  const everything = MINUTES_REQUIRED_CONTENT.map((item) => item.element);

  it('has ten compulsory elements', () => {
    expect(everything).toHaveLength(10);
    expect(missingMinutesContent(everything)).toEqual([]);
  });

  it('lists what is missing', () => {
    const missing = missingMinutesContent(
      everything.filter((e) => e !== 'teneurDesDiscussions' && e !== 'quorum'),
    );
    expect(missing.map((m) => m.element)).toEqual(['quorum', 'teneurDesDiscussions']);
    expect(missing[0]).toMatchObject({ reference: 'CGCT L2121-15', label: 'le quorum' });
    expect(missingMinutesContent([])).toHaveLength(10);
  });

  it('is signed by the maire and the secretaries', () => {
    expect(minutesSignatureProblems({ maire: true, secretaries: true })).toEqual([]);
    expect(minutesSignatureProblems({ maire: false, secretaries: true })).toEqual([
      expect.stringMatching(/maire/),
    ]);
    expect(minutesSignatureProblems({ maire: true, secretaries: false })).toEqual([
      expect.stringMatching(/secrétaires/),
    ]);
  });

  it('is arrêté at the beginning of the next session', () => {
    expect(isMinutesAdoptedAtNextSession('2026-12-04', '2026-12-04')).toBe(true);
    expect(isMinutesAdoptedAtNextSession('2027-01-15', '2026-12-04')).toBe(false);
  });

  it.each([
    ['2026-12-04', '2026-12-11'],
    ['2026-12-28', '2027-01-04'],
    ['2027-02-25', '2027-03-04'],
  ])('arrêté on %s → online by %s', (adopted, deadline) => {
    expect(minutesOnlineDeadline(adopted)).toBe(deadline);
  });

  it.each([
    ['2026-12-11', true, true, 0],
    ['2026-12-12', true, true, 1],
    [null, true, true, 1],
    [null, false, true, 0],
    ['2026-12-05', true, false, 1],
  ])('online %s, website %s, paper %s → %i problem(s)', (online, website, paper, problems) => {
    const found = minutesPublicationProblems({
      adoptedOn: '2026-12-04',
      publishedOnlineOn: online,
      communeHasWebsite: website,
      paperCopyAvailable: paper,
    });
    expect(found).toHaveLength(problems);
  });

  it('gives the deadline in French', () => {
    expect(
      minutesPublicationProblems({
        adoptedOn: '2026-12-04',
        publishedOnlineOn: null,
        communeHasWebsite: true,
        paperCopyAvailable: true,
      }),
    ).toEqual([expect.stringContaining('vendredi 11 décembre 2026')]);
  });
});

describe('liste des délibérations (CGCT L2121-25)', () => {
  it('is due one week after the meeting, across the year', () => {
    expect(deliberationsListDeadline('2026-10-16')).toBe('2026-10-23');
    expect(deliberationsListDeadline('2026-12-29')).toBe('2027-01-05');
  });

  it.each([
    ['2026-10-17', '2026-10-17', true, 0],
    ['2026-10-23', '2026-10-23', true, 0],
    ['2026-10-24', '2026-10-17', true, 1],
    ['2026-10-17', null, true, 1],
    ['2026-10-17', null, false, 0],
    [null, null, true, 2],
    ['2026-10-15', '2026-10-17', true, 1],
  ])('displayed %s, online %s, website %s → %i problem(s)', (displayed, online, website, problems) => {
    expect(
      deliberationsListProblems({
        meetingDate: '2026-10-16',
        displayedOn: displayed,
        onlineOn: online,
        communeHasWebsite: website,
      }),
    ).toHaveLength(problems);
  });
});
