import { h } from '../dom';
import type { SavesModel, SlotAction, SlotRowModel } from './saves-presenter';

export interface SavesHandlers {
  readonly onAction: (slot: string, action: SlotAction) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** A file chosen for import and the manual slot it goes to. */
  readonly onImport: (file: File, slot: string) => void;
  readonly onBack: () => void;
}

function button(label: string, className: string, attrs: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { class: className, text: label, attrs: { type: 'button', ...attrs } });
}

function slotRow(row: SlotRowModel, handlers: SavesHandlers): HTMLLIElement {
  const headingId = `sauvegarde-${row.slot.replace(/[^a-z0-9-]/g, '-')}`;
  const actions = row.actions.map((action) => {
    const element = button(action.label, action.action === 'load' ? 'bouton bouton-principal' : 'bouton', {
      'data-emplacement': row.slot,
      'data-action-sauvegarde': action.action,
      'aria-describedby': headingId,
    });
    element.addEventListener('click', () => handlers.onAction(row.slot, action.action));
    return element;
  });
  let confirmation: HTMLElement | null = null;
  if (row.confirm) {
    const yes = button(row.confirm.confirmLabel, 'bouton bouton-principal', {
      'data-confirmer': row.slot,
      'data-autofocus': '',
    });
    yes.addEventListener('click', () => handlers.onConfirm());
    const no = button('Annuler', 'bouton');
    no.addEventListener('click', () => handlers.onCancel());
    confirmation = h(
      'div',
      { class: 'sauvegarde-confirmation', attrs: { role: 'group', 'aria-label': 'Confirmation' } },
      [h('p', { text: row.confirm.question }), h('div', { class: 'sauvegarde-actions' }, [yes, no])],
    );
  }
  return h('li', { class: 'situation sauvegarde', attrs: { 'data-emplacement': row.slot } }, [
    h('h3', { text: row.title, attrs: { id: headingId } }),
    h('p', { class: 'sauvegarde-libelle', text: row.description }),
    row.savedText ? h('p', { class: 'aide', text: row.savedText }) : null,
    row.reason ? h('p', { class: 'sauvegarde-raison', text: `Raison : ${row.reason}` }) : null,
    actions.length > 0 ? h('div', { class: 'sauvegarde-actions' }, actions) : null,
    confirmation,
  ]);
}

function importForm(model: SavesModel, handlers: SavesHandlers): HTMLElement {
  const input = h('input', {
    attrs: { id: 'fichier-sauvegarde', type: 'file', accept: '.json,application/json', 'data-import': '' },
  });
  const targets = h('fieldset', { class: 'annee-choix' }, [
    h('legend', { text: 'Ranger la partie importée dans' }),
    ...model.importTargets.map((target) =>
      h('label', { class: 'annee-option' }, [
        h('input', {
          attrs: {
            type: 'radio',
            name: 'cible-import',
            value: target.slot,
            checked: target.proposed,
          },
        }),
        h('span', {
          text: target.occupied ? `${target.title} (occupée : elle sera remplacée)` : target.title,
        }),
      ]),
    ),
  ]);
  const start = button('Importer', 'bouton', { 'data-action': 'importer' });
  const form = h('section', { class: 'sauvegardes-import', attrs: { 'aria-labelledby': 'titre-import' } }, [
    h('h2', { text: 'Importer un fichier de sauvegarde', attrs: { id: 'titre-import' } }),
    h('p', {
      class: 'aide',
      text: 'Un fichier exporté depuis ce jeu (.json), sur cet appareil ou un autre. Il est vérifié avant d’être rangé : un fichier abîmé est refusé sans rien effacer.',
    }),
    h('label', { class: 'sauvegardes-champ', text: 'Fichier', attrs: { for: 'fichier-sauvegarde' } }),
    input,
    targets,
    start,
  ]);
  start.addEventListener('click', () => {
    const file = input.files?.[0];
    const slot = form.querySelector<HTMLInputElement>('input[name="cible-import"]:checked')?.value;
    if (file && slot) handlers.onImport(file, slot);
    else input.focus();
  });
  return form;
}

/** The saves screen: every slot with its actions, the saves kept aside, and the import of a file. */
export function renderSaves(model: SavesModel, handlers: SavesHandlers, message: HTMLElement): HTMLElement {
  const back = button('Retour', 'bouton');
  back.addEventListener('click', () => handlers.onBack());
  return h(
    'section',
    { class: 'ecran ecran-situations ecran-sauvegardes', attrs: { 'aria-labelledby': 'titre-sauvegardes' } },
    [
      h('header', { class: 'situations-entete' }, [
        h('h1', { text: 'Les sauvegardes', attrs: { id: 'titre-sauvegardes', tabindex: -1 } }),
        h('p', { text: model.currentText }),
        h('p', {
          class: 'aide',
          text: 'Les parties restent sur cet appareil. Un fichier exporté peut être remis à votre formateur ou repris sur un autre poste.',
        }),
        back,
      ]),
      message,
      h(
        'ul',
        { class: 'sauvegardes-liste' },
        model.slots.map((row) => slotRow(row, handlers)),
      ),
      model.quarantine.length > 0
        ? h('section', { attrs: { 'aria-labelledby': 'titre-quarantaine' } }, [
            h('h2', { text: 'Sauvegardes mises de côté', attrs: { id: 'titre-quarantaine' } }),
            h('p', {
              class: 'aide',
              text: 'Elles n’ont pas pu être relues. Elles sont gardées telles quelles : exportez-les pour les transmettre à votre formateur.',
            }),
            h(
              'ul',
              { class: 'sauvegardes-liste' },
              model.quarantine.map((row) => slotRow(row, handlers)),
            ),
          ])
        : null,
      importForm(model, handlers),
    ],
  );
}
