import { describe, expect, it } from 'vitest';
import {
  PROCESS_RULES,
  checkProxyEmargement,
  validateProxies,
  type Procuration,
} from '../../../../../src/core/rules/depouillement';

let next = 0;
const proxy = (
  mandataire: string,
  establishedIn: 'france' | 'etranger',
  establishedOn: string,
): Procuration => {
  next += 1;
  return { id: `P${next}`, mandant: `Mandant ${next}`, mandataire, establishedIn, establishedOn };
};
const validOf = (proxies: Procuration[]) => validateProxies(proxies).validity.map((v) => v.valid);

describe('validateProxies (L73)', () => {
  it.each<[string, Procuration[], boolean[]]>([
    ['one proxy made in France', [proxy('Jean', 'france', '2026-03-01')], [true]],
    [
      'one in France, one abroad',
      [proxy('Jean', 'france', '2026-03-01'), proxy('Jean', 'etranger', '2026-03-02')],
      [true, true],
    ],
    [
      'two abroad',
      [proxy('Jean', 'etranger', '2026-03-01'), proxy('Jean', 'etranger', '2026-03-02')],
      [true, true],
    ],
    [
      'two in France: the later is void',
      [proxy('Jean', 'france', '2026-03-01'), proxy('Jean', 'france', '2026-03-05')],
      [true, false],
    ],
    [
      'two in France given in reverse order: the earlier stays valid',
      [proxy('Jean', 'france', '2026-03-05'), proxy('Jean', 'france', '2026-03-01')],
      [false, true],
    ],
    [
      'three: the third is void',
      [
        proxy('Jean', 'etranger', '2026-03-01'),
        proxy('Jean', 'france', '2026-03-02'),
        proxy('Jean', 'etranger', '2026-03-03'),
      ],
      [true, true, false],
    ],
    [
      'France, France, abroad: only the second is void',
      [
        proxy('Jean', 'france', '2026-03-01'),
        proxy('Jean', 'france', '2026-03-02'),
        proxy('Jean', 'etranger', '2026-03-03'),
      ],
      [true, false, true],
    ],
    [
      'different mandataires are counted apart (names compared without case)',
      [
        proxy('Jean', 'france', '2026-03-01'),
        proxy('Marie', 'france', '2026-03-01'),
        proxy('JEAN', 'etranger', '2026-03-02'),
      ],
      [true, true, true],
    ],
  ])('%s', (_label, proxies, valid) => {
    expect(validOf(proxies)).toEqual(valid);
  });

  it('fails the ceiling check and says why a proxy is void', () => {
    const result = validateProxies([
      proxy('Jean', 'france', '2026-03-01'),
      proxy('Jean', 'france', '2026-03-02'),
    ]);
    expect(result.checks[0]).toMatchObject({
      rule: 'procuration.plafond',
      passed: false,
      reference: 'code électoral L73',
    });
    expect(result.validity[1]?.message).toContain('nulle de plein droit');
  });

  it('flags as uncertain a void decided only by the order of same-day proxies', () => {
    const result = validateProxies([
      proxy('Jean', 'france', '2026-03-01'),
      proxy('Jean', 'france', '2026-03-01'),
    ]);
    expect(result.validity.map((v) => [v.valid, v.uncertain])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('refuses an invalid date', () => {
    expect(() => validateProxies([proxy('Jean', 'france', '2026-02-30')])).toThrow(RangeError);
  });

  it('passes with no proxy at all', () => {
    expect(validateProxies([]).checks[0]?.passed).toBe(true);
  });
});

describe('checkProxyEmargement (L74)', () => {
  it.each([
    ['mandant', true],
    ['mandataire', false],
  ] as const)('signed in front of the %s’s name → %s', (where, passed) => {
    expect(checkProxyEmargement(where)).toMatchObject({ rule: 'emargement.mandataire', passed });
  });

  it.each([
    ['mandant', true],
    ['mandataire', false],
  ] as const)(
    'erratum 3 — the mandataire signs in front of the mandant’s name under L74, not L73 (signed at the %s → %s)',
    (where, passed) => {
      expect(checkProxyEmargement(where)).toMatchObject({ passed, reference: 'code électoral L74' });
      expect(PROCESS_RULES['emargement.mandataire'].reference).toBe('code électoral L74');
    },
  );

  it('erratum 3 — L73 keeps only the ceiling of two proxies, one made in France', () => {
    expect(PROCESS_RULES['procuration.plafond'].reference).toBe('code électoral L73');
    expect(validateProxies([]).checks.map((c) => c.reference)).toEqual(['code électoral L73']);
  });
});
