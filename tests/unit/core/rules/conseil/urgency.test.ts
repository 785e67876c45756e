import { describe, expect, it } from 'vitest';
import { weekday } from '../../../../../src/core/dates';
import {
  convocationRegime,
  judgeUrgencyChoice,
  URGENCY_JUSTIFICATION_RULE,
} from '../../../../../src/core/rules/conseil/urgency';

describe('erratum 6 — urgency only when the ordinary delay cannot be met (CGCT L2121-11 al. 2)', () => {
  it.each([
    // sent, meeting, population, regime, jours francs available, earliest ordinary meeting
    // Across a weekend: sent on Friday 13 February 2026 (Saturday and Sunday count).
    ['2026-02-13', '2026-02-16', 1_200, 'urgence', 2, '2026-02-17'],
    ['2026-02-13', '2026-02-17', 1_200, 'ordinaire', 3, '2026-02-17'],
    ['2026-02-13', '2026-02-18', 1_200, 'ordinaire', 4, '2026-02-17'],
    // Across a month end: sent on Wednesday 31 March 2027.
    ['2027-03-31', '2027-04-03', 1_200, 'urgence', 2, '2027-04-04'],
    ['2027-03-31', '2027-04-04', 1_200, 'ordinaire', 3, '2027-04-04'],
    ['2027-03-31', '2027-04-05', 1_200, 'ordinaire', 4, '2027-04-04'],
    // Across a year end and a public holiday (1 January counts like any day).
    ['2026-12-29', '2027-01-01', 1_200, 'urgence', 2, '2027-01-02'],
    ['2026-12-29', '2027-01-02', 1_200, 'ordinaire', 3, '2027-01-02'],
    // One jour franc is the floor of urgency; none leaves no regime at all.
    ['2027-03-02', '2027-03-04', 1_200, 'urgence', 1, '2027-03-06'],
    ['2027-03-02', '2027-03-03', 1_200, 'impossible', 0, '2027-03-06'],
    ['2027-03-02', '2027-03-02', 1_200, 'impossible', 0, '2027-03-06'],
    // From 3 500 inhabitants the ordinary delay is five jours francs (L2121-12).
    ['2027-03-02', '2027-03-07', 3_500, 'urgence', 4, '2027-03-08'],
    ['2027-03-02', '2027-03-08', 3_500, 'ordinaire', 5, '2027-03-08'],
  ] as const)(
    'erratum 6 — sent %s for a meeting on %s (%i inhabitants): %s',
    (sent, meeting, population, regime, fullDays, earliest) => {
      expect(convocationRegime(meeting, sent, population)).toMatchObject({
        regime,
        fullDaysAvailable: fullDays,
        earliestOrdinaryMeeting: earliest,
        reference: population >= 3_500 ? 'CGCT L2121-12' : 'CGCT L2121-11',
      });
    },
  );

  it('erratum 6 — the weekend cases really straddle a weekend', () => {
    expect(weekday('2026-02-13')).toBe(5);
    expect(weekday('2026-02-16')).toBe(1);
  });

  it.each([
    // meeting 3, 4 and 5 days after the sending day, each choice judged
    ['2026-02-16', 'ordinaire', 'urgence', 'illegal'],
    ['2026-02-16', 'urgence', 'urgence', 'conforme'],
    ['2026-02-17', 'ordinaire', 'ordinaire', 'conforme'],
    ['2026-02-17', 'urgence', 'ordinaire', 'risque'],
    ['2026-02-18', 'ordinaire', 'ordinaire', 'conforme'],
    ['2026-02-18', 'urgence', 'ordinaire', 'risque'],
    ['2026-02-14', 'urgence', 'impossible', 'illegal'],
    ['2026-02-14', 'ordinaire', 'impossible', 'illegal'],
  ] as const)(
    'erratum 6 — sent Friday 13 February 2026 for %s, the maire chooses %s: expected %s, %s',
    (meeting, chosen, expected, verdict) => {
      const judgement = judgeUrgencyChoice(chosen, meeting, '2026-02-13', 1_200);
      expect(judgement).toMatchObject({ chosen, expected, verdict, reference: 'CGCT L2121-11' });
    },
  );

  it('erratum 6 — an unjustified urgency is a risk the debrief explains with the dates and L2121-11 al. 2', () => {
    const { explanation } = judgeUrgencyChoice('urgence', '2026-02-18', '2026-02-13', 1_200);
    expect(explanation).toContain(
      'L’urgence n’est justifiée que si le délai ordinaire ne peut pas être tenu',
    );
    expect(explanation).toContain('vendredi 13 février 2026');
    expect(explanation).toContain('dès le mardi 17 février 2026');
    expect(explanation).toContain('le conseil se prononce sur l’urgence');
    expect(explanation).toContain('annulation');
  });

  it('erratum 6 — a justified urgency still needs its account at the opening of the séance', () => {
    const { explanation } = judgeUrgencyChoice('urgence', '2026-02-16', '2026-02-13', 1_200);
    expect(explanation).toContain('trop tard pour la séance du lundi 16 février 2026');
    expect(explanation).toContain('un jour franc');
    expect(explanation).toContain('dès l’ouverture de la séance');
    const refused = judgeUrgencyChoice('ordinaire', '2026-02-16', '2026-02-13', 1_200);
    expect(refused.explanation).toContain('abréger le délai pour urgence');
  });

  it('erratum 6 — rests on a confirmed point of the fact sheet (§0 bis 7)', () => {
    expect(URGENCY_JUSTIFICATION_RULE).toMatchObject({ reference: 'CGCT L2121-11', confidence: 'C' });
  });
});
