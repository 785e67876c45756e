import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/cli/commands/schema';

describe('docs/scenario.schema.json', () => {
  it('is the JSON Schema the code generates (run `npm run cli -- schema > docs/scenario.schema.json`)', () => {
    const committed: unknown = JSON.parse(readFileSync('docs/scenario.schema.json', 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });
});
