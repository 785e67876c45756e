import { h } from '../dom';
import { printableScreen } from '../printable-screen';
import type { Screen } from '../screens/screen-host';
import type { BinomeDebriefModel } from './binome-presenter';

export interface BinomeDebriefOptions {
  readonly model: BinomeDebriefModel;
  /** The pair's result file (pack and code, no names), or null when there is no code. */
  readonly resultFile: { readonly fileName: string; readonly text: string } | null;
  /** Saves a file on the device (the browser's download). */
  readonly download: (fileName: string, blob: Blob) => void;
  /** A further screen after the debrief: the « Contrat de confiance » pack's contract. */
  readonly next?: { readonly label: string; readonly action: string; readonly run: () => void };
  readonly onMenu: () => void;
  /** Opens the print dialog (`window.print` in the game). */
  readonly print: () => void;
}

function detail(label: string, value: string): HTMLElement[] {
  return [h('dt', { text: label }), h('dd', { text: value })];
}

/** The part of the debrief that prints: legality per decision, the profile, the result code. */
function debriefBody(model: BinomeDebriefModel): HTMLElement {
  return h('div', { class: 'binome-bilan' }, [
    h('p', { text: model.pairLine }),
    h('p', { class: 'binome-legalite', text: model.legalLine }),
    h('h2', { text: 'Décision par décision : ce que dit le droit' }),
    h(
      'ol',
      { class: 'binome-decisions' },
      model.rows.map((row) =>
        h('li', { class: `binome-decision binome-decision--${row.verdict}` }, [
          h('h3', { text: row.topic }),
          h('dl', {}, [
            ...detail('Conseil du SGM', row.advice),
            ...detail('Décision de l’élu', row.decision),
            ...detail('Le binôme', `${row.agreement} ${row.explained}`),
            ...detail('Verdict du droit', row.verdictLabel),
            ...detail('Pourquoi', row.explanation),
            ...detail('Référence', row.reference),
          ]),
        ]),
      ),
    ),
    h('h2', { text: 'Profil du binôme' }),
    h('p', {
      text: 'Une aide à la discussion, pas une note : ce que vos choix disent de votre façon de décider à deux.',
    }),
    h(
      'ul',
      { class: 'binome-profil' },
      model.profile.axes.map((axis) =>
        h('li', { class: 'binome-axe' }, [
          h('h3', { text: `${axis.label} : ${axis.levelLabel}` }),
          h('meter', {
            attrs: {
              min: 0,
              max: 100,
              value: axis.value,
              'aria-label': `${axis.label} : ${axis.value} sur 100`,
            },
          }),
          h('p', { text: axis.summary }),
          h('p', { class: 'binome-question', text: `À discuter : ${axis.question}` }),
        ]),
      ),
    ),
    h('h2', { text: 'Code de résultat' }),
    h('p', {
      text: 'Donnez ce code, ou le fichier du résultat, à l’animateur de l’atelier : il résume vos décisions, sans vos prénoms. Rien d’autre n’est gardé, et rien ne part sans vous.',
    }),
    h('p', { class: 'binome-code' }, [
      h('code', {
        text: model.code ?? 'Aucun code : aucune décision conseillée n’a été prise.',
        attrs: { 'data-code': model.code ?? '' },
      }),
    ]),
  ]);
}

/** The pair's debrief, printable: the print sheet of the report shows the `.bilan` element alone on paper. */
export function binomeDebriefScreen(options: BinomeDebriefOptions): Screen {
  const { resultFile, next } = options;
  return printableScreen({
    id: 'binome-bilan',
    title: 'Bilan du binôme',
    heading: options.model.heading,
    headingId: 'binome-bilan-titre',
    sheetClass: 'binome-impression',
    body: () => debriefBody(options.model),
    notes: [
      resultFile &&
        h('p', {
          class: 'binome-aide',
          text: `« Télécharger le résultat » enregistre sur cet appareil le fichier ${resultFile.fileName} : le pack et le code, ni prénom ni nom. À remettre à l’animateur si vous le souhaitez.`,
          attrs: { id: 'binome-fichier-aide' },
        }),
    ],
    actions: (print) => [
      resultFile && {
        label: 'Télécharger le résultat',
        action: 'telecharger',
        describedBy: 'binome-fichier-aide',
        run: () =>
          options.download(resultFile.fileName, new Blob([resultFile.text], { type: 'application/json' })),
      },
      { label: 'Imprimer le bilan', action: 'imprimer', run: print },
      next ? { label: next.label, action: next.action, run: next.run, primary: true } : null,
      { label: 'Retour au menu', action: 'menu', run: () => options.onMenu(), primary: true },
    ],
    print: options.print,
  });
}
