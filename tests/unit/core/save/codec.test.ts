import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactLog,
  crc32,
  decodeBase64,
  encodeBase64,
  expandEvent,
  weeksOfLog,
  type CompactEvent,
} from '../../../../src/core/save';
import type { YearEvent } from '../../../../src/core/year';

describe('base64', () => {
  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it.each(['abc', 'ab=c', '====', 'ab!d', 'a==='])('refuses « %s »', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});

describe('crc32', () => {
  it.each([
    ['123456789', 'cbf43926'],
    ['', '00000000'],
    ['é', crc32('é')],
  ])('of « %s » is %s', (text, expected) => {
    expect(crc32(text)).toBe(expected);
  });
});

describe('compact events', () => {
  const log: YearEvent[] = [
    {
      type: 'week.plan',
      slots: [
        ['guichet.0.0', 0],
        ['budget.1', 2],
      ],
    },
    { type: 'activity.open', activityId: 'premier-jour' },
    { type: 'activity.event', event: { type: 'user.advance' } },
    { type: 'activity.event', event: { type: 'user.choose', optionId: 'completer' } },
    { type: 'activity.event', event: { type: 'user.submit', values: { b: 'x', a: 3 } } },
    { type: 'activity.event', event: { type: 'user.submit', values: { c: ['u', 'v'] } } },
    { type: 'activity.event', event: { type: 'timer.expire' } },
    { type: 'week.end' },
    {
      type: 'week.plan',
      slots: [
        ['guichet.1.2', 4],
        ['guichet.0.0', 1],
      ],
    },
  ];
  const keys = new Map([[4, ['a', 'b', 'c']]]);

  it('writes letters and short tuples, counter slots relative to their week, submissions by position', () => {
    expect(compactLog(log, weeksOfLog(log), keys)).toEqual([
      ['p', 'g0@0 budget.1@2'],
      ['o', 'premier-jour'],
      'a',
      ['c', 'completer'],
      ['s', [3, 'x']],
      ['s', { c: ['u', 'v'] }],
      't',
      'e',
      ['p', 'g2@4 guichet.0.0@1'],
    ]);
  });

  it('reads them back to the same events', () => {
    const weeks = weeksOfLog(log);
    const compact = compactLog(log, weeks, keys);
    const back = compact.map((item, index) => {
      const event = expandEvent(item, weeks[index] ?? 0, () => keys.get(index) ?? null);
      if (!event.ok) throw new Error(event.error);
      return event.value;
    });
    expect(back).toEqual(log);
  });

  const cases: [CompactEvent, readonly string[] | null, string][] = [
    [['p', 'guichet'], null, 'créneau illisible « guichet »'],
    [['s', [1, 2]], null, 'réponse sans étape correspondante'],
    [['s', [1, 2, 3]], ['a'], 'réponse sans étape correspondante'],
  ];
  it.each(cases)('refuses %j in French', (compact, keys, message) => {
    const result = expandEvent(compact, 0, () => keys);
    expect(result.ok || result.error).toBe(message);
  });
});
