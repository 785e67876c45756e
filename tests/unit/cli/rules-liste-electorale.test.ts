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

const dir = 'tests/fixtures/rules/liste-electorale';

describe('npm run cli -- rules liste-electorale', () => {
  it('prints one JSON line per case in the order given, an error line for the malformed one, and exits 2', async () => {
    const io = capture();
    const code = await runCli(
      [
        'rules',
        'liste-electorale',
        `${dir}/inscription-mairie-trop-tard.json`,
        `${dir}/malformed.json`,
        `${dir}/commission-deux-listes.json`,
        `${dir}/reunion-commission-municipales-2026.json`,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines).toHaveLength(4);
    const [inscription, error, commission, reunion] = io.lines.map((line) => JSON.parse(line) as unknown);
    expect(inscription).toMatchObject({
      recevable: true,
      dateLimite: '2026-02-06',
      valablePourCeScrutin: false,
      references: ['code électoral L17'],
      confidence: 'C',
    });
    expect(error).toEqual({
      error: `${dir}/malformed.json : scrutinDate : date du scrutin impossible ou mal écrite (attendue au format AAAA-MM-JJ) ; demandeDate : date de la demande attendue au format AAAA-MM-JJ`,
    });
    expect(commission).toMatchObject({
      membres: 5,
      quorum: 3,
      references: ['code électoral L19', 'code électoral R10'],
    });
    expect(reunion).toMatchObject({ auPlusTot: '2026-02-19', auPlusTard: '2026-02-22', confidence: 'C' });
  });

  it('exits 0 whatever the verdicts when every case is well formed', async () => {
    const io = capture();
    expect(await runCli(['rules', 'liste-electorale', `${dir}/inscription-mairie-trop-tard.json`], io)).toBe(
      0,
    );
  });
});
