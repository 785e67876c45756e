import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKnowledge, formatScenarioError, parseScenarioText } from '../../../../src/core/scenario';
import { repoCatalogue } from './repo-scenarios';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'broken-scenarios');
const expected = JSON.parse(
  readFileSync(join(DIR, '..', 'broken-scenarios-expected.json'), 'utf8'),
) as Record<string, { path: string; message: string }>;
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const knowledge = defaultKnowledge(repoCatalogue().scenarios);

describe('broken scenario corpus', () => {
  it('holds at least 30 files, each with its expected error', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s is rejected with its precise French message', (file) => {
    const result = parseScenarioText(readFileSync(join(DIR, file), 'utf8'), file, knowledge);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const want = expected[file];
    const lines = result.error.map(formatScenarioError);
    const match = result.error.find(
      (error) => error.file === file && error.path === want?.path && error.message.includes(want.message),
    );
    expect(match, `attendu ${JSON.stringify(want)} parmi :\n${lines.join('\n')}`).toBeDefined();
    for (const error of result.error) {
      expect(error.expected.length).toBeGreaterThan(0);
      expect(error.found.length).toBeGreaterThan(0);
    }
  });
});
