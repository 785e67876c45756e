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

const DIR = 'tests/fixtures/rules/funeraire';

describe('npm run cli -- rules funeraire', () => {
  it('dispatches each case on its kind, one JSON line each in the order given, and exits 2 on the malformed one', async () => {
    const io = capture();
    const code = await runCli(
      [
        'rules',
        'funeraire',
        `${DIR}/inhumation-samedi.json`,
        `${DIR}/concession-trentenaire-echue.json`,
        `${DIR}/malformed.json`,
        `${DIR}/droit-inhumation-domicile.json`,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines).toHaveLength(4);
    const [inhumation, concession, error, droit] = io.lines.map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    expect(inhumation).toMatchObject({ auPlusTard: '2026-11-21', references: ['CGCT R2213-33'] });
    expect(concession).toMatchObject({
      reprisePourNonRenouvellementPossible: false,
      renouvellementPossibleJusquau: '2027-06-01',
    });
    expect(error).toEqual({
      error:
        `${DIR}/malformed.json : dureeAns : durée attendue : un nombre entier d’années (1 à 999) ou ` +
        '« perpetuelle » ; acteDate : date impossible ou mal écrite (attendu AAAA-MM-JJ, par exemple 2026-11-07)',
    });
    expect(droit).toMatchObject({ droit: true, references: ['CGCT L2223-3'] });
  });

  it('exits 0 when every case is well formed', async () => {
    const io = capture();
    expect(await runCli(['rules', 'funeraire', `${DIR}/concession-perpetuelle-2000.json`], io)).toBe(0);
    expect(JSON.parse(io.lines[0] ?? '')).toMatchObject({ procedureAbandonPossible: false });
  });
});
