import '../styles/views.css';
import '../styles/binome.css';
import '../styles/debrief.css';
import '../styles/facilitator.css';
import { h } from '../dom';
import { printableScreen } from '../printable-screen';
import type { Screen } from '../screens/screen-host';
import type { RoomModel, Share } from './room-presenter';

export interface RoomScreenOptions {
  readonly model: RoomModel;
  /** Opens the print dialog (`window.print` in the game). */
  readonly print: () => void;
  /** « Modifier les codes »: back to the codes and files, as they were entered. */
  readonly onEdit: () => void;
  readonly onMenu: () => void;
}

/** A share as its words, then a bar the words already say (hidden from screen readers); no bar when unplayed. */
function shareCell(value: Share, kind: string, played: boolean): HTMLTableCellElement {
  return h('td', { class: 'salle-part' }, [
    h('span', { class: 'salle-texte', text: value.text }),
    played &&
      h('span', { class: `salle-barre salle-barre--${kind}`, attrs: { 'aria-hidden': 'true' } }, [
        h('span', { class: 'salle-barre-remplie', style: { width: `${value.percent}%` } }),
      ]),
  ]);
}

/** The part of the room's debrief that is projected and printed. */
function roomBody(model: RoomModel): HTMLElement {
  return h('div', { class: 'salle' }, [
    h('p', { class: 'salle-binomes', text: model.pairsLine }),
    // No ids in here: the body is built twice while printing (the screen and the sheet).
    model.toDiscuss.length > 0 &&
      h('section', {}, [
        h('h2', { text: 'À discuter d’abord : les situations qui ont le plus divisé' }),
        h(
          'ol',
          { class: 'salle-discussion' },
          model.toDiscuss.map((line) => h('li', { text: line })),
        ),
      ]),
    h('h2', { text: 'Décision par décision' }),
    h('table', { class: 'salle-table' }, [
      h('caption', {
        text: 'Pour chaque situation : les binômes qui l’ont jouée, ceux dont l’élu a suivi le conseil du SGM, les actes légaux. Les situations qui ont le plus divisé viennent en premier.',
      }),
      h('thead', {}, [
        h('tr', {}, [
          h('th', { text: 'Situation', attrs: { scope: 'col' } }),
          h('th', { text: 'Binômes', attrs: { scope: 'col' } }),
          h('th', { text: 'D’accord', attrs: { scope: 'col' } }),
          h('th', { text: 'Actes légaux', attrs: { scope: 'col' } }),
          h('th', { text: 'En désaccord', attrs: { scope: 'col' } }),
        ]),
      ]),
      h(
        'tbody',
        {},
        model.rows.map((row) =>
          h('tr', { attrs: { 'data-decision': row.decision } }, [
            h('th', { text: row.topic, attrs: { scope: 'row' } }),
            h('td', { class: 'salle-nombre', text: String(row.pairs) }),
            shareCell(row.agreed, 'accord', row.pairs > 0),
            shareCell(row.legal, 'legal', row.pairs > 0),
            shareCell(row.split, 'desaccord', row.pairs > 0),
          ]),
        ),
      ),
    ]),
    model.problems.length > 0 &&
      h('section', {}, [
        h('h2', { text: 'Codes et fichiers non comptés' }),
        h(
          'ul',
          { class: 'salle-problemes' },
          model.problems.map((line) => h('li', { text: line })),
        ),
      ]),
  ]);
}

/** The room's debrief, ready to project and to print; « Modifier les codes » keeps what was entered. */
export function roomScreen(options: RoomScreenOptions): Screen {
  return printableScreen({
    id: 'atelier-salle',
    title: 'Débrief de la salle',
    heading: options.model.heading,
    headingId: 'salle-titre',
    sectionClass: 'atelier',
    sheetClass: 'salle-impression',
    body: () => roomBody(options.model),
    actions: (print) => [
      { label: 'Imprimer le débrief', action: 'imprimer', run: print },
      { label: 'Modifier les codes', action: 'modifier', run: () => options.onEdit() },
      { label: 'Retour au menu', action: 'menu', run: () => options.onMenu(), primary: true },
    ],
    print: options.print,
  });
}
