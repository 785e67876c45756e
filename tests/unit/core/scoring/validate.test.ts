import { describe, expect, it } from 'vitest';
import { scoreEvidence, validateEvidence, validateEvidenceList } from '../../../../src/core/scoring';
import type { Evidence } from '../../../../src/core/scoring';
import { makeEvidence } from './evidence-fixture';

describe('validateEvidence', () => {
  it('accepts a well-formed evidence unchanged', () => {
    const evidence = makeEvidence();
    expect(validateEvidence(evidence)).toEqual({ ok: true, value: evidence });
  });

  it.each([
    [
      { competences: ['RNCP41781-BC04-01'] },
      'compétence inconnue du référentiel RNCP41781 : « RNCP41781-BC04-01 »',
    ],
    [
      { competences: ['RNCP41406-BC01-01'] },
      'compétence inconnue du référentiel RNCP41781 : « RNCP41406-BC01-01 »',
    ],
    [{ competences: [] }, 'aucune compétence citée'],
    [
      { competences: ['RNCP41781-BC01-01', 'RNCP41781-BC01-01'] },
      'compétence citée deux fois : « RNCP41781-BC01-01 »',
    ],
    [{ weight: 0 }, 'poids 0 invalide (attendu : 1, 2 ou 3)'],
    [{ weight: 4 }, 'poids 4 invalide'],
    [{ weight: 1.5 }, 'poids 1.5 invalide'],
    [{ date: '2027-02-30' }, 'date invalide : « 2027-02-30 »'],
  ])('refuses %j in French', (overrides, message) => {
    const checked = validateEvidence(makeEvidence(overrides));
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error).toContain(message);
      expect(checked.error).toContain('Preuve « conseil-mars / convocation » refusée');
    }
  });

  it('refuses a verdict or a role that came from untyped JSON', () => {
    const raw: unknown = JSON.parse('{"verdict":"passable","role":"secretaire"}');
    const checked = validateEvidence({ ...makeEvidence(), ...(raw as object) } as Evidence);
    expect(checked.ok ? '' : checked.error).toMatch(
      /verdict inconnu : « passable ».*rôle inconnu : « secretaire »/,
    );
  });

  it('lists every refused evidence of a list', () => {
    const checked = validateEvidenceList([
      makeEvidence({ step: 'a', competences: ['X'] }),
      makeEvidence({ step: 'b' }),
      makeEvidence({ step: 'c', weight: 9 }),
    ]);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error).toContain('« conseil-mars / a »');
      expect(checked.error).not.toContain('« conseil-mars / b »');
      expect(checked.error).toContain('« conseil-mars / c »');
    }
  });

  it('makes scoreEvidence refuse, not ignore, an unknown competence', () => {
    const scored = scoreEvidence([makeEvidence(), makeEvidence({ competences: ['RNCP41781-BC01-99'] })]);
    expect(scored.ok).toBe(false);
  });
});
