import '../styles/views.css';
import '../styles/binome.css';
import '../styles/facilitator.css';
import { RESULT_FILE_MAX_BYTES } from '../../core/binome';
import { focusElement, h } from '../dom';
import type { Screen } from '../screens/screen-host';
import {
  isEmptyDraft,
  withoutFile,
  type FacilitatorDraft,
  type FileLine,
  type FileToRead,
} from './facilitator-presenter';

export interface FacilitatorScreenOptions {
  readonly packs: readonly { readonly id: string; readonly title: string }[];
  readonly draft: FacilitatorDraft;
  /** The file list of a draft, as the screen shows it. */
  readonly fileLines: (draft: FacilitatorDraft) => readonly FileLine[];
  /** Checks the files read and adds them to the draft; returns the new draft and what to announce. */
  readonly importFiles: (
    draft: FacilitatorDraft,
    files: readonly FileToRead[],
  ) => { readonly draft: FacilitatorDraft; readonly announcement: string };
  readonly announce: (text: string) => void;
  /** The room's debrief of the draft, which its « Modifier les codes » brings back here. */
  readonly onDebrief: (draft: FacilitatorDraft) => void;
  readonly onMenu: () => void;
}

/** A file's text, unless it is too big to be a result file (then it is not read at all). */
async function readFile(file: File): Promise<FileToRead> {
  return { name: file.name, text: file.size > RESULT_FILE_MAX_BYTES ? null : await file.text() };
}

/** « Animer un atelier »: the pack, the pairs' codes typed and their files imported, nothing stored. */
export function facilitatorScreen(options: FacilitatorScreenOptions): Screen {
  return {
    id: 'atelier-saisie',
    title: 'Animer un atelier',
    mount(root) {
      let draft = options.draft;
      const packs = options.packs.map((pack) =>
        h('label', { class: 'binome-radio' }, [
          h('input', {
            attrs: { type: 'radio', name: 'atelier-pack', value: pack.id, checked: pack.id === draft.packId },
            on: { change: () => (draft = { ...draft, packId: pack.id }) },
          }),
          ` ${pack.title}`,
        ]),
      );
      const codes = h('textarea', {
        class: 'atelier-codes',
        attrs: {
          id: 'atelier-codes',
          rows: 6,
          spellcheck: 'false',
          'aria-describedby': 'atelier-codes-aide',
        },
        on: { input: () => (draft = { ...draft, typed: codes.value }) },
      });
      codes.value = draft.typed;
      const input = h('input', {
        attrs: {
          id: 'atelier-fichiers',
          type: 'file',
          multiple: true,
          accept: '.json,application/json',
          'aria-describedby': 'atelier-fichiers-aide',
        },
      });
      const list = h('div', { class: 'atelier-fichiers' });
      const error = h('p', { class: 'binome-erreur', attrs: { id: 'atelier-erreur' } });

      const renderFiles = (focusAt: number | null) => {
        const lines = options.fileLines(draft);
        list.replaceChildren(
          lines.length === 0
            ? h('p', { text: 'Aucun fichier importé.' })
            : h(
                'ul',
                { class: 'atelier-liste' },
                lines.map((line, index) =>
                  h(
                    'li',
                    { class: line.ok ? 'atelier-fichier' : 'atelier-fichier atelier-fichier--refuse' },
                    [
                      h('span', { class: 'atelier-nom', text: line.name }),
                      h('span', { class: line.ok ? undefined : 'binome-erreur', text: ` ${line.status} ` }),
                      h('button', {
                        class: 'v-button',
                        text: 'Retirer',
                        attrs: { type: 'button', 'aria-label': `Retirer le fichier ${line.name}` },
                        on: { click: () => remove(index) },
                      }),
                    ],
                  ),
                ),
              ),
        );
        if (focusAt === null) return;
        // After a removal, focus the next file's button (or the previous one), else the file input.
        const buttons = list.querySelectorAll<HTMLButtonElement>('button');
        focusElement(buttons[Math.min(focusAt, buttons.length - 1)] ?? input);
      };
      const remove = (index: number) => {
        const name = draft.files[index]?.name ?? '';
        draft = withoutFile(draft, index);
        renderFiles(index);
        options.announce(`Fichier ${name} retiré.`);
      };
      input.addEventListener('change', () => {
        const chosen = [...(input.files ?? [])];
        if (chosen.length === 0) return;
        void Promise.all(chosen.map(readFile)).then((read) => {
          const imported = options.importFiles(draft, read);
          draft = imported.draft;
          input.value = '';
          renderFiles(null);
          options.announce(imported.announcement);
        });
      });

      const form = h('form', { class: 'binome-formulaire', attrs: { novalidate: true } }, [
        h('fieldset', {}, [h('legend', { text: 'Le pack joué par la salle' }), ...packs]),
        h('p', { class: 'binome-champ' }, [
          h('label', { text: 'Codes de résultat, un par ligne', attrs: { for: 'atelier-codes' } }),
          h('span', {
            class: 'atelier-aide',
            text: 'Recopiez le code affiché au bilan de chaque binôme, par exemple « ST1-2A-A01EB22N-7KQ3 ». Les espaces et les minuscules ne comptent pas ; un code mal recopié est signalé par son numéro de ligne.',
            attrs: { id: 'atelier-codes-aide' },
          }),
          codes,
        ]),
        h('p', { class: 'binome-champ' }, [
          h('label', { text: 'Fichiers de résultat (binome-….json)', attrs: { for: 'atelier-fichiers' } }),
          h('span', {
            class: 'atelier-aide',
            text: 'Vous pouvez en choisir plusieurs à la fois, et en ajouter ensuite : rien de ce qui est déjà saisi n’est perdu.',
            attrs: { id: 'atelier-fichiers-aide' },
          }),
          input,
        ]),
        h('h2', { text: 'Fichiers importés' }),
        list,
        error,
        h('p', { class: 'binome-actions' }, [
          h('button', {
            class: 'v-button v-button--primary',
            text: 'Voir le débrief de la salle',
            attrs: { type: 'submit', 'data-action': 'debrief', 'aria-describedby': 'atelier-erreur' },
          }),
          h('button', {
            class: 'v-button',
            text: 'Retour au menu',
            attrs: { type: 'button', 'data-action': 'menu' },
            on: { click: () => options.onMenu() },
          }),
        ]),
      ]);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (isEmptyDraft(draft)) {
          error.textContent = 'Saisissez au moins un code ou importez au moins un fichier de résultat.';
          options.announce(error.textContent);
          focusElement(codes);
          return;
        }
        options.onDebrief(draft);
      });
      renderFiles(null);
      root.append(
        h(
          'section',
          { class: 'ecran binome debrief atelier', attrs: { 'aria-labelledby': 'atelier-titre' } },
          [
            h('div', { class: 'binome-carte binome-carte--large' }, [
              h('h1', {
                text: 'Animer un atelier',
                attrs: { id: 'atelier-titre', tabindex: -1, 'data-autofocus': true },
              }),
              h('p', {
                text: 'Rassemblez les résultats des binômes de la salle : le code affiché à la fin de leur partie, ou le fichier qu’ils ont téléchargé. Le débrief de la salle montre, pour chaque situation, combien de binômes se sont accordés et combien d’actes étaient légaux.',
              }),
              h('p', {
                class: 'atelier-confidentialite',
                text: 'Rien n’est gardé sur cet appareil ni envoyé sur le réseau : les codes et les fichiers restent en mémoire le temps de l’atelier et disparaissent quand vous revenez au menu. Un code ne contient aucun prénom.',
              }),
              form,
            ]),
          ],
        ),
      );
      return undefined;
    },
  };
}
