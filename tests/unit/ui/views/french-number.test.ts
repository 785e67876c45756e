import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFrenchCents, formatFrenchNumber } from '../../../../src/core/french-format';
import {
  parseFrenchAmount,
  parseFrenchAmountCents,
  parseFrenchNumber,
} from '../../../../src/ui/views/french-number';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('parseFrenchAmountCents', () => {
  it.each([
    ['1 234,56 €', 123456],
    [`1${NNBSP}234,56${NBSP}€`, 123456],
    ['1234,56', 123456],
    ['1234,5', 123450],
    ['1.234,56', 123456],
    ['1 234.56', 123456],
    ['12.5', 1250],
    ['1 200 €', 120000],
    ['1 200 euros', 120000],
    ['1200 EUR', 120000],
    ['0', 0],
    [',5', 50],
    ['-350', -35000],
    ['\u2212350 €', -35000],
    ['1.234.567', 123456700],
    ['  42  ', 4200],
  ])('« %s » → %i centimes', (input, cents) => {
    expect(parseFrenchAmountCents(input)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['', 'Saisissez un montant.'],
    ['abc', 'n’est pas un montant'],
    ['12,345', 'au plus deux décimales'],
    ['1,2,3', 'n’est pas un montant'],
    ['12 34', 'n’est pas un montant'],
    ['1 2345', 'n’est pas un montant'],
    ['1.234', 'ambigu'],
    ['12,', 'n’est pas un montant'],
    ['12.', 'n’est pas un montant'],
    ['1e5', 'n’est pas un montant'],
    ['€', 'n’est pas un montant'],
    ['<b>1</b>', 'n’est pas un montant'],
  ])('« %s » est refusé (%s)', (input, message) => {
    const result = parseFrenchAmountCents(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('parseFrenchAmount returns euros', () => {
    expect(parseFrenchAmount('1 234,56 €')).toEqual({ ok: true, value: 1234.56 });
  });
});

describe('parseFrenchNumber', () => {
  it.each([
    ['12,75', 12.75],
    ['12.75', 12.75],
    ['1 234,5', 1234.5],
    ['-3', -3],
    ['0,125', 0.125],
    ['1234.567', 1234.567],
  ])('« %s » → %d', (input, value) => {
    expect(parseFrenchNumber(input)).toEqual({ ok: true, value });
  });

  it.each(['', 'douze', '1.234', '1,2,3', '12 3'])('« %s » est refusé', (input) => {
    expect(parseFrenchNumber(input).ok).toBe(false);
  });
});

describe('formatting', () => {
  it.each([
    [123456, `1${NNBSP}234,56${NBSP}€`],
    [120000, `1${NNBSP}200${NBSP}€`],
    [5, `0,05${NBSP}€`],
    [-35000, `\u2212350${NBSP}€`],
    [123456789, `1${NNBSP}234${NNBSP}567,89${NBSP}€`],
  ])('formatFrenchCents(%i)', (cents, text) => {
    expect(formatFrenchCents(cents)).toBe(text);
  });

  it('formats with another unit or none', () => {
    expect(formatFrenchCents(150000, '€ HT')).toBe(`1${NNBSP}500${NBSP}€ HT`);
    expect(formatFrenchCents(150050, '')).toBe(`1${NNBSP}500,50`);
    expect(formatFrenchCents(123450)).toBe(`1${NNBSP}234,50${NBSP}€`);
  });

  it.each([
    [12.75, 2, '12,75'],
    [12.7, 2, '12,7'],
    [1234, 2, `1${NNBSP}234`],
    [2 / 3, 2, '0,67'],
    [-0.001, 2, '0'],
    [-4.5, 1, '\u22124,5'],
  ])('formatFrenchNumber(%d, %i) → %s', (value, decimals, text) => {
    expect(formatFrenchNumber(value, decimals)).toBe(text);
  });
});

describe('properties', () => {
  const cents = fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 });

  it('parsing a formatted amount gives it back', () => {
    fc.assert(
      fc.property(cents, (value) => {
        expect(parseFrenchAmountCents(formatFrenchCents(value))).toEqual({ ok: true, value });
      }),
    );
  });

  it('plain spaces, no-break spaces or none as thousands separators parse alike', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(' ', NBSP, ''), (value, separator) => {
        const typed = formatFrenchCents(value, '').replaceAll(NNBSP, separator).replace('\u2212', '-');
        expect(parseFrenchAmountCents(typed)).toEqual({ ok: true, value });
      }),
    );
  });

  it('a number with a comma or a dot and more than three decimals parses alike', () => {
    fc.assert(
      fc.property(fc.nat(999_999), fc.integer({ min: 1000, max: 9999 }), (integer, decimals) => {
        const comma = parseFrenchNumber(`${integer},${decimals}`);
        const dot = parseFrenchNumber(`${integer}.${decimals}`);
        expect(comma).toEqual(dot);
        expect(comma).toEqual({ ok: true, value: Number(`${integer}.${decimals}`) });
      }),
    );
  });

  it('any text containing a letter other than a euro suffix is refused', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('a', 'x', 'Z', 'é'), fc.string(), (before, letter, after) => {
        fc.pre(!/(€|eur|euros?)\s*$/i.test(`${before}${letter}${after}`));
        expect(parseFrenchAmountCents(`${before}${letter}${after}`).ok).toBe(false);
        expect(parseFrenchNumber(`${before}${letter}${after}`).ok).toBe(false);
      }),
    );
  });
});
