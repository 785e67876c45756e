import { describe, expect, it } from 'vitest';
import { ruleDomains } from '../../../../../src/core/rules';
import { isScorableAsLaw, weakestConfidence } from '../../../../../src/core/rules/liste-electorale';

const domain = ruleDomains.find((candidate) => candidate.id === 'liste-electorale');

describe('liste-electorale domain', () => {
  it('is registered for the rules command', () => {
    expect(domain?.title).toContain('Liste électorale');
  });

  it.each([
    [
      'an unknown kind',
      { kind: 'radiation' },
      'kind attendu : « inscription », « commission » ou « reunion-commission »',
    ],
    ['no kind', { scrutinDate: '2026-03-15' }, 'kind attendu'],
    ['not an object', 42, 'cas attendu : un objet JSON'],
    ['null', null, 'cas attendu : un objet JSON'],
  ])('refuses %s with one French message', (_point, raw, message) => {
    const parsed = domain?.parseCase(raw);
    expect(parsed?.ok).toBe(false);
    expect(parsed && !parsed.ok && parsed.error).toContain(message);
  });

  it('a verdict is no surer than its weakest point; M is never scored as law', () => {
    expect(weakestConfidence([])).toBe('C');
    expect(weakestConfidence(['C', 'P'])).toBe('P');
    expect(weakestConfidence(['P', 'M', 'C'])).toBe('M');
    expect([isScorableAsLaw('C'), isScorableAsLaw('P'), isScorableAsLaw('M')]).toEqual([true, true, false]);
  });
});
