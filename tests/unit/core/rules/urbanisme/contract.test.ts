import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const FIXTURES = join(__dirname, '../../../../fixtures/rules/urbanisme');

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

describe('the `rules urbanisme` contract (issue 22)', () => {
  it('prints the contract’s fields first, in its order, then confidence and explanation', () => {
    const output = run(fixture('pcmi-rnu-etat.json'));
    expect(Object.keys(output).slice(0, 6)).toEqual([
      'autorite',
      'delaiMois',
      'piecesDemandeOpposable',
      'affichageDepotAvant',
      'references',
      'confidence',
    ]);
    expect(output.explication).toMatch(/au nom de l’État/);
  });

  it.each<[string, string, Record<string, unknown>]>([
    [
      'L422-1 b) — game case 1: PCMI under the RNU → State',
      'pcmi-rnu-etat.json',
      { autorite: 'etat', delaiMois: 2, piecesDemandeOpposable: null, affichageDepotAvant: '2026-03-18' },
    ],
    [
      'R423-41 — game case 2: piece asked on 10 April for a PCMI of 3 March → no effect, 2 months',
      'pcmi-pieces-tardives.json',
      { autorite: 'commune', delaiMois: 2, piecesDemandeOpposable: false },
    ],
    [
      'R423-24, R423-42 — game case 3: DP in the abords, majoration notified on day 15 → 2 months',
      'dp-abords-majoration-notifiee.json',
      { delaiMois: 2, majorationOpposable: true },
    ],
    [
      'R423-42 — game case 3: without notification it stays 1 month',
      'dp-abords-sans-majoration.json',
      { delaiMois: 1, majorationOpposable: false },
    ],
    [
      'R410-12, R423-6 — CUb with a carte communale: 2 months; no avis de dépôt for a certificat',
      'cub-carte-communale.json',
      { autorite: 'commune', delaiMois: 2, affichageDepotAvant: null },
    ],
  ])('%s', (_point, name, expected) => {
    const output = run(fixture(name));
    expect(output).toMatchObject(expected);
    expect(output.references.length).toBeGreaterThan(0);
    expect(output.references.every((ref) => /^code de l’urbanisme [LR]\d/.test(ref))).toBe(true);
  });

  it('game case 2 cites R423-41 and the case stays scorable on the délai (C)', () => {
    const output = run(fixture('pcmi-pieces-tardives.json'));
    expect(output.references).toContain('code de l’urbanisme R423-41');
    expect(output.confidenceDetail).toMatchObject({ delaiMois: 'C', piecesDemandeOpposable: 'C' });
  });
});
