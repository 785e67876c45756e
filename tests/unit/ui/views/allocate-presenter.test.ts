import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateSubmission,
  initialAllocateRaw,
  presentAllocate,
} from '../../../../src/ui/views/allocate-presenter';
import { formatFrenchCents } from '../../../../src/core/french-format';
import { sectionBalance } from '../../../../src/core/rules/budget';
import { SAMPLE_VIEWS } from '../../../fixtures/views';

const view = SAMPLE_VIEWS.allocate;
const NNBSP = '\u202f';

describe('allocation table', () => {
  it('pre-fills the initial amounts the French way', () => {
    expect(initialAllocateRaw(view)).toEqual({
      '011': `182${NNBSP}000`,
      '012': `236${NNBSP}500`,
      '65': '',
      '023': '',
      '73': `402${NNBSP}000`,
      '74': `151${NNBSP}200,50`,
      '70': `18${NNBSP}000`,
    });
  });

  it('totals each group exactly; a revenue surplus balances, as the budget engine says (L1612-6 et L1612-7)', () => {
    const model = presentAllocate(view, initialAllocateRaw(view));
    expect(model.groups.map((group) => group.totalCents)).toEqual([41_850_000, 57_120_050]);
    expect(model.groups[0]?.totalText).toBe(`418${NNBSP}500\u00a0€`);
    expect(model.balances[0]).toMatchObject({
      label: 'Section de fonctionnement',
      leftText: `418${NNBSP}500\u00a0€`,
      rightText: `571${NNBSP}200,50\u00a0€`,
      soldeCents: 15_270_050,
      balanced: true,
      statusText: `équilibré avec un excédent de 152${NNBSP}700,50\u00a0€`,
    });
  });

  it('one cent short is an imbalance, said in words', () => {
    const raw = { ...initialAllocateRaw(view), '65': '42 000', '023': '110 700,51' };
    const balance = presentAllocate(view, raw).balances[0];
    expect(balance).toMatchObject({ soldeCents: -1, balanced: false });
    expect(balance?.statusText).toBe(
      `déséquilibré de 0,01\u00a0€ (le total « Dépenses de fonctionnement » dépasse le total « Recettes de fonctionnement »)`,
    );
  });

  it('says « équilibré » when both sides match', () => {
    const raw = { ...initialAllocateRaw(view), '65': '42 000', '023': '110 700,50' };
    expect(presentAllocate(view, raw).balances[0]).toMatchObject({ balanced: true, statusText: 'équilibré' });
  });

  it('the example of the brief: « déséquilibré de 1 200 € »', () => {
    const raw = { ...initialAllocateRaw(view), '65': '43 200', '023': '110 700,50' };
    expect(presentAllocate(view, raw).balances[0]?.statusText).toMatch(
      /^déséquilibré de 1\u202f200\u00a0€ \(le total « Dépenses/,
    );
  });

  it('an unreadable line is flagged, left out of the total, and blocks the submission', () => {
    const raw = { ...initialAllocateRaw(view), '65': 'quarante mille' };
    const model = presentAllocate(view, raw);
    expect(model.groups[0]).toMatchObject({ partial: true, totalCents: 41_850_000 });
    expect(model.groups[0]?.lines.find((line) => line.id === '65')?.error).toContain('n’est pas un montant');
    const result = allocateSubmission(view, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((problem) => problem.key)).toEqual(['65']);
  });

  it('submits line → amount in euros, empty lines as zero', () => {
    expect(allocateSubmission(view, initialAllocateRaw(view))).toEqual({
      ok: true,
      value: { '011': 182000, '012': 236500, '65': 0, '023': 0, '73': 402000, '74': 151200.5, '70': 18000 },
    });
  });

  it('property: a group total is the exact sum of its lines, whatever they are', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000_00 });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 7, maxLength: 7 }), (cents) => {
        const ids = view.groups.flatMap((group) => group.lines.map((line) => line.id));
        const raw = Object.fromEntries(ids.map((id, index) => [id, formatFrenchCents(cents[index] ?? 0)]));
        const model = presentAllocate(view, raw);
        const expected = [0, 1].map((g) =>
          (view.groups[g]?.lines ?? []).reduce((sum, line) => sum + (cents[ids.indexOf(line.id)] ?? 0), 0),
        );
        expect(model.groups.map((group) => group.totalCents)).toEqual(expected);
        const submitted = allocateSubmission(view, raw);
        if (!submitted.ok) throw new Error('every line is readable');
        const euros = (g: number) =>
          Object.fromEntries(
            (view.groups[g]?.lines ?? []).map((line) => [line.id, Number(submitted.value[line.id])]),
          );
        const section = sectionBalance({ depenses: euros(0), recettes: euros(1) });
        expect(model.balances[0]?.soldeCents).toBe((expected[1] ?? 0) - (expected[0] ?? 0));
        expect(model.balances[0]?.balanced).toBe(section.equilibre);
      }),
    );
  });
});
