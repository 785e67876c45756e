import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BALLOT_CAUSES,
  PROCESS_RULES,
  listBallotRule,
  type LegalRule,
} from '../../../../../src/core/rules/depouillement';

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

  it('never lets R52, R67 or R70 (legal-facts.md §7) carry a certain rule', () => {
    const risky = rules.filter(([, rule]) => /R52|R67|R70/.test(rule.reference));
    expect(risky.length).toBeGreaterThan(0);
    for (const [, rule] of risky) expect(rule.uncertain).toBe(true);
  });

  it('erratum 5 — cites R66-2 as certain only with L260, the rule of communes of 1 000 inhabitants and more since 2014 (legal-facts.md § 0 bis 5; § 7 keeps R66-2 uncertain below 1 000)', () => {
    const withR662 = rules.filter(([, rule]) => /R66-2/.test(rule.reference));
    for (const [, rule] of withR662) {
      if (!rule.uncertain) expect(rule.reference).toContain('L260 et R66-2');
    }
    expect(listBallotRule(1000).reference).toBe('code électoral L260 et R66-2');
    expect(listBallotRule(999).reference).not.toMatch(/R66-2/);
  });

  it.each(rules)('docs/rules/depouillement.md lists %s', (id) => {
    expect(docs).toContain(`\`${id}\``);
  });
});
