import { h } from '../dom';
import { documentReturns, printableScreen } from '../printable-screen';
import type { Screen } from '../screens/screen-host';
import type { ContractModel } from './contract-presenter';

export interface BinomeContractOptions {
  readonly model: ContractModel;
  /** Back to the pair's debrief. */
  readonly onDebrief: () => void;
  readonly onMenu: () => void;
  /** Opens the print dialog (`window.print` in the game). */
  readonly print: () => void;
}

const STATUS_LABELS = { convenu: 'Convenu', 'a-revoir': 'À revoir', 'a-convenir': 'À convenir' } as const;

/** The part that prints: the parties, the clauses, the places to sign. */
function contractBody(model: ContractModel): HTMLElement {
  return h('div', { class: 'binome-contrat' }, [
    h('p', { class: 'binome-contrat-parties', text: model.parties }),
    h('p', { text: model.preamble }),
    ...(model.reviewLine === '' ? [] : [h('p', { class: 'binome-contrat-alerte', text: model.reviewLine })]),
    h(
      'ol',
      { class: 'binome-clauses' },
      model.clauses.map((clause, index) =>
        h('li', { class: `binome-clause binome-clause--${clause.status}` }, [
          h('h2', { text: `Article ${index + 1} — ${clause.heading}` }),
          ...(clause.status === 'convenu'
            ? []
            : [h('p', { class: 'binome-clause-statut', text: STATUS_LABELS[clause.status] })]),
          h('p', { text: clause.text }),
          ...(clause.note
            ? [h('p', { class: 'binome-clause-note', text: `Ce que dit le droit\u00a0: ${clause.note}` })]
            : []),
          ...(clause.reference
            ? [h('p', { class: 'binome-clause-ref', text: `Référence\u00a0: ${clause.reference}` })]
            : [h('p', { class: 'binome-clause-ref', text: 'Affaire d’organisation\u00a0: votre choix.' })]),
        ]),
      ),
    ),
    h(
      'div',
      { class: 'binome-signatures' },
      model.signatures.map((place) =>
        h('div', { class: 'binome-signature' }, [
          h('h2', { text: place.seat }),
          h('p', { text: `Nom\u00a0: ${place.name}` }),
          h('p', { text: 'Date\u00a0:' }),
          h('p', { class: 'binome-signature-zone', text: 'Signature\u00a0:' }),
        ]),
      ),
    ),
  ]);
}

/** The pair's contrat de confiance, after the debrief of its pack: printed alone, with places to sign and date. */
export function binomeContractScreen(options: BinomeContractOptions): Screen {
  return printableScreen({
    id: 'binome-contrat',
    title: 'Contrat de confiance',
    heading: options.model.heading,
    headingId: 'binome-contrat-titre',
    sheetClass: 'binome-impression',
    body: () => contractBody(options.model),
    actions: (print) => [
      { label: 'Imprimer le contrat', action: 'imprimer-contrat', run: print, primary: true },
      ...documentReturns(options),
    ],
    print: options.print,
  });
}
