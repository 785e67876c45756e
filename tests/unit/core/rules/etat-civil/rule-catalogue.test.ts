import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ETAT_CIVIL_RULES, deliveryArticle } from '../../../../../src/core/rules/etat-civil';

const DOC = readFileSync(join(process.cwd(), 'docs/rules/etat-civil.md'), 'utf8');

describe('the rule catalogue', () => {
  it('has unique identifiers', () => {
    const ids = ETAT_CIVIL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('never scores a rule from memory', () => {
    for (const rule of ETAT_CIVIL_RULES.filter((candidate) => candidate.confidence === 'M')) {
      expect(rule.scored).toBe(false);
    }
  });
  it('gives every rule a reference and a French statement', () => {
    for (const rule of ETAT_CIVIL_RULES) {
      expect(rule.reference).not.toBe('');
      expect(rule.statement).toMatch(/[a-zàâçéèêëîïôûù]/);
    }
  });
  it.each(ETAT_CIVIL_RULES.map((rule) => [rule.id, rule] as const))(
    'documents %s with its reference in docs/rules/etat-civil.md',
    (id, rule) => {
      const row = DOC.split('\n').find((line) => line.startsWith(`| \`${id}\` `));
      const cells = (row ?? '').split('|').map((cell) => cell.trim());
      expect(cells[4]).toBe(rule.reference);
      expect(cells[5]?.startsWith(rule.confidence)).toBe(true);
      expect(cells[6]).toBe(rule.scored ? 'oui' : 'non');
    },
  );
  it('cites the delivery article of each kind of act', () => {
    expect(deliveryArticle('naissance')).toBe('décret 2017-890 art. 30');
    expect(deliveryArticle('mariage')).toBe('décret 2017-890 art. 32');
    expect(deliveryArticle('deces')).toBe('décret 2017-890 art. 33');
  });
});
