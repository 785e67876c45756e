import type { ClassifyView, StageObjects } from '../../core/scenario';
import type { ClassifyAction, ClassifyState } from '../views/classify-presenter';
import { plural } from '../views/step-summary';
import type { StageBounds } from './cast-presenter';

/** An item of the step lying on the table or on its pile: an envelope of the count, a letter of the mail. */
export interface StagedItem {
  readonly id: string;
  /** The item's whole text (the mirror's name, the reading card). */
  readonly label: string;
  /** What is written on the object itself: « Enveloppe 3 ». */
  readonly shortLabel: string;
  /** The pile it lies on, or null on the table. */
  readonly pileId: string | null;
  readonly selected: boolean;
  readonly bounds: StageBounds;
  /** The mirror button's text: the item and where it lies. */
  readonly mirror: string;
}

/** A bin of the step: a pile of ballots, a mail tray. */
export interface StagedPile {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  /** « 3 enveloppes », written under the label. */
  readonly countText: string;
  readonly bounds: StageBounds;
  readonly mirror: string;
}

/** What the handled objects of a classify step look like on stage: plain JSON, drawn by the scene. */
export interface ClassifyStage {
  readonly objects: StageObjects;
  /** Where items lie before they are sorted; dropping an item here takes it off its pile. */
  readonly table: StageBounds;
  readonly items: readonly StagedItem[];
  readonly piles: readonly StagedPile[];
  /** The card that shows the picked item's whole text, or what to do when none is picked. */
  readonly reading: { readonly bounds: StageBounds; readonly title: string; readonly text: string };
  /** « Valider » on the table. */
  readonly validate: { readonly bounds: StageBounds; readonly label: string };
  /** The mirror of the table when the picked item lies on a pile: takes it back. Null otherwise. */
  readonly takeBack: string | null;
  /** How to handle the objects, with the pointer and with the keyboard. */
  readonly instructions: string;
}

/**
 * What the player does to an object, with the pointer on the canvas or the keyboard on its mirror: the same
 * intents, turned into the classify view's actions by `actionOf`.
 */
export type StageIntent =
  | { readonly type: 'pick'; readonly itemId: string }
  | { readonly type: 'drop'; readonly itemId: string; readonly target: string | null }
  | { readonly type: 'tap-pile'; readonly pileId: string }
  | { readonly type: 'tap-table' }
  | { readonly type: 'validate' };

/** Drop target id of the table (the classify view's pile of items to sort). */
export const TABLE = '';

/** The words of each set of objects: an item (singular, plural, with its article, its pronoun), a pile. */
const NOUNS: Readonly<
  Record<StageObjects, { item: [string, string]; an: string; it: string; pile: string }>
> = {
  bulletins: { item: ['enveloppe', 'enveloppes'], an: 'une enveloppe', it: 'la', pile: 'pile' },
  courrier: { item: ['pli', 'plis'], an: 'un pli', it: 'le', pile: 'bannette' },
};
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

// The table's regions on the 1 280 × 720 stage, under the step's panel (its prompt) and the header.
const TABLE_AREA: StageBounds = { x: 40, y: 300, width: 790, height: 250 };
const READING: StageBounds = { x: 860, y: 300, width: 380, height: 190 };
const VALIDATE: StageBounds = { x: 980, y: 502, width: 260, height: 48 };
const PILES_TOP = 572;
const PILES_HEIGHT = 138;
const GAP = 12;

