import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isProxyDurationValid,
  reviewProxies,
  type Proxy,
} from '../../../../../src/core/rules/conseil/proxies';

describe('proxies (CGCT L2121-20)', () => {
  const present = ['Martin', 'Bernard', 'Durand', 'Simon'];

  it('accepts a written proxy from an absent member to a present one', () => {
    expect(reviewProxies([{ from: 'Petit', to: 'Martin' }], { present })).toEqual({
      accepted: [{ from: 'Petit', to: 'Martin' }],
      rejected: [],
    });
  });

  it('handles an empty list', () => {
    expect(reviewProxies([], { present: [] })).toEqual({ accepted: [], rejected: [] });
  });

  it.each<[string, Proxy, RegExp]>([
    ['giver present', { from: 'Martin', to: 'Bernard' }, /mandant « Martin » est présent/],
    ['holder absent', { from: 'Petit', to: 'Leroy' }, /mandataire « Leroy » est absent/],
    ['to oneself', { from: 'Petit', to: 'Petit' }, /à lui-même/],
    ['not written', { from: 'Petit', to: 'Martin', written: false }, /pas écrit/],
    ['four sessions', { from: 'Petit', to: 'Martin', consecutiveSessions: 4 }, /plus de trois séances/],
  ])('rejects a proxy: %s', (_label, proxy, reason) => {
    const review = reviewProxies([proxy], { present });
    expect(review.accepted).toEqual([]);
    expect(review.rejected).toEqual([
      { from: proxy.from, to: proxy.to, reason: expect.stringMatching(reason) },
    ]);
  });

  it('lifts the three-session limit for illness', () => {
    expect(isProxyDurationValid(3, false)).toBe(true);
    expect(isProxyDurationValid(4, false)).toBe(false);
    expect(isProxyDurationValid(6, true)).toBe(true);
    expect(
      reviewProxies([{ from: 'Petit', to: 'Martin', consecutiveSessions: 5, illness: true }], { present })
        .accepted,
    ).toHaveLength(1);
  });

  it('lets a holder carry one proxy only, the first one', () => {
    const review = reviewProxies(
      [
        { from: 'Petit', to: 'Martin' },
        { from: 'Leroy', to: 'Martin' },
      ],
      { present },
    );
    expect(review.accepted).toEqual([{ from: 'Petit', to: 'Martin' }]);
    expect(review.rejected[0]?.reason).toBe(
      '« Martin » porte déjà le pouvoir de « Petit » : un même conseiller ne peut porter qu’un seul pouvoir (CGCT L2121-20).',
    );
  });

  it('lets a giver give one proxy only', () => {
    const review = reviewProxies(
      [
        { from: 'Petit', to: 'Martin' },
        { from: 'Petit', to: 'Bernard' },
      ],
      { present },
    );
    expect(review.accepted).toEqual([{ from: 'Petit', to: 'Martin' }]);
    expect(review.rejected[0]?.reason).toMatch(/« Petit » a déjà donné pouvoir à « Martin »/);
  });

  it('breaks a chain: a holder who gave his own proxy is absent', () => {
    const review = reviewProxies(
      [
        { from: 'Petit', to: 'Leroy' },
        { from: 'Leroy', to: 'Martin' },
      ],
      { present },
    );
    expect(review.accepted).toEqual([{ from: 'Leroy', to: 'Martin' }]);
    expect(review.rejected).toEqual([
      { from: 'Petit', to: 'Leroy', reason: expect.stringMatching(/absent/) },
    ]);
  });

  it('refuses proxies from and to an interested member (CGCT L2131-11)', () => {
    const review = reviewProxies(
      [
        { from: 'Petit', to: 'Simon' },
        { from: 'Leroy', to: 'Martin' },
      ],
      { present, interested: ['Simon', 'Leroy'] },
    );
    expect(review.accepted).toEqual([]);
    expect(review.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/« Simon » est intéressé.*CGCT L2131-11/),
      expect.stringMatching(/« Leroy » est intéressé.*CGCT L2131-11/),
    ]);
  });

  it('cannot check presence without the list of those present', () => {
    expect(reviewProxies([{ from: 'Petit', to: 'Martin' }]).accepted).toHaveLength(1);
    expect(reviewProxies([{ from: 'Petit', to: 'Martin' }], { present: null }).accepted).toHaveLength(1);
  });

  it('never accepts two proxies for one holder or from one giver, nor from present or to absent members', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    const name = fc.constantFrom(...names);
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: name, to: name }), { maxLength: 12 }),
        fc.subarray(names),
        (proxies, presentNow) => {
          const { accepted, rejected } = reviewProxies(proxies, { present: presentNow });
          const holders = accepted.map((p) => p.to);
          const givers = accepted.map((p) => p.from);
          return (
            accepted.length + rejected.length === proxies.length &&
            new Set(holders).size === holders.length &&
            new Set(givers).size === givers.length &&
            accepted.every((p) => presentNow.includes(p.to) && !presentNow.includes(p.from))
          );
        },
      ),
    );
  });
});
