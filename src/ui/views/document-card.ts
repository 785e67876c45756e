import { h } from '../dom';
import { button, domId } from './dom';
import type { DocumentModel, FieldModel } from './inspect-presenter';
import type { ImageResolver } from './view-types';

/** Document families the stylesheet knows; anything else is drawn as a plain note. */
const KINDS = new Set(['identite', 'acte', 'courrier', 'formulaire', 'tableau', 'pv', 'note']);

/** The words of the header band, as on the real papers. */
const STAMPS: Readonly<Record<string, string>> = {
  identite: 'République française',
  acte: 'État civil',
  courrier: 'Courrier',
  formulaire: 'Formulaire',
  tableau: 'Tableau',
  pv: 'Procès-verbal',
  note: 'Note',
};

export interface DocumentCardOptions {
  /** Prefix of DOM ids, unique in the page. */
  readonly idPrefix: string;
  readonly resolveImage?: ImageResolver;
  /** When given, each field is a toggle button (aria-pressed) that marks a discrepancy. */
  readonly onToggle?: (key: string) => void;
}

/** Text of a field button as a screen reader should hear it. */
function fieldMarkText(field: FieldModel): string {
  return field.marked ? 'Anomalie signalée' : '';
}

/** A marked or unmarked field as a toggle button. */
function fieldButton(field: FieldModel, onToggle: (key: string) => void): HTMLButtonElement {
  const node = button('', 'v-doc-field', { 'aria-pressed': String(field.marked), 'data-key': field.key });
  node.append(
    h('span', { class: 'v-doc-field__label', text: field.label }),
    h('span', { class: 'v-doc-field__value', text: field.value }),
    h('span', { class: 'v-doc-field__mark', text: fieldMarkText(field) }),
  );
  node.addEventListener('click', () => onToggle(field.key));
  return node;
}

/** Updates a field button in place after a toggle, keeping focus where it is. */
export function syncFieldButton(node: HTMLElement, marked: boolean): void {
  node.setAttribute('aria-pressed', String(marked));
  const mark = node.querySelector('.v-doc-field__mark');
  if (mark) mark.textContent = marked ? 'Anomalie signalée' : '';
}

/** A document drawn as a paper card: stamped header, fields, free paragraphs. */
export function documentCard(doc: DocumentModel, options: DocumentCardOptions): HTMLElement {
  const kind = KINDS.has(doc.kind) ? doc.kind : 'note';
  const titleId = domId(options.idPrefix, doc.id, 'titre');
  const card = h('article', {
    class: `v-doc v-doc--${kind}`,
    attrs: { 'aria-labelledby': titleId, 'data-doc': doc.id },
  });
  const image = options.resolveImage?.(kind);
  if (image !== undefined) {
    card.append(h('img', { class: 'v-doc__paper', attrs: { src: image, alt: '', 'aria-hidden': 'true' } }));
  }
  card.append(
    h('header', { class: 'v-doc__header' }, [
      h('p', { class: 'v-doc__stamp', text: STAMPS[kind] ?? 'Document' }),
      h('h3', { class: 'v-doc__title', text: doc.title, attrs: { id: titleId } }),
    ]),
  );
  const { onToggle } = options;
  if (onToggle) {
    const list = h('ul', { class: 'v-doc__fields v-doc__fields--marking' });
    for (const field of doc.fields) list.append(h('li', {}, [fieldButton(field, onToggle)]));
    card.append(list);
  } else if (doc.fields.length > 0) {
    const list = h('dl', { class: 'v-doc__fields' });
    for (const field of doc.fields) {
      list.append(
        h('div', { class: 'v-doc__row' }, [
          h('dt', { class: 'v-doc-field__label', text: field.label }),
          h('dd', { class: 'v-doc-field__value', text: field.value }),
        ]),
      );
    }
    card.append(list);
  }
  if (doc.body.length > 0) {
    card.append(
      h(
        'div',
        { class: 'v-doc__body' },
        doc.body.map((line) => h('p', { text: line })),
      ),
    );
  }
  return card;
}
