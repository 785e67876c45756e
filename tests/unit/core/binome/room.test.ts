import { describe, expect, it } from 'vitest';
import { encodeResult, roomDebrief, type PairChoice } from '../../../../src/core/binome';
import { repoScenario } from '../../scenarios/scenario-kit';

const { scenario } = repoScenario('situations-de-tension');
const pair = (decision: string, advised: string, decided: string): PairChoice => ({
  decision,
  advised,
  decided,
  explained: true,
});
const code = (seed: number, choices: readonly PairChoice[]) => encodeResult(scenario, seed, choices) ?? '';

describe('the room’s debrief from the pairs’ result codes', () => {
  const codes = [
    code(1, [pair('guichet-plainte', 'ecoute', 'ecoute'), pair('interesse-terrain', 'sort', 'reste')]),
    code(2, [pair('guichet-plainte', 'ecoute', 'nom'), pair('interesse-terrain', 'sort', 'sort')]),
    code(3, [pair('guichet-plainte', 'nom', 'nom'), pair('reseaux-reponse', 'general', 'general')]),
  ];

  it('counts, for every decision, the pairs that played it, agreed and acted legally', () => {
    const room = roomDebrief(scenario, codes);
    expect(room.pairs).toBe(3);
    expect(room.problems).toEqual([]);
    const byId = Object.fromEntries(room.decisions.map((decision) => [decision.decision, decision]));
    expect(byId['guichet-plainte']).toMatchObject({
      topic: 'Un habitant en colère au guichet',
      pairs: 3,
      agreed: 2,
      legal: 1,
      splitPercent: 33,
    });
    expect(byId['interesse-terrain']).toMatchObject({ pairs: 2, agreed: 1, legal: 2, splitPercent: 50 });
    expect(byId['recrutement-proche']).toMatchObject({ pairs: 0, agreed: 0, legal: 0 });
    expect(byId['recrutement-proche']?.topic).not.toBe('');
  });

  it('ranks the situations that split pairs most, leaving out those nobody played', () => {
    const room = roomDebrief(scenario, codes);
    expect(room.mostSplit.map((decision) => decision.decision)).toEqual([
      'interesse-terrain',
      'guichet-plainte',
      'reseaux-reponse',
    ]);
  });

  it('lists a damaged code with its position and a French message, without counting it', () => {
    const damaged = `${codes[0]?.slice(0, -1) ?? ''}${codes[0]?.endsWith('0') ? '1' : '0'}`;
    const room = roomDebrief(scenario, [codes[1] ?? '', '', damaged]);
    expect(room.pairs).toBe(1);
    expect(room.problems).toEqual([expect.stringMatching(/^Code n° 3 : Code abîmé/)]);
  });
});
