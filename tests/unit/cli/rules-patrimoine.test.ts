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

const dir = 'tests/fixtures/rules/patrimoine';

describe('npm run cli -- rules patrimoine', () => {
  it('prints one JSON line per case in the order given, an error line for the malformed one, and exits 2', async () => {
    const io = capture();
    const code = await runCli(
      [
        'rules',
        'patrimoine',
        `${dir}/malformed.json`,
        `${dir}/financement-travaux-100000.json`,
        `${dir}/erp-salle-des-fetes.json`,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines).toHaveLength(3);
    const [error, financement, erp] = io.lines.map((line) => JSON.parse(line) as unknown);
    expect(error).toEqual({
      error: `${dir}/malformed.json : categorie : categorie attendue : un entier de 1 à 5 ; locauxSommeil : locauxSommeil attendu : true ou false`,
    });
    expect(financement).toMatchObject({ aidesMaxHT: 80_000, conforme: true, references: ['CGCT L1111-10'] });
    expect(erp).toMatchObject({ visitePeriodiqueObligatoire: false, confidence: 'C' });
  });
});
