import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { runCli } from '../../../src/cli/main';
import { nodeIo } from '../../../src/cli/node-io';

/** The real file system, with the output captured. */
function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { ...nodeIo, lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

const DIR = 'tests/fixtures/rules/urbanisme';

describe('npm run cli -- rules urbanisme', () => {
  it('prints one JSON line per case in the order given, an error line for the malformed one, and exits 2', async () => {
    const io = capture();
    const code = await runCli(
      [
        'rules',
        'urbanisme',
        `${DIR}/pcmi-rnu-etat.json`,
        `${DIR}/malformed.json`,
        `${DIR}/dp-abords-majoration-notifiee.json`,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines).toHaveLength(3);
    const [first, error, last] = io.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ autorite: 'etat', delaiMois: 2, affichageDepotAvant: '2026-03-18' });
    expect(error).toEqual({
      error:
        `${DIR}/malformed.json : demande : demande attendue : DP, PCMI, PC, PA, PD, CUa, CUb ; depotDate : date ` +
        'impossible ou mal écrite (attendu AAAA-MM-JJ, par exemple 2026-03-03) ; abordsMonumentHistorique : ' +
        'booléen attendu (true ou false)',
    });
    expect(last).toMatchObject({
      delaiMois: 2,
      references: expect.arrayContaining(['code de l’urbanisme R423-42']),
    });
  });

  it('exits 0 whatever the verdicts when every case is well formed', async () => {
    const io = capture();
    const code = await runCli(
      ['rules', 'urbanisme', `${DIR}/pcmi-pieces-tardives.json`, `${DIR}/dp-abords-sans-majoration.json`],
      io,
    );
    expect(code).toBe(0);
    expect(io.lines.map((line) => (JSON.parse(line) as { delaiMois: number }).delaiMois)).toEqual([2, 1]);
  });

  it('is listed in the command’s help', async () => {
    const io = capture();
    await runCli(['rules', 'inconnu'], io);
    expect(io.errors.join('\n')).toContain('urbanisme');
  });
});
