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

describe('npm run cli', () => {
  it('validates every scenario of the repository', async () => {
    const io = capture();
    expect(await runCli(['validate'], io)).toBe(0);
    expect(io.lines.join('\n')).toMatch(/scénario\(s\) valide\(s\) : .*premier-jour/);
  });

  it('rejects a broken scenario file with its precise message and exit code 1', async () => {
    const io = capture();
    expect(await runCli(['validate', 'tests/fixtures/broken-scenarios/05-next-inconnu.json'], io)).toBe(1);
    expect(io.errors[0]).toContain('steps.accueil.next : Cette étape mène à une étape qui n’existe pas.');
  });

  it('plays a scenario headless with a bot and prints its report as JSON', async () => {
    const io = capture();
    expect(await runCli(['play', 'premier-jour', '--seed', '1', '--bot', 'good', '--json'], io)).toBe(0);
    const result = JSON.parse(io.lines.join('\n')) as {
      done: boolean;
      variant: string;
      report: { overall: { mark: number } };
    };
    expect(result).toMatchObject({
      done: true,
      variant: 'seance-vendredi',
      report: { overall: { mark: 20 } },
    });
  });

  it('summarises the paths of a scenario', async () => {
    const io = capture();
    expect(await runCli(['paths', 'premier-jour', '--json'], io)).toBe(0);
    const summary = JSON.parse(io.lines.join('\n')) as {
      variants: { variant: string; good: { decisions: number } }[];
    };
    expect(summary.variants.map((entry) => entry.variant).sort()).toEqual([
      'seance-mardi',
      'seance-mardi-2026',
      'seance-vendredi',
      'seance-vendredi-2026',
    ]);
    expect(summary.variants.every((entry) => entry.good.decisions === 6)).toBe(true);
  });

  it('prints one JSON line per rules case, an error line for a malformed one, and exits 2', async () => {
    const io = capture();
    const code = await runCli(
      [
        'rules',
        'conseil',
        'tests/fixtures/rules/conseil/malformed.json',
        'tests/fixtures/rules/conseil/urgency.json',
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines).toHaveLength(2);
    expect(JSON.parse(io.lines[0] ?? '')).toHaveProperty('error');
    expect(JSON.parse(io.lines[1] ?? '')).toHaveProperty('legalSize', 15);
  });

  it('refuses an unknown command', async () => {
    const io = capture();
    expect(await runCli(['inconnue'], io)).toBe(2);
    expect(io.errors[0]).toContain('Commande inconnue');
  });
});
