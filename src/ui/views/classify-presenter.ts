import { err, ok, type Result } from '../../core/result';
import type { ClassifyItem, ClassifyView, InputProblem, SubmittedValue } from '../../core/scenario';
import { plural } from './step-summary';

/** Local state of a classification: where each item lies and which one is picked up (keyboard or drag). */
export interface ClassifyState {
  /** Item id → bin id; items absent are still to sort. */
  readonly placement: Readonly<Record<string, string>>;
  readonly selected: string | null;
}

export type ClassifyAction =
  | { readonly type: 'select'; readonly itemId: string }
  | { readonly type: 'place'; readonly binId: string; readonly itemId?: string }
  | { readonly type: 'unplace'; readonly itemId: string };

export interface ClassifyItemModel extends ClassifyItem {
  readonly selected: boolean;
  /** Accessible description of the item's state. */
  readonly status: string;
}

export interface ClassifyBinModel {
  readonly id: string;
  readonly label: string;
  readonly items: readonly ClassifyItemModel[];
  readonly count: number;
  readonly countText: string;
  /** « Placer ici » button text, naming the picked item when there is one. */
  readonly placeLabel: string;
}

export interface ClassifyModel {
  readonly heading: string;
  readonly instructions: string;
  readonly unsorted: readonly ClassifyItemModel[];
  readonly unsortedCountText: string;
  readonly bins: readonly ClassifyBinModel[];
  /** The picked item's label, to say what a bin button would do. */
  readonly selectedLabel: string | null;
  /** Button text taking the picked item back to the pile, when it is in a bin. */
  readonly returnLabel: string | null;
  readonly submitLabel: string;
}

export const INITIAL_CLASSIFY_STATE: ClassifyState = { placement: {}, selected: null };

/** Applies one action: pick an item up (again to put it down), drop it into a bin, or back to the pile. */
export function classifyReducer(
  view: ClassifyView,
  state: ClassifyState,
  action: ClassifyAction,
): ClassifyState {
  const hasItem = (id: string) => view.items.some((item) => item.id === id);
  switch (action.type) {
    case 'select':
      if (!hasItem(action.itemId)) return state;
      return { ...state, selected: state.selected === action.itemId ? null : action.itemId };
    case 'place': {
      const itemId = action.itemId ?? state.selected;
      if (itemId === null || !hasItem(itemId) || !view.bins.some((bin) => bin.id === action.binId))
        return state;
      return { placement: { ...state.placement, [itemId]: action.binId }, selected: null };
    }
    case 'unplace': {
      if (!(action.itemId in state.placement)) return state;
      const placement = Object.fromEntries(
        Object.entries(state.placement).filter(([itemId]) => itemId !== action.itemId),
      );
      return { placement, selected: state.selected === action.itemId ? null : state.selected };
    }
  }
}

function countText(count: number): string {
  return count === 0 ? 'vide' : plural(count, 'élément', 'éléments');
}

/** View-model of the classification table. */
export function presentClassify(view: ClassifyView, state: ClassifyState): ClassifyModel {
  const binLabel = new Map(view.bins.map((bin) => [bin.id, bin.label]));
  const itemModel = (item: ClassifyItem): ClassifyItemModel => {
    const bin = state.placement[item.id];
    const selected = state.selected === item.id;
    const where = bin === undefined ? 'à classer' : `classé dans « ${binLabel.get(bin) ?? bin} »`;
    return { ...item, selected, status: selected ? `${where}, sélectionné` : where };
  };
  const selected = view.items.find((item) => item.id === state.selected);
  const unsorted = view.items.filter((item) => state.placement[item.id] === undefined).map(itemModel);
  return {
    heading: view.prompt,
    instructions:
      'Glissez chaque élément dans une case, ou au clavier : activez un élément pour le sélectionner, ' +
      'puis le bouton « Placer ici » de la case voulue. Activez un élément déjà classé pour le déplacer.',
    unsorted,
    unsortedCountText:
      unsorted.length === 0
        ? 'Tout est classé.'
        : `${plural(unsorted.length, 'élément', 'éléments')} à classer`,
    bins: view.bins.map((bin) => {
      const items = view.items.filter((item) => state.placement[item.id] === bin.id).map(itemModel);
      return {
        id: bin.id,
        label: bin.label,
        items,
        count: items.length,
        countText: countText(items.length),
        placeLabel: selected ? `Placer « ${selected.label} » ici` : 'Placer ici',
      };
    }),
    selectedLabel: selected?.label ?? null,
    returnLabel:
      selected && state.placement[selected.id] !== undefined
        ? `Remettre « ${selected.label} » à classer`
        : null,
    submitLabel: 'Valider',
  };
}

/** The answers of `user.submit` (item id → bin id), or a problem when items remain to sort. */
export function classifySubmission(
  view: ClassifyView,
  state: ClassifyState,
): Result<Readonly<Record<string, SubmittedValue>>, readonly InputProblem[]> {
  const left = view.items.filter((item) => state.placement[item.id] === undefined);
  if (left.length > 0) {
    return err([
      {
        key: null,
        message: `Il reste ${plural(left.length, 'élément', 'éléments')} à classer : ${left.map((item) => `« ${item.label} »`).join(', ')}.`,
      },
    ]);
  }
  return ok(Object.fromEntries(view.items.map((item) => [item.id, state.placement[item.id] ?? ''])));
}
