import { describe, expect, it } from 'vitest';
import { DELAIS_LISTE_IDS, delaiListe } from '../../../../../src/core/rules/liste-electorale';

describe('liste-electorale: the fixed deadlines (L18, L19, L20, R13)', () => {
  it.each([
    ['decision-maire', 5, 'code électoral L18'],
    ['notification', 2, 'code électoral L18'],
    ['observations-radiation', 15, 'code électoral L18'],
    ['rapo', 5, 'code électoral L18'],
    ['decision-commission', 30, 'code électoral L19'],
    ['tribunal', 7, 'code électoral L20'],
    ['recours-tableau', 7, 'code électoral R13'],
  ] as const)('%s: %s days (%s), confirmed', (id, jours, reference) => {
    const delai = delaiListe(id);
    expect(delai.jours).toBe(jours);
    expect(delai.references).toContain(reference);
    expect(delai.confidence).toBe('C');
    expect(delai.libelle).toContain(`${jours} jours`);
  });

  it('names every deadline once', () => {
    expect(DELAIS_LISTE_IDS).toHaveLength(7);
    expect(new Set(DELAIS_LISTE_IDS).size).toBe(7);
  });
});
