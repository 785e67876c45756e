import { h } from '../dom';
import type { StageBounds } from './cast-presenter';
import type { ClassifyStage, StageIntent } from './classify-stage';
import './objects.css';

/**
 * The DOM mirror of the handled objects (BBC Genie's accessibilify): one real button laid over each object of
 * the canvas, named like it. Keyboard and screen readers act here, the pointer on the canvas (the buttons let
 * it through); both send the same intents. The buttons are drawn only when focused (their ring frames the
 * object).
 */
export interface ObjectsMirror {
  readonly element: HTMLElement;
  render(stage: ClassifyStage): void;
}

/** Stage units to overlay pixels: the overlay covers the 1 280 × 720 stage at `--stage-scale`. */
function place(node: HTMLElement, bounds: StageBounds): void {
  const px = (value: number) => `calc(${Math.round(value)}px * var(--stage-scale, 1))`;
  node.style.left = px(bounds.x);
  node.style.top = px(bounds.y);
  node.style.width = px(bounds.width);
  node.style.height = px(bounds.height);
}

export function createObjectsMirror(act: (intent: StageIntent) => void): ObjectsMirror {
  const element = h('div', { class: 'stage-objects', attrs: { 'data-stage-objects': '' } });
  /** The intent the last key press sent, to put focus where the player goes next. */
  let last: StageIntent | null = null;

  const control = (
    key: string,
    text: string,
    bounds: StageBounds,
    intent: StageIntent,
    pressed?: boolean,
  ) => {
    // The name is hidden text, not transparent text: the canvas shows the object, the button only frames it.
    const node = h('button', {
      class: 'stage-objects__control',
      attrs: {
        type: 'button',
        'data-object': key,
        ...(pressed === undefined ? {} : { 'aria-pressed': String(pressed) }),
      },
    });
    node.append(h('span', { class: 'v-sr-only', text }));
    place(node, bounds);
    node.addEventListener('click', () => {
      last = intent;
      act(intent);
    });
    return node;
  };

  const list = (label: string, nodes: readonly HTMLElement[]) =>
    h(
      'ul',
      { class: 'stage-objects__list', attrs: { 'aria-label': label } },
      nodes.map((node) => h('li', {}, [node])),
    );

  return {
    element,
    render(stage) {
      const focused =
        document.activeElement instanceof HTMLElement ? document.activeElement.dataset.object : undefined;
      const onTable = stage.items.filter((item) => item.pileId === null);
      const onPiles = stage.items.filter((item) => item.pileId !== null);
      const item = (entry: (typeof stage.items)[number]) =>
        control(
          `item:${entry.id}`,
          entry.mirror,
          entry.bounds,
          { type: 'pick', itemId: entry.id },
          entry.selected,
        );
      const noun = stage.objects === 'bulletins' ? 'Les piles' : 'Les bannettes';
      element.replaceChildren(
        list('Sur la table', onTable.map(item)),
        list(noun, [
          ...stage.piles.map((pile) =>
            control(`pile:${pile.id}`, pile.mirror, pile.bounds, { type: 'tap-pile', pileId: pile.id }),
          ),
          ...onPiles.map(item),
        ]),
        ...(stage.takeBack === null
          ? []
          : [control('table', stage.takeBack, stage.table, { type: 'tap-table' })]),
        control('validate', stage.validate.label, stage.validate.bounds, { type: 'validate' }),
      );
      // After a move, on to the next item to sort (or « Valider »); otherwise focus stays on its object.
      const moved = last !== null && (last.type === 'tap-pile' || last.type === 'tap-table');
      last = null;
      const next = moved ? (onTable[0] ? `item:${onTable[0].id}` : 'validate') : focused;
      if (next !== undefined && (moved || focused !== undefined))
        element.querySelector<HTMLElement>(`[data-object="${CSS.escape(next)}"]`)?.focus();
    },
  };
}
