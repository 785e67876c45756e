import { describe, expect, it } from 'vitest';
import {
  checkGrantSincerity,
  checkGrantsSincerity,
  checkTaxProductSincerity,
  expectedTaxProduct,
} from '../../../../../src/core/rules/budget';

describe('grant sincerity (CGCT L1612-4)', () => {
  it.each([
    ['notified and entered in full', 90000, 90000, true],
    ['notified, entered below', 50000, 90000, true],
    ['not notified, not entered', 0, null, true],
    ['not notified but entered', 90000, null, false],
    ['entered one euro above the notification', 90001, 90000, false],
  ])('%s', (_name, entered, notified, passed) => {
    const check = checkGrantSincerity({ label: 'DETR — toiture de l’école', entered, notified });
    expect(check.passed).toBe(passed);
    expect(check.reference).toBe('CGCT L1612-4');
    expect(check.uncertain).toBe(false);
    expect(check.message).toContain('« DETR — toiture de l’école »');
  });

  it('adds up the excess of every grant', () => {
    const report = checkGrantsSincerity([
      { label: 'DETR', entered: 90000, notified: 60000 },
      { label: 'Département', entered: 20000, notified: null },
      { label: 'DSIL', entered: 10000, notified: 15000 },
    ]);
    expect(report.excess).toBe(50000);
    expect(report.sincere).toBe(false);
    expect(report.checks.map((check) => check.passed)).toEqual([false, false, true]);
  });

  it('finds an empty list sincere', () => {
    expect(checkGrantsSincerity([])).toEqual({ checks: [], excess: 0, sincere: true });
  });
});

describe('tax product sincerity (CGCT L1612-4)', () => {
  const lines = [
    { tax: 'TFPB', base: 1_000_000, ratePercent: 35.5 },
    { tax: 'TFPNB', base: 80_000, ratePercent: 48.12 },
  ] as const;

  it('multiplies bases by rates to the cent', () => {
    expect(expectedTaxProduct(lines)).toBe(393_496);
    expect(expectedTaxProduct([{ tax: 'THRS', base: 1234.5, ratePercent: 12.34 }])).toBe(152.34);
    expect(expectedTaxProduct([])).toBe(0);
  });

  it.each([
    [393_496, true, 0],
    [393_000, true, 0],
    [393_497, false, 1],
    [420_000, false, 26_504],
  ])('entered %s → sincere %s (excess %s)', (entered, passed, excess) => {
    const report = checkTaxProductSincerity({ lines, entered });
    expect(report.check.passed).toBe(passed);
    expect(report.excess).toBe(excess);
    expect(report.expected).toBe(393_496);
  });
});
