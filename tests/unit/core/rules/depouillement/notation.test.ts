import { describe, expect, it } from 'vitest';
import {
  classifyNoted,
  parseLot,
  placeOf,
  urnOf,
  type CountContext,
  type NotedItem,
} from '../../../../../src/core/rules/depouillement';

const candidates = ['Claire DURAND', 'Marc LEROY'];
const presidentielle: CountContext = { election: 'presidentielle', candidates };
const municipale: CountContext = { election: 'municipale_liste', candidates: ['CAP 2032', 'AGIR'] };

function lot(text: string, names: readonly string[] = candidates): NotedItem[] {
  const parsed = parseLot(text, names);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('parseLot: the compact notation of a lot', () => {
  it('reads envelopes, papers by rank, marks, empty and non-regulatory envelopes, and loose ballots', () => {
    expect(
      lot(
        'e1: #1 ; e2: #2 +annotation +signature ; e3: vide ; e4: blanc ; e5: #1, #1 ; e6: non-reglementaire #2 ; s1: sans-enveloppe #1',
      ),
    ).toEqual([
      { id: 'e1', origin: 'enveloppe', envelope: { ballots: [{ for: 'Claire DURAND' }] } },
      {
        id: 'e2',
        origin: 'enveloppe',
        envelope: { ballots: [{ for: 'Marc LEROY', marks: ['annotation', 'signature'] }] },
      },
      { id: 'e3', origin: 'enveloppe', envelope: { ballots: [] } },
      { id: 'e4', origin: 'enveloppe', envelope: { ballots: [{ blank: true }] } },
      {
        id: 'e5',
        origin: 'enveloppe',
        envelope: { ballots: [{ for: 'Claire DURAND' }, { for: 'Claire DURAND' }] },
      },
      { id: 'e6', origin: 'enveloppe', envelope: { ballots: [{ for: 'Marc LEROY' }], nonRegulatory: true } },
      { id: 's1', origin: 'sansEnveloppe', ballot: { for: 'Claire DURAND' } },
    ]);
  });

  it('tolerates spaces and a trailing separator', () => {
    expect(lot('  a :#2+couleur;  ')).toEqual([
      { id: 'a', origin: 'enveloppe', envelope: { ballots: [{ for: 'Marc LEROY', marks: ['couleur'] }] } },
    ]);
  });

  it.each([
    ['', 'lot vide'],
    ['e1 #1', 'identifiant: contenu'],
    ['e1: #3', '#1 » à « #2'],
    ['e1: #0', '#1 » à « #2'],
    ['e1: DURAND', 'papier « DURAND »'],
    ['e1: #1 +tache', 'marque inconnue « tache »'],
    ['e1: #1 ; e1: #2', 'identifiant en double'],
    ['s1: sans-enveloppe #1, #2', 'un seul papier'],
    ['s1: sans-enveloppe vide', 'un seul papier'],
    ['e1: vide, #1', 'papier « vide »'],
  ])('refuses %j with a French message', (text, message) => {
    const parsed = parseLot(text, candidates);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.replace(/\u00a0/g, ' ')).toContain(message);
  });
});

describe('classifyNoted and urnOf', () => {
  it('classifies envelopes with L65/L66 and loose ballots as nul (L66)', () => {
    const items = lot('e1: #1 ; e2: vide ; e3: #1, #2 ; s1: sans-enveloppe #2');
    expect(items.map((item) => classifyNoted(item, presidentielle).classement)).toEqual([
      'vote',
      'blanc',
      'nul',
      'nul',
    ]);
    expect(classifyNoted(items[3] as NotedItem, presidentielle).findings.map((f) => f.cause)).toEqual([
      'sans-enveloppe',
    ]);
  });

  it('voids a modified municipal list ballot (L260 and R66-2, or loi 2025-444) but leaves a one-name one uncertain', () => {
    const [raye] = lot('e1: #1 +rature', municipale.candidates);
    const municipal = classifyNoted(raye as NotedItem, municipale);
    expect(municipal).toMatchObject({ classement: 'nul', uncertain: false });
    const [presidential] = lot('e1: #1 +rature');
    expect(classifyNoted(presidential as NotedItem, presidentielle).uncertain).toBe(true);
  });

  it('splits a lot into the envelopes and the loose ballots, in order', () => {
    const { envelopes, looseBallots } = urnOf(lot('e1: #1 ; s1: sans-enveloppe #2 ; e2: vide'));
    expect(envelopes).toEqual([{ ballots: [{ for: 'Claire DURAND' }] }, { ballots: [] }]);
    expect(looseBallots).toEqual([{ for: 'Marc LEROY' }]);
  });

  it('names where an item was found', () => {
    const [envelope, loose] = lot('e1: #1 ; s1: sans-enveloppe #2');
    expect(placeOf(envelope as NotedItem, 3)).toBe('Enveloppe 3');
    expect(placeOf(loose as NotedItem, 3)).toBe('Bulletin trouvé sans enveloppe');
  });
});
