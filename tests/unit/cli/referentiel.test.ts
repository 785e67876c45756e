import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { referentielCommand } from '../../../src/cli/commands/referentiel';

interface Captured {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function run(...args: string[]): Promise<Captured> {
  const out: string[] = [];
  const errors: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => errors.push(line),
    readText: () => {
      throw new Error('aucun fichier à lire');
    },
    writeText: () => undefined,
    listFiles: () => [],
  };
  const code = await referentielCommand.run(args, io);
  return { code, out, err: errors };
}

describe('referentiel command', () => {
  it('lists the 30 RNCP41781 competences by bloc, with their crosswalk, by default', async () => {
    const { code, out, err } = await run();
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe('RNCP41781 — Secrétaire général de mairie');
    expect(out).toContain('30 compétences en 3 blocs.');
    expect(out).toContain('BC01 — Assister et conseiller les élus (10 compétences)');
    expect(out).toContain('BC02 — Assurer les services à la population (8 compétences)');
    expect(out).toContain('BC03 — Gérer les services de la commune (12 compétences)');
    expect(out.filter((line) => /^ {2}RNCP41781-BC0\d-\d\d {2}/.test(line))).toHaveLength(30);
    expect(out).toContain('      → RNCP41406 : aucune · DU : B1');
    expect(out).toContain('      → RNCP41406 : BC02-16 · DU : B3');
  });

  it('lists RNCP41406 on request', async () => {
    const { code, out } = await run('--cert', 'RNCP41406');
    expect(code).toBe(0);
    expect(out).toContain('47 compétences en 3 blocs.');
    expect(out.filter((line) => line.startsWith('  RNCP41406-'))).toHaveLength(47);
  });

  it('lists the DU blocs with their topics', async () => {
    const { code, out } = await run('--cert', 'DU');
    expect(code).toBe(0);
    expect(out).toContain('B2 — Gérer les services de la commune (8 thèmes, 120 h)');
    expect(out).toContain('  – Préparation aux écrits du concours de rédacteur');
  });

  it('prints JSON with --json, the crosswalk included for RNCP41781', async () => {
    const { code, out } = await run('--json');
    expect(code).toBe(0);
    const parsed: unknown = JSON.parse(out.join('\n'));
    expect(parsed).toMatchObject({
      id: 'RNCP41781',
      blocs: [
        {
          code: 'BC01',
          competences: expect.arrayContaining([
            expect.objectContaining({
              id: 'RNCP41781-BC01-01',
              crosswalk: { RNCP41406: ['RNCP41406-BC01-12'], DU: ['DU-ARTOIS-B1'] },
            }),
          ]),
        },
        { code: 'BC02' },
        { code: 'BC03' },
      ],
    });
  });

  it('prints RNCP41406 JSON without a crosswalk', async () => {
    const { out } = await run('--json', '--cert', 'RNCP41406');
    expect(out.join('\n')).not.toContain('crosswalk');
  });

  it.each([
    [['--cert', 'RNCP99999'], 'Référentiel inconnu : « RNCP99999 »'],
    [['--cert'], 'L’option --cert attend un référentiel : RNCP41781, RNCP41406, DU.'],
    [['BC01'], 'Argument inattendu : « BC01 »'],
    [['--csv'], 'Argument inattendu : « --csv »'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const { code, err, out } = await run(...args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(message);
  });
});
