import { h } from '../dom';
import type { ClassifyView } from '../../core/scenario';
import { button, domId } from './dom';
import {
  classifySubmission,
  presentClassify,
  type ClassifyAction,
  type ClassifyItemModel,
  type ClassifyState,
} from './classify-presenter';
import { createClassifyStore, type ClassifyStore } from './classify-store';
import { enableDragAndDrop } from './drag-drop';
import { clearProblems, showProblems, targetsByData } from './problem-display';
import { stepFrame } from './step-frame';
import type { MountedView, ViewContext } from './view-types';

/** Zone id of the pile of items still to sort. */
const PILE = '';

/**
 * The classification table: a pile of items and bins. Mouse and touch drag items onto bins; the keyboard
 * selects an item (toggle button) then a bin's « Placer ici ». Each bin counts its items live. The arrangement
 * lives in `store`, which the objects on stage share when the step is staged.
 */
export function mountClassify(
  container: HTMLElement,
  view: ClassifyView,
  ctx: ViewContext,
  store: ClassifyStore = createClassifyStore(view),
): MountedView {
  const initial = presentClassify(view, store.state());
  const frame = stepFrame('classify', view.stepId, view.role, initial.heading);
  const board = h('div', { class: 'v-classify' });
  const submit = button(initial.submitLabel, 'v-button v-button--primary');
  const labelOf = (itemId: string) => view.items.find((item) => item.id === itemId)?.label ?? itemId;

  /** Where focus goes after this table's own action; an action from the stage leaves focus where it is. */
  let focus: 'keep' | 'next' | 'none' = 'none';
  /** `then`: keep focus on the same control (select), or go on to the next item to sort (after a move). */
  const dispatch = (action: ClassifyAction, then: 'keep' | 'next' | 'none') => {
    focus = then;
    store.dispatch(action);
    focus = 'none';
  };

  const unsubscribe = store.subscribe((state, { action, previous }) => {
    // A message about the previous arrangement would now be stale.
    if (action.type !== 'select') clearProblems(new Map(), frame.summary);
    const active =
      document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focus : undefined;
    render();
    if (focus === 'keep' && active !== undefined) focusControl(active);
    if (focus === 'next') {
      (board.querySelector<HTMLElement>('.v-zone--pile [data-item]') ?? submit).focus();
    }
    if (action.type === 'place' || action.type === 'unplace') announceMove(action, previous, state);
  });

  function announceMove(action: ClassifyAction, previous: ClassifyState, state: ClassifyState): void {
    const model = presentClassify(view, state);
    if (action.type === 'place') {
      const itemId = action.itemId ?? previous.selected ?? '';
      const bin = model.bins.find((entry) => entry.id === action.binId);
      if (bin) ctx.announce(`« ${labelOf(itemId)} » placé dans « ${bin.label} » : ${bin.countText}.`);
    } else if (action.type === 'unplace') {
      ctx.announce(`« ${labelOf(action.itemId)} » remis à classer. ${model.unsortedCountText}.`);
    }
  }

  const itemButton = (item: ClassifyItemModel) => {
    const node = button('', 'v-card-item', {
      'aria-pressed': String(item.selected),
      'data-item': item.id,
      'data-focus': `item:${item.id}`,
      'aria-describedby': domId(frame.idPrefix, 'etat', item.id),
    });
    node.append(h('span', { class: 'v-card-item__label', text: item.label }));
    if (item.detail !== undefined)
      node.append(h('span', { class: 'v-card-item__detail', text: item.detail }));
    node.append(
      h('span', {
        class: 'v-sr-only',
        text: item.status,
        attrs: { id: domId(frame.idPrefix, 'etat', item.id) },
      }),
    );
    node.addEventListener('click', () => dispatch({ type: 'select', itemId: item.id }, 'keep'));
    return h('li', {}, [node]);
  };

  const zone = (options: {
    id: string;
    title: string;
    count: string;
    items: readonly ClassifyItemModel[];
    placeLabel: string | null;
    className: string;
  }) => {
    const titleId = domId(frame.idPrefix, 'case', options.id || 'pile');
    const box = h('div', {
      class: options.className,
      attrs: { 'data-drop': options.id, role: 'group', 'aria-labelledby': titleId },
    });
    box.append(
      h('h3', { class: 'v-zone__title', text: options.title, attrs: { id: titleId } }),
      h('p', { class: 'v-zone__count', text: options.count }),
    );
    // The bin's button comes before its items: fewer Tab presses on the way to the next bin.
    if (options.placeLabel !== null) {
      const place = button(options.placeLabel, 'v-button v-zone__place', {
        'data-focus': `zone:${options.id}`,
      });
      place.addEventListener('click', () => {
        const selected = store.state().selected;
        if (selected === null) return;
        dispatch(
          options.id === PILE ? { type: 'unplace', itemId: selected } : { type: 'place', binId: options.id },
          'next',
        );
      });
      box.append(place);
    }
    box.append(h('ul', { class: 'v-zone__items' }, options.items.map(itemButton)));
    return box;
  };

  function focusControl(key: string): void {
    board.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)?.focus();
  }

  function render(): void {
    const model = presentClassify(view, store.state());
    board.replaceChildren(
      zone({
        id: PILE,
        title: 'À classer',
        count: model.unsortedCountText,
        items: model.unsorted,
        placeLabel: model.returnLabel,
        className: 'v-zone v-zone--pile',
      }),
      h(
        'div',
        { class: 'v-bins' },
        model.bins.map((bin) =>
          zone({
            id: bin.id,
            title: bin.label,
            count: bin.countText,
            items: bin.items,
            placeLabel: model.selectedLabel === null ? null : bin.placeLabel,
            className: 'v-zone v-zone--bin',
          }),
        ),
      ),
    );
  }

  const detach = enableDragAndDrop(board, {
    ghostText: labelOf,
    onDrop: (itemId, zoneId) =>
      dispatch(
        zoneId === PILE ? { type: 'unplace', itemId } : { type: 'place', binId: zoneId, itemId },
        'none',
      ),
  });
  const submitArrangement = () => {
    const values = classifySubmission(view, store.state());
    if (!values.ok) showProblems(values.error, new Map(), frame.summary).focus();
    else ctx.send({ type: 'user.submit', values: values.value });
  };
  submit.addEventListener('click', submitArrangement);
  const stopSubmitRequests = store.onSubmitRequest(submitArrangement);
  frame.root.append(
    h('p', { class: 'v-instructions', text: initial.instructions }),
    board,
    h('div', { class: 'v-actions' }, [submit]),
  );
  render();
  container.append(frame.root);
  return {
    root: frame.root,
    heading: frame.heading,
    showProblems(problems) {
      showProblems(problems, targetsByData(board, '[data-item]', 'item'), frame.summary).focus();
    },
    destroy() {
      detach();
      unsubscribe();
      stopSubmitRequests();
      frame.root.remove();
    },
  };
}
