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

const dir = 'tests/fixtures/rules/police';

describe('npm run cli -- rules police', () => {
  it('prints one JSON line per case in the order given, an error line for the malformed one, and exits 2', async () => {
    const io = capture();
    const code = await runCli(
      [
        'rules',
        'police',
        `${dir}/competence-departementale-hors-agglomeration.json`,
        `${dir}/arrete-stationnement-travaux.json`,
        `${dir}/arrete-bruit.json`,
        `${dir}/occupation-terrasse.json`,
        `${dir}/malformed.json`,
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines).toHaveLength(5);
    const [competence, stationnement, bruit, occupation, error] = io.lines.map(
      (line) => JSON.parse(line) as unknown,
    );
    expect(competence).toMatchObject({ autorite: 'president-conseil-departemental', confidence: 'C' });
    expect(stationnement).toMatchObject({
      transmissionPrefet: false,
      publicite: 'publication',
      modePublication: 'electronique',
    });
    expect(bruit).toMatchObject({
      transmissionPrefet: true,
      modePublication: 'affichage',
      amendeMaxEuros: 150,
    });
    expect(occupation).toMatchObject({ titre: 'permis-de-stationnement', redevanceObligatoire: true });
    expect(error).toEqual({
      error: `${dir}/malformed.json : population : population attendue (nombre entier d’habitants) ; modePubliciteDelibere : modePubliciteDelibere attendu : « affichage », « papier », « electronique » ou null (pas de délibération)`,
    });
  });
});
