import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FRENCH_MONTHS,
  formatFrenchCents,
  formatFrenchDate,
  formatFrenchNumber,
  formatFrenchPercent,
} from '../../../src/core/french-format';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('the French formatter, written by Intl and normalised', () => {
  it('groups thousands with a narrow no-break space and writes the decimal comma', () => {
    expect(formatFrenchNumber(1234567.5)).toBe(`1${NNBSP}234${NNBSP}567,5`);
    expect(formatFrenchNumber(12.5, 2, 2)).toBe('12,50');
  });

  it('writes the minus sign U+2212, never « −0 »', () => {
    expect(formatFrenchNumber(-1234)).toBe(`\u22121${NNBSP}234`);
    expect(formatFrenchNumber(-0.001)).toBe('0');
    expect(formatFrenchCents(-0.4)).toBe(`0${NBSP}€`);
  });

  it('rounds half away from zero on the number as stored, as Math.round does on cents', () => {
    expect(formatFrenchNumber(1.005)).toBe('1');
    expect(formatFrenchNumber(2.5, 0)).toBe('3');
    expect(formatFrenchNumber(-2.5, 0)).toBe('\u22123');
  });

  it('writes percentages with a no-break space', () => {
    expect(formatFrenchPercent(2.5)).toBe(`2,5${NBSP}%`);
    expect(formatFrenchPercent(100)).toBe(`100${NBSP}%`);
  });

  it('never leaves an ASCII space, hyphen or dot in a number', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (value, decimals) => {
          expect(formatFrenchNumber(value, decimals)).toMatch(/^\u2212?\d{1,3}(\u202f\d{3})*(,\d+)?$/);
        },
      ),
    );
  });
});

describe('French dates', () => {
  it.each([
    ['2026-10-16', 'vendredi 16 octobre 2026'],
    ['2026-10-01', 'jeudi 1er octobre 2026'],
    ['2027-02-22', 'lundi 22 février 2027'],
    ['2024-02-29', 'jeudi 29 février 2024'],
    ['2027-08-01', 'dimanche 1er août 2027'],
  ] as const)('%s → %s', (date, text) => {
    expect(formatFrenchDate(date)).toBe(text);
  });

  it('names the months, January first', () => {
    expect(FRENCH_MONTHS).toEqual([
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ]);
  });
});
