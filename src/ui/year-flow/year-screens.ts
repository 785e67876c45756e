import type { YearBilan, YearSession } from '../../core/year';
import { h } from '../dom';
import type { Screen } from '../screens/screen-host';
import { presentYearBilan } from '../year/bilan-presenter';
import { renderYearBilan } from '../year/bilan-view';
import { mountYearDesk } from '../year/year-desk';

/** What the desk screen does around the desk itself. */
export interface DeskScreenActions {
  readonly session: YearSession;
  readonly announce: (text: string) => void;
  readonly onHub: () => void;
  readonly onSaves: () => void;
  readonly onMenu: () => void;
  readonly onOpenActivity: (activityId: string) => void;
  readonly onYearOver: () => void;
  /**
   * Why the autosave fails, now and whenever it changes (null once it works again); returns the unsubscription.
   */
  readonly watchSaveProblem: (listener: (problem: string | null) => void) => () => void;
  /** What changed in the game since the year was saved, in French; empty when nothing did. */
  readonly resumeNotes: readonly string[];
  /** The player has read the notes: they are not shown again. */
  readonly onResumeNotesRead: () => void;
}

/** The notes of a resumed year, in view until the player says they read them. */
function resumeNotice(notes: readonly string[], onRead: () => void): HTMLElement | null {
  if (notes.length === 0) return null;
  const notice = h('div', { class: 'bureau-reprise', attrs: { role: 'status' } }, [
    h('p', { class: 'bureau-reprise__titre', text: 'Depuis votre sauvegarde, le jeu a changé :' }),
    h(
      'ul',
      {},
      notes.map((note) => h('li', { text: note })),
    ),
  ]);
  notice.append(
    button('J’ai compris', () => {
      onRead();
      notice.remove();
    }),
  );
  return notice;
}

function button(label: string, run: () => void): HTMLButtonElement {
  const element = h('button', { class: 'bouton', text: label, attrs: { type: 'button' } });
  element.addEventListener('click', run);
  return element;
}

/** The SGM's desk for the week, with the way back to the mairie, the saves and the menu. */
export function deskScreen(actions: DeskScreenActions): Screen {
  return {
    id: 'bureau-annee',
    title: 'Le bureau du secrétariat',
    mount(root) {
      // A failed autosave stays in view: the trainee must know the year is not being kept on this device.
      const notice = h('p', { class: 'situations-problemes bureau-sauvegarde', attrs: { role: 'alert' } });
      const unwatch = actions.watchSaveProblem((problem) => {
        notice.hidden = problem === null;
        notice.textContent =
          problem === null ? '' : `${problem} Exportez la partie depuis « Sauvegardes » pour ne rien perdre.`;
      });
      const page = h('section', { class: 'ecran ecran-situations ecran-bureau' }, [
        h('header', { class: 'situations-entete' }, [
          h('h1', { text: 'Le bureau du secrétariat', attrs: { tabindex: -1, 'data-autofocus': true } }),
          button('La mairie', actions.onHub),
          button('Sauvegardes', actions.onSaves),
          button('Menu', actions.onMenu),
        ]),
        notice,
        ...[resumeNotice(actions.resumeNotes, actions.onResumeNotesRead)].filter(
          (element): element is HTMLElement => element !== null,
        ),
      ]);
      root.append(page);
      const desk = mountYearDesk(page, {
        session: actions.session,
        announce: actions.announce,
        onOpenActivity: actions.onOpenActivity,
        onYearOver: actions.onYearOver,
      });
      return () => {
        unwatch();
        desk.unmount();
      };
    },
  };
}

/** What the bilan screen offers. */
export interface BilanScreenActions {
  readonly bilan: YearBilan;
  readonly onExportCsv: () => void;
  readonly onExportSave: () => void;
  readonly onPrint: () => void;
  readonly onBack: () => void;
}

/** The year's bilan, with its exports and the way back to the title. */
export function bilanScreen(actions: BilanScreenActions): Screen {
  return {
    id: 'bilan-annee',
    title: 'Bilan de l’année',
    mount(root) {
      const page = h('section', { class: 'ecran ecran-situations' }, [
        renderYearBilan(presentYearBilan(actions.bilan), actions),
        button('Retour à l’accueil', actions.onBack),
      ]);
      root.append(page);
      page.querySelector<HTMLElement>('#bilan-annee-titre')?.setAttribute('data-autofocus', '');
      return undefined;
    },
  };
}
