import { describe, expect, it } from 'vitest';
import type { NetworkAnswerView, NetworkView } from '../../../../src/core/scenario';
import { arrivalText, arrivedAnswers, presentNetwork } from '../../../../src/ui/screens/network-presenter';

const answer = (
  contact: NetworkAnswerView['contact'],
  status: NetworkAnswerView['status'],
): NetworkAnswerView => ({
  contact,
  from:
    contact === 'cdg'
      ? 'Service juridique du centre de gestion'
      : 'Secrétaire de mairie de la commune voisine',
  status,
  text:
    status === 'attendue' ? 'Réponse attendue après votre prochaine étape.' : 'La règle est CGCT L2121-11.',
});

const view = (answers: readonly NetworkAnswerView[], asked = false): NetworkView => ({
  contacts: [{ id: 'cdg', name: 'Service juridique du centre de gestion', delayText: 'plus tard', asked }],
  answers,
});

describe('the network panel’s presenter', () => {
  it('offers the contacts while a decision is ahead, and heads the answers with their count', () => {
    const model = presentNetwork(view([answer('cdg', 'attendue'), answer('voisin', 'recue')], true));
    expect(model.canAsk).toBe(true);
    expect(model.contacts[0]?.asked).toBe(true);
    expect(model.answersHeading).toBe('Réponses du réseau (2)');
    expect(model.answers.map((item) => item.statusLabel)).toEqual(['en attente', 'reçue']);
    expect(presentNetwork({ contacts: [], answers: [] })).toMatchObject({
      canAsk: false,
      answersHeading: '',
    });
  });

  it('says an answer once, when it arrives, and says it came late after the decision', () => {
    const waiting = view([answer('cdg', 'attendue')]);
    expect(arrivedAnswers(undefined, waiting)).toEqual([]);
    const late = view([answer('cdg', 'tardive')]);
    expect(arrivedAnswers(waiting, late).map(arrivalText)).toEqual([
      'Réponse reçue, après votre décision — Service juridique du centre de gestion : La règle est CGCT L2121-11.',
    ]);
    expect(arrivedAnswers(late, late)).toEqual([]);
    const phoned = view([answer('cdg', 'tardive'), answer('voisin', 'recue')]);
    expect(arrivedAnswers(late, phoned).map((item) => item.contact)).toEqual(['voisin']);
  });
});
