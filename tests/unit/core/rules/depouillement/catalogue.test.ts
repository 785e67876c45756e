import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BALLOT_CAUSES, PROCESS_RULES, type LegalRule } from '../../../../../src/core/rules/depouillement';

const rules: [string, LegalRule][] = [...Object.entries(BALLOT_CAUSES), ...Object.entries(PROCESS_RULES)];
const docs = readFileSync(join(__dirname, '../../../../../docs/rules/depouillement.md'), 'utf8');

describe('the rule catalogue of the count', () => {
  it.each(rules)('%s cites a code électoral article or a loi, in French, typeset', (_id, rule) => {
    expect(rule.reference).toMatch(/^(code électoral [LR]\d|loi \d{4}-\d+)/);
    expect(rule.statement).not.toMatch(/ [:;!?»]|« |'/);
  });

  it.each(rules)('%s is uncertain exactly when it says why', (_id, rule) => {
    expect(rule.why !== undefined).toBe(rule.uncertain);
    if (rule.confidence === 'M') expect(rule.uncertain).toBe(true);
  });

  it('never lets R52, R67, R70 or R66-2 (legal-facts.md §7) carry a certain rule', () => {
    const risky = rules.filter(([, rule]) => /R52|R67|R70|R66-2/.test(rule.reference));
    expect(risky.length).toBeGreaterThan(0);
    for (const [, rule] of risky) expect(rule.uncertain).toBe(true);
  });

  it.each(rules)('docs/rules/depouillement.md lists %s', (id) => {
    expect(docs).toContain(`\`${id}\``);
  });
});
