import { describe, expect, it } from 'vitest';
import { placeProblems } from '../../../../src/ui/views/problems';

describe('placeProblems', () => {
  const keys = ['objet', 'montant', 'date'];

  it('puts messages next to their field, in the view order, and names the first field in error', () => {
    const placement = placeProblems(
      [
        { key: 'date', message: 'Date passée.' },
        { key: 'montant', message: 'Montant trop élevé.' },
        { key: 'montant', message: 'Seuil dépassé.' },
      ],
      keys,
      new Set(keys),
    );
    expect([...placement.inline]).toEqual([
      ['montant', ['Montant trop élevé.', 'Seuil dépassé.']],
      ['date', ['Date passée.']],
    ]);
    expect(placement.summary).toEqual([]);
    expect(placement.firstKey).toBe('montant');
  });

  it('sends step-wide and unknown keys to the summary, keeps known keys without slot linkable', () => {
    const placement = placeProblems(
      [
        { key: null, message: 'Réponse incomplète.' },
        { key: 'inconnu', message: 'Clé inconnue.' },
        { key: 'objet', message: 'Objet vide.' },
      ],
      keys,
      new Set(['montant']),
    );
    expect(placement.inline.size).toBe(0);
    expect(placement.summary).toEqual([
      { key: null, message: 'Réponse incomplète.' },
      { key: null, message: 'Clé inconnue.' },
      { key: 'objet', message: 'Objet vide.' },
    ]);
    expect(placement.firstKey).toBe('objet');
  });

  it('no problem, nothing to show', () => {
    expect(placeProblems([], keys, new Set(keys))).toEqual({
      inline: new Map(),
      summary: [],
      firstKey: null,
    });
  });
});
