import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { runCli } from '../../../src/cli/main';
import { nodeIo } from '../../../src/cli/node-io';

const DIR = 'tests/fixtures/rules/rh';

/** The real file system, with the output captured. */
function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { ...nodeIo, lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

describe('npm run cli -- rules rh', () => {
  it('prints one JSON line per case in the order given, an error line for the malformed one, and exits 2', async () => {
    const io = capture();
    const code = await runCli(
      [
        'rules',
        'rh',
        `${DIR}/publication-trop-tot.json`,
        `${DIR}/malformed.json`,
        `${DIR}/stage-insuffisance-4e-mois.json`,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines).toHaveLength(3);
    const [first, error, last] = io.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ kind: 'publication', publicationSuffisante: false });
    expect(error).toEqual({
      error:
        `${DIR}/malformed.json : publicationDate : date de publication de la vacance invalide : une date réelle au ` +
        'format AAAA-MM-JJ est attendue ; nominationDate : date de nomination attendue au format AAAA-MM-JJ ; ' +
        'urgence : booléen attendu (true ou false) : y a-t-il urgence ?',
    });
    expect(last).toMatchObject({ kind: 'stage', licenciementPossible: false, avisCapRequis: true });
  });

  it('exits 0 on valid cases whatever the verdicts, one line per kind', async () => {
    const files = readdirSync(DIR)
      .filter((name) => name !== 'malformed.json')
      .sort();
    const io = capture();
    expect(await runCli(['rules', 'rh', ...files.map((name) => `${DIR}/${name}`)], io)).toBe(0);
    expect(io.lines).toHaveLength(files.length);
    const kinds = io.lines.map((line) => (JSON.parse(line) as { kind: string }).kind);
    expect(new Set(kinds)).toEqual(
      new Set([
        'entretien',
        'contrat',
        'publication',
        'nomination-sgm',
        'stage',
        'titularisation',
        'pieces-recrutement',
      ]),
    );
  });

  it('lists the domain in the command’s usage', async () => {
    const io = capture();
    expect(await runCli(['rules', 'inconnu'], io)).toBe(2);
    expect(io.errors.join('\n')).toContain('rh');
  });
});
