import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classifyReducer,
  classifySubmission,
  INITIAL_CLASSIFY_STATE,
  presentClassify,
  type ClassifyAction,
  type ClassifyState,
} from '../../../../src/ui/views/classify-presenter';
import { SAMPLE_VIEWS } from '../../../fixtures/views';

const view = SAMPLE_VIEWS.classify;
const play = (...actions: ClassifyAction[]): ClassifyState =>
  actions.reduce((state, action) => classifyReducer(view, state, action), INITIAL_CLASSIFY_STATE);

describe('classification', () => {
  it('starts with every item to sort and empty bins', () => {
    const model = presentClassify(view, INITIAL_CLASSIFY_STATE);
    expect(model.unsorted).toHaveLength(5);
    expect(model.unsortedCountText).toBe('5 éléments à classer');
    expect(model.bins.map((bin) => bin.countText)).toEqual(['vide', 'vide', 'vide']);
    expect(model.bins[0]?.placeLabel).toBe('Placer ici');
  });

  it('keyboard path: select an item, then a bin button', () => {
    const selected = play({ type: 'select', itemId: 'b2' });
    const model = presentClassify(view, selected);
    expect(model.selectedLabel).toBe('Enveloppe vide');
    expect(model.bins[1]?.placeLabel).toBe('Placer « Enveloppe vide » ici');
    expect(model.unsorted.find((item) => item.id === 'b2')?.status).toBe('à classer, sélectionné');

    const placed = classifyReducer(view, selected, { type: 'place', binId: 'blanc' });
    const after = presentClassify(view, placed);
    expect(after.bins[1]).toMatchObject({ count: 1, countText: '1 élément' });
    expect(after.bins[1]?.items[0]?.status).toBe('classé dans « Bulletin blanc »');
    expect(after.selectedLabel).toBeNull();
  });

  it('drag path: drop a named item into a bin, move it, take it back', () => {
    const state = play(
      { type: 'place', binId: 'nul', itemId: 'b3' },
      { type: 'place', binId: 'valable', itemId: 'b3' },
    );
    expect(state.placement).toEqual({ b3: 'valable' });
    expect(classifyReducer(view, state, { type: 'unplace', itemId: 'b3' }).placement).toEqual({});
    const picked = classifyReducer(view, state, { type: 'select', itemId: 'b3' });
    expect(presentClassify(view, picked).returnLabel).toBe(
      'Remettre « Bulletin annoté « Bravo ! » » à classer',
    );
    expect(presentClassify(view, play({ type: 'select', itemId: 'b1' })).returnLabel).toBeNull();
  });

  it('selecting twice drops the selection; placing without selection or into an unknown bin does nothing', () => {
    expect(play({ type: 'select', itemId: 'b1' }, { type: 'select', itemId: 'b1' }).selected).toBeNull();
    expect(play({ type: 'place', binId: 'nul' })).toEqual(INITIAL_CLASSIFY_STATE);
    expect(play({ type: 'select', itemId: 'b1' }, { type: 'place', binId: 'urne' }).placement).toEqual({});
    expect(play({ type: 'select', itemId: 'zz' })).toEqual(INITIAL_CLASSIFY_STATE);
  });

  it('refuses to submit while items are left, naming them', () => {
    const result = classifySubmission(view, play({ type: 'place', binId: 'nul', itemId: 'b3' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.message).toMatch(/^Il reste 4 éléments à classer : « Bulletin/);
  });

  it('submits item → bin once everything is sorted', () => {
    const state = play(
      ...(['b1', 'b2', 'b3', 'b4', 'b5'] as const).map((itemId, index): ClassifyAction => ({
        type: 'place',
        itemId,
        binId: ['valable', 'blanc', 'nul'][index % 3] ?? 'nul',
      })),
    );
    expect(classifySubmission(view, state)).toEqual({
      ok: true,
      value: { b1: 'valable', b2: 'blanc', b3: 'nul', b4: 'valable', b5: 'blanc' },
    });
  });

  it('property: every item is either to sort or in exactly one bin, and the counts add up', () => {
    const action = fc.oneof(
      fc.record({
        type: fc.constant('select' as const),
        itemId: fc.constantFrom('b1', 'b2', 'b3', 'b4', 'b5', 'x'),
      }),
      fc.record({
        type: fc.constant('place' as const),
        binId: fc.constantFrom('valable', 'blanc', 'nul', 'y'),
      }),
      fc.record({ type: fc.constant('unplace' as const), itemId: fc.constantFrom('b1', 'b2', 'b3') }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const model = presentClassify(view, play(...actions));
        const placed = model.bins.reduce((sum, bin) => sum + bin.count, 0);
        expect(placed + model.unsorted.length).toBe(view.items.length);
        const ids = [...model.unsorted, ...model.bins.flatMap((bin) => bin.items)].map((item) => item.id);
        expect(new Set(ids).size).toBe(view.items.length);
      }),
    );
  });
});
