import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { runCli } from '../../../src/cli/main';
import { nodeIo } from '../../../src/cli/node-io';
import { factorAxes } from '../../../src/cli/upgrade/factor-axes';
import { firstDifference } from '../../../src/cli/upgrade/same-compiled';
import { defaultKnowledge, scenarioSchema } from '../../../src/core/scenario';
import { validateSource } from '../../../src/core/scenario/format/parse';

const FORMAT_1 = 'tests/fixtures/format-1/premier-jour.json';

/** The real file system for reading; writes are kept in memory. */
function capture(): CliIo & { written: Map<string, string>; errors: string[] } {
  const written = new Map<string, string>();
  const errors: string[] = [];
  return {
    ...nodeIo,
    written,
    errors,
    out: () => undefined,
    err: (line) => errors.push(line),
    writeText: (path, text) => written.set(path, text),
  };
}

describe('npm run cli -- upgrade', () => {
  it('rewrites a format 1 scenario in format 2 that compiles to the same scenario, texts included', async () => {
    const io = capture();
    expect(await runCli(['upgrade', FORMAT_1], io)).toBe(0);
    const text = io.written.get(FORMAT_1) ?? '';
    expect(text).not.toContain('"texts"');
    const result = validateSource(JSON.parse(text), 'converti.json', defaultKnowledge());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const before = scenarioSchema.parse(JSON.parse(readFileSync(FORMAT_1, 'utf8')));
    expect(firstDifference(before, result.value)).toBeNull();
  });

  it('refuses a file that is not a format 1 scenario, and writes nothing', async () => {
    const io = capture();
    expect(await runCli(['upgrade', 'scenarios/premier-jour.json'], io)).toBe(1);
    expect(io.written.size).toBe(0);
    expect(io.errors[0]).toContain('pas un scénario au format 1 valide');
  });
});

describe('the round-trip check', () => {
  const before = scenarioSchema.parse(JSON.parse(readFileSync(FORMAT_1, 'utf8')));

  it('sees a changed word behind a text id, and a changed target', () => {
    const reworded = structuredClone(before);
    reworded.texts['accueil.1'] = 'Bonjour.';
    expect(firstDifference(before, reworded)).toContain('steps.accueil.lines[0]');
    const retargeted = structuredClone(before);
    const step = retargeted.steps['accueil'];
    if (step?.type === 'dialogue') step.next = 'fin';
    expect(firstDifference(before, retargeted)).toContain('steps.accueil.next');
  });

  it('ignores the names of the texts when their words are the same', () => {
    const renamed = structuredClone(before);
    renamed.texts['autre.nom'] = renamed.texts['accueil.1'] ?? '';
    const step = renamed.steps['accueil'];
    if (step?.type === 'dialogue') step.lines[0] = 'autre.nom';
    expect(firstDifference(before, renamed)).toBeNull();
  });
});

describe('factorAxes', () => {
  it('makes an axis of a family of variables that vary together, keeping the variants’ ids and own values', () => {
    const variants = [
      { id: 'a', label: 'A', vars: { date: '2027-01-04', famNom: 'X', famLien: 'fille', famDate: '1979' } },
      { id: 'b', label: 'B', vars: { date: '2027-02-01', famNom: 'Y', famLien: 'sœur', famDate: '2008' } },
      { id: 'c', label: 'C', vars: { date: '2027-03-01', famNom: 'X', famLien: 'fille', famDate: '1980' } },
    ];
    const { axes, variants: factored } = factorAxes(variants);
    expect(axes).toEqual({
      fam: [
        { id: 'fam-1', vars: { famNom: 'X', famLien: 'fille' } },
        { id: 'fam-2', vars: { famNom: 'Y', famLien: 'sœur' } },
      ],
    });
    expect(factored).toEqual([
      { id: 'a', label: 'A', pick: { fam: 'fam-1' }, vars: { date: '2027-01-04', famDate: '1979' } },
      { id: 'b', label: 'B', pick: { fam: 'fam-2' }, vars: { date: '2027-02-01', famDate: '2008' } },
      { id: 'c', label: 'C', pick: { fam: 'fam-1' }, vars: { date: '2027-03-01', famDate: '1980' } },
    ]);
  });
});
