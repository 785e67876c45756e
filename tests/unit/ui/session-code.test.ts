import { describe, expect, it } from 'vitest';
import { parseSessionCode } from '../../../src/ui/session-code-field';

describe('session code', () => {
  it.each([
    ['', { ok: true, seed: null }],
    ['  ', { ok: true, seed: null }],
    ['7', { ok: true, seed: 7 }],
    [' 2027 ', { ok: true, seed: 2027 }],
    ['123456789', { ok: true, seed: 123456789 }],
  ])('« %s » is read', (text, expected) => {
    expect(parseSessionCode(text)).toEqual(expected);
  });

  it.each(['1234567890', '12a', '-3', '1,5', 'code'])('« %s » is refused in French', (text) => {
    const result = parseSessionCode(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('nombre de 1 à 9 chiffres');
  });
});
