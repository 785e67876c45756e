import { button, domId, el } from './dom';
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
    el('span', { className: 'v-doc-field__label', text: field.label }),
    el('span', { className: 'v-doc-field__value', text: field.value }),
    el('span', { className: 'v-doc-field__mark', text: fieldMarkText(field) }),
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
  const card = el('article', {
    className: `v-doc v-doc--${kind}`,
    attrs: { 'aria-labelledby': titleId, 'data-doc': doc.id },
  });
  const image = options.resolveImage?.(kind);
  if (image !== undefined) {
    card.append(
      el('img', { className: 'v-doc__paper', attrs: { src: image, alt: '', 'aria-hidden': 'true' } }),
    );
  }
  card.append(
    el('header', { className: 'v-doc__header' }, [
      el('p', { className: 'v-doc__stamp', text: STAMPS[kind] ?? 'Document' }),
      el('h3', { className: 'v-doc__title', text: doc.title, attrs: { id: titleId } }),
    ]),
  );
  const { onToggle } = options;
  if (onToggle) {
    const list = el('ul', { className: 'v-doc__fields v-doc__fields--marking' });
    for (const field of doc.fields) list.append(el('li', {}, [fieldButton(field, onToggle)]));
    card.append(list);
  } else if (doc.fields.length > 0) {
    const list = el('dl', { className: 'v-doc__fields' });
    for (const field of doc.fields) {
      list.append(
        el('div', { className: 'v-doc__row' }, [
          el('dt', { className: 'v-doc-field__label', text: field.label }),
          el('dd', { className: 'v-doc-field__value', text: field.value }),
        ]),
      );
    }
    card.append(list);
  }
  if (doc.body.length > 0) {
    card.append(
      el(
        'div',
        { className: 'v-doc__body' },
        doc.body.map((line) => el('p', { text: line })),
      ),
    );
  }
  return card;
}
