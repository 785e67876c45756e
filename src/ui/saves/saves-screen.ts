import '../styles/practice.css';
import '../styles/saves.css';
import {
  importSaveFile,
  loadYearFromSlot,
  saveYear,
  type LoadedSave,
  type SaveStore,
  type SlotInfo,
} from '../../core/save';
import type { YearEnv, YearLibrary, YearState } from '../../core/year';
import { focusElement, h } from '../dom';
import type { Screen } from '../screens/screen-host';
import {
  confirmationOf,
  presentSaves,
  slotTitle,
  type PendingAction,
  type SlotAction,
} from './saves-presenter';
import { renderSaves } from './saves-view';

/** A save file larger than this is not one of ours (a whole year is a few thousand characters). */
const MAX_IMPORT_BYTES = 1_000_000;

export interface SavesScreenDeps {
  readonly store: SaveStore;
  readonly library: YearLibrary;
  readonly now: () => string;
  readonly download: (fileName: string, blob: Blob) => void;
  readonly announce: (text: string) => void;
  /** The year open in this tab, if any. */
  readonly current: () => { env: YearEnv; state: YearState; label: string } | null;
  /** Plays a loaded year (it becomes the year in progress). */
  readonly play: (loaded: LoadedSave) => void;
  readonly onBack: () => void;
  /** Something was stored, moved or deleted (the title menu's « Continuer » depends on it). */
  readonly onChanged: () => void;
  /** Shown on arrival, e.g. why the automatic save could not be resumed. */
  readonly message?: { readonly text: string; readonly isError: boolean };
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'à une date inconnue'
    : date.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
}

function fileNameOf(slot: string): string {
  return `une-annee-en-mairie-${slot.replace(/[^a-z0-9-]+/g, '-')}.json`;
}

/**
 * « Les sauvegardes »: resume, save into, export or delete a slot, look at the saves kept aside, import a file.
 * Nothing is lost: a file that does not load is refused before it is stored, and replacing or deleting a game
 * asks first.
 */
export function savesScreen(deps: SavesScreenDeps): Screen {
  return {
    id: 'sauvegardes',
    title: 'Les sauvegardes',
    mount(root) {
      let slots: readonly SlotInfo[] = [];
      let pending: PendingAction | null = null;
      let unmounted = false;
      // Seen here; heard through the narrator (one live region, so nothing is read twice).
      const message = h('p', { class: 'sauvegardes-message' });
      const container = h('div');
      root.append(container);

      function say(text: string, isError = false): void {
        message.textContent = text;
        message.classList.toggle('sauvegardes-erreur', isError);
        deps.announce(text);
      }

      function render(focus: string | null): void {
        const model = presentSaves({ slots, current: deps.current()?.label ?? null, pending }, formatTime);
        container.replaceChildren(
          renderSaves(
            model,
            { onAction: act, onConfirm: confirm, onCancel: cancel, onImport, onBack: deps.onBack },
            message,
          ),
        );
        const target =
          (pending && container.querySelector<HTMLElement>('[data-confirmer]')) ||
          (focus && container.querySelector<HTMLElement>(focus)) ||
          container.querySelector<HTMLElement>('#titre-sauvegardes');
        focusElement(target);
      }

      async function refresh(focus: string | null): Promise<void> {
        try {
          slots = await deps.store.list();
        } catch {
          say('Les sauvegardes de cet appareil sont inaccessibles pour le moment.', true);
          slots = [];
        }
        deps.onChanged();
        if (!unmounted) render(focus);
      }

      const selectorOf = (slot: string, action: SlotAction) =>
        `[data-emplacement="${slot}"][data-action-sauvegarde="${action}"]`;

      async function run(slot: string, action: SlotAction): Promise<void> {
        pending = null;
        const open = deps.current();
        if (action === 'load') {
          const loaded = await loadYearFromSlot(deps.store, slot, deps.library);
          if (!loaded.ok) {
            say(loaded.error, true);
            await refresh(null);
            return;
          }
          if (loaded.value.warnings.length > 0) deps.announce(loaded.value.warnings.join(' '));
          deps.play(loaded.value);
          return;
        }
        if (action === 'save' && open) {
          const saved = await saveYear(deps.store, slot, open.env, open.state, deps.now());
          if (saved.ok) say(`Partie enregistrée dans « ${slotTitle(slot)} ».`);
          else say(saved.error, true);
        }
        if (action === 'export') {
          const text = await deps.store.load(slot).catch(() => null);
          if (text === null) say('Cette sauvegarde n’a pas pu être lue.', true);
          else {
            deps.download(fileNameOf(slot), new Blob([text], { type: 'application/json' }));
            say(`Le fichier de « ${slotTitle(slot)} » est enregistré dans vos téléchargements.`);
          }
        }
        if (action === 'remove') {
          await deps.store.remove(slot).then(
            () => say(`La sauvegarde « ${slotTitle(slot)} » est effacée.`),
            () => say('La sauvegarde n’a pas pu être effacée.', true),
          );
        }
        await refresh(selectorOf(slot, action));
      }

      function act(slot: string, action: SlotAction): void {
        const info = slots.find((candidate) => candidate.slot === slot);
        if (confirmationOf(action, info, deps.current() !== null)) {
          pending = { slot, action };
          render(null);
          return;
        }
        void run(slot, action);
      }

      function confirm(): void {
        if (pending) void run(pending.slot, pending.action);
      }

      function cancel(): void {
        const was = pending;
        pending = null;
        render(was ? selectorOf(was.slot, was.action) : null);
      }

      async function readImport(file: File, slot: string): Promise<void> {
        if (file.size > MAX_IMPORT_BYTES) {
          say('Ce fichier est bien trop grand pour être une sauvegarde du jeu. Rien n’a été importé.', true);
          return;
        }
        const loaded = importSaveFile(await file.text(), deps.library);
        if (!loaded.ok) {
          say(`${loaded.error} Rien n’a été importé.`, true);
          return;
        }
        const saved = await saveYear(deps.store, slot, loaded.value.env, loaded.value.state, deps.now());
        if (!saved.ok) {
          say(saved.error, true);
          return;
        }
        say(
          `« ${loaded.value.meta.label} » est rangée dans « ${slotTitle(slot)} ». Choisissez « Reprendre cette partie » pour la jouer.`,
        );
        await refresh(selectorOf(slot, 'load'));
      }

      function onImport(file: File, slot: string): void {
        void readImport(file, slot);
      }

      if (deps.message) say(deps.message.text, deps.message.isError);
      render(null);
      void refresh(null);
      return () => {
        unmounted = true;
      };
    },
  };
}