/** « Enveloppe 3 » from « Enveloppe 3 : l’enveloppe est vide. »; otherwise the text's first words. */
export function shortLabelOf(label: string): string {
  const head = label.split(' : ')[0] ?? label;
  if (head.length < label.length && head.length <= 28) return head;
  if (label.length <= 44) return label;
  const cut = label.slice(0, 42);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : 42)}…`;
}

function pileBounds(index: number, count: number): StageBounds {
  const width = Math.min(290, (1200 - GAP * (count - 1)) / count);
  const total = width * count + GAP * (count - 1);
  return { x: 640 - total / 2 + index * (width + GAP), y: PILES_TOP, width, height: PILES_HEIGHT };
}

/** Unsorted items in rows on the table, as many columns as keep three rows. */
function tableSlot(index: number, count: number): StageBounds {
  const columns = Math.max(5, Math.ceil(count / 3));
  const width = (TABLE_AREA.width - GAP * (columns - 1)) / columns;
  const height = Math.min(74, (TABLE_AREA.height - GAP * 2) / 3);
  const column = index % columns;
  const row = Math.floor(index / columns);
  return {
    x: TABLE_AREA.x + column * (width + GAP),
    y: TABLE_AREA.y + row * (height + GAP),
    width,
    height,
  };
}

/** Items on a pile lie fanned out under its label, each one’s visible strip its bounds. */
function pileSlot(pile: StageBounds, index: number, count: number): StageBounds {
  const width = 46;
  const room = pile.width - 20 - width;
  const step = count <= 1 ? 0 : Math.min(width + 4, room / (count - 1));
  const last = index === count - 1;
  return {
    x: pile.x + 10 + index * step,
    y: pile.y + 58,
    width: last || step >= width ? width : step,
    height: 36,
  };
}

/** The handled objects of a staged classify step in the arrangement `state`; pure. */
export function presentClassifyStage(
  view: ClassifyView,
  state: ClassifyState,
  objects: StageObjects,
): ClassifyStage {
  const nouns = NOUNS[objects];
  const [one, many] = nouns.item;
  const countText = (count: number) => (count === 0 ? 'vide' : plural(count, one, many));
  const piles = view.bins.map((bin, index) => ({ bin, bounds: pileBounds(index, view.bins.length) }));
  const selected = view.items.find((item) => item.id === state.selected) ?? null;
  const unsorted = view.items.filter((item) => state.placement[item.id] === undefined);
  const items = view.items.map((item): StagedItem => {
    const pileId = state.placement[item.id] ?? null;
    const pile = piles.find((entry) => entry.bin.id === pileId);
    const onPile = pile ? view.items.filter((other) => state.placement[other.id] === pile.bin.id) : [];
    const bounds = pile
      ? pileSlot(pile.bounds, onPile.indexOf(item), onPile.length)
      : tableSlot(unsorted.indexOf(item), unsorted.length);
    const where = pile ? `sur la ${nouns.pile} « ${pile.bin.label} »` : 'sur la table';
    const isSelected = item.id === state.selected;
    return {
      id: item.id,
      label: item.label,
      shortLabel: shortLabelOf(item.label),
      pileId,
      selected: isSelected,
      bounds,
      mirror: `${item.label} (${where}${isSelected ? ', en main' : ''})`,
    };
  });
  return {
    objects,
    table: TABLE_AREA,
    items,
    piles: piles.map(({ bin, bounds }) => {
      const count = view.items.filter((item) => state.placement[item.id] === bin.id).length;
      const put = selected ? ` : poser « ${shortLabelOf(selected.label)} » ici` : '';
      return {
        id: bin.id,
        label: bin.label,
        count,
        countText: countText(count),
        bounds,
        mirror: `${capital(nouns.pile)} « ${bin.label} », ${countText(count)}${put}`,
      };
    }),
    reading: {
      bounds: READING,
      title: selected
        ? shortLabelOf(selected.label)
        : plural(unsorted.length, `${one} à classer`, `${many} à classer`),
      text: selected
        ? selected.label
        : unsorted.length === 0
          ? 'Tout est classé : relisez les piles, puis validez.'
          : `Prenez ${nouns.an} pour ${nouns.it} lire, puis posez-${nouns.it} sur sa ${nouns.pile}.`,
    },
    validate: { bounds: VALIDATE, label: 'Valider le classement' },
    takeBack:
      selected && state.placement[selected.id] !== undefined
        ? `Remettre « ${shortLabelOf(selected.label)} » sur la table`
        : null,
    instructions:
      `Glissez chaque ${one} sur sa ${nouns.pile}, ou touchez-${nouns.it} puis touchez la ${nouns.pile}. ` +
      `Au clavier : prenez ${nouns.an} (Entrée), puis choisissez sa ${nouns.pile} ; validez quand tout est classé.`,
  };
}

const inside = (bounds: StageBounds, x: number, y: number) =>
  x >= bounds.x && x <= bounds.x + bounds.width && y >= bounds.y && y <= bounds.y + bounds.height;

/** The drop target under a stage point: a pile's id, the table (`TABLE`), or null. */
export function targetAt(stage: ClassifyStage, x: number, y: number): string | null {
  const pile = stage.piles.find((candidate) => inside(candidate.bounds, x, y));
  if (pile) return pile.id;
  return inside(stage.table, x, y) ? TABLE : null;
}

/** The classify action an intent stands for in `state`, `submit` for « Valider », or null when it does nothing. */
export function actionOf(intent: StageIntent, state: ClassifyState): ClassifyAction | 'submit' | null {
  switch (intent.type) {
    case 'pick':
      return { type: 'select', itemId: intent.itemId };
    case 'drop':
      if (intent.target === null) return null;
      if (intent.target === TABLE)
        return state.placement[intent.itemId] === undefined
          ? null
          : { type: 'unplace', itemId: intent.itemId };
      return { type: 'place', binId: intent.target, itemId: intent.itemId };
    case 'tap-pile':
      return state.selected === null ? null : { type: 'place', binId: intent.pileId };
    case 'tap-table':
      return state.selected !== null && state.placement[state.selected] !== undefined
        ? { type: 'unplace', itemId: state.selected }
        : null;
    case 'validate':
      return 'submit';
  }
}
