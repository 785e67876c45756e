import { describe, expect, it } from 'vitest';
import {
  classifyEnvelope,
  listBallotRule,
  referencesOf,
  type CountContext,
} from '../../../../../src/core/rules/depouillement';

describe('listBallotRule: the text that voids a modified list ballot, by the commune’s population', () => {
  it.each<[number | undefined, string, string]>([
    [0, 'depuis-2026', 'loi 2025-444'],
    [999, 'depuis-2026', 'loi 2025-444'],
    [1000, 'depuis-2014', 'code électoral L260 et R66-2'],
    [1200, 'depuis-2014', 'code électoral L260 et R66-2'],
    [undefined, 'population-inconnue', 'code électoral L260 et R66-2 ; loi 2025-444'],
  ])('erratum 5 — a commune of %s inhabitants: regime %s, cites %s', (population, regime, reference) => {
    expect(listBallotRule(population)).toMatchObject({ regime, reference });
  });

  it('erratum 5 — says since when, and for which communes', () => {
    expect(listBallotRule(1200).scope).toBe('dans les communes de 1\u00a0000 habitants et plus depuis 2014');
    expect(listBallotRule(999).scope).toBe(
      'dans les communes de moins de 1\u00a0000 habitants depuis mars 2026',
    );
  });

  it.each([-1, 12.5])('refuses a population of %s', (population) => {
    expect(() => listBallotRule(population)).toThrow(RangeError);
  });

  it.each<[number, string]>([
    [999, 'loi 2025-444'],
    [1000, 'code électoral L260 et R66-2'],
    [1200, 'code électoral L260 et R66-2'],
  ])(
    'erratum 5 — the count of a commune of %i inhabitants cites %s for a crossed-out list ballot',
    (population, reference) => {
      const context: CountContext = {
        election: 'municipale_liste',
        candidates: ['AGIR', 'DEMAIN'],
        population,
      };
      const classification = classifyEnvelope({ ballots: [{ for: 'AGIR', marks: ['rature'] }] }, context);
      expect(classification).toMatchObject({ classement: 'nul', uncertain: false });
      expect(referencesOf(classification)).toEqual([reference]);
    },
  );

  it('leaves the presidential count alone: the population changes nothing there', () => {
    const context: CountContext = { election: 'presidentielle', candidates: ['DURAND'], population: 1200 };
    const classification = classifyEnvelope({ ballots: [{ for: 'DURAND', marks: ['rature'] }] }, context);
    expect(classification.uncertain).toBe(true);
    expect(referencesOf(classification)).toEqual(['code électoral L66']);
  });
});
