import { describe, expect, it } from 'vitest';
import {
  AFFICHAGE_DECISION_JOURS,
  AFFICHAGE_DECISION_MOIS,
  decideAffichageDecision,
  decideSilence,
  type Demande,
  type Silence,
} from '../../../../../src/core/rules/urbanisme';

describe('decideSilence: what the silence of the administration gives (L424-2, R424-1, R423-39, R410-12)', () => {
  it.each<[Demande, boolean, Silence, string]>([
    ['DP', false, 'non-opposition-tacite', 'code de l’urbanisme L424-2'],
    ['PCMI', false, 'permis-tacite', 'code de l’urbanisme L424-2'],
    ['PC', false, 'permis-tacite', 'code de l’urbanisme R424-1'],
    ['PA', false, 'permis-tacite', 'code de l’urbanisme R424-1'],
    ['PD', false, 'permis-tacite', 'code de l’urbanisme R424-1'],
    ['DP', true, 'opposition-tacite', 'code de l’urbanisme R423-39'],
    ['PCMI', true, 'rejet-tacite', 'code de l’urbanisme R423-39'],
    ['CUa', false, 'certificat-tacite', 'code de l’urbanisme R410-12'],
    ['CUb', true, 'certificat-tacite', 'code de l’urbanisme R410-12'],
  ])('%s, documents not sent: %s → %s', (demande, piecesNonFournies, silence, reference) => {
    const decision = decideSilence(demande, piecesNonFournies);
    expect(decision.silence).toBe(silence);
    expect(decision.references).toContain(reference);
    expect(decision.confidence).toBe('C');
    expect(decision.explication.length).toBeGreaterThan(40);
  });
});

describe('decideAffichageDecision: posted at the mairie within 8 days, for 2 months (R424-15)', () => {
  it('keeps the sheet’s figures', () => {
    expect(AFFICHAGE_DECISION_JOURS).toBe(8);
    expect(AFFICHAGE_DECISION_MOIS).toBe(2);
  });

  it.each([
    ['2027-04-27', '2027-05-05'],
    ['2027-12-28', '2028-01-05'],
    ['2028-02-25', '2028-03-04'],
  ])('a decision of %s is posted by %s (calendar days, marked P: never scored to the day)', (date, limit) => {
    const result = decideAffichageDecision(date);
    expect(result.affichageAvant).toBe(limit);
    expect(result.dureeMois).toBe(2);
    expect(result.confidence).toBe('P');
    expect(result.references).toEqual(['code de l’urbanisme R424-15', 'CGCT R2122-7']);
  });
});
