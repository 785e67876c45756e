import { AUTOSAVE_SLOT, MANUAL_SLOTS, originalSlotOf, type SlotInfo } from '../../core/save';

/** What the player can do with a slot. */
export type SlotAction = 'load' | 'save' | 'export' | 'remove';

/** An action waiting for the player's confirmation (it would replace or delete a game). */
export interface PendingAction {
  readonly slot: string;
  readonly action: SlotAction;
}

/** What the saves screen shows, before presentation. */
export interface SavesState {
  readonly slots: readonly SlotInfo[];
  /** The label of the year in progress in this tab, or null when none is open. */
  readonly current: string | null;
  readonly pending: PendingAction | null;
}

export interface ActionModel {
  readonly action: SlotAction;
  readonly label: string;
}

export interface ConfirmModel {
  readonly question: string;
  readonly confirmLabel: string;
}

export interface SlotRowModel {
  readonly slot: string;
  readonly title: string;
  /** The save's label, or « Emplacement vide ». */
  readonly description: string;
  /** « Enregistrée le … », null for an empty slot. */
  readonly savedText: string | null;
  /** Why a quarantined save was kept aside. */
  readonly reason: string | null;
  readonly actions: readonly ActionModel[];
  /** Set when an action of this row waits for confirmation. */
  readonly confirm: ConfirmModel | null;
}

export interface SavesModel {
  readonly currentText: string;
  readonly slots: readonly SlotRowModel[];
  readonly quarantine: readonly SlotRowModel[];
  /** The manual slots an imported file can go to; the first free one is proposed. */
  readonly importTargets: readonly { slot: string; title: string; occupied: boolean; proposed: boolean }[];
}

const SLOT_TITLES: Readonly<Record<string, string>> = {
  [AUTOSAVE_SLOT]: 'Sauvegarde automatique',
  ...Object.fromEntries(MANUAL_SLOTS.map((slot, index) => [slot, `Partie ${index + 1}`])),
};

/** « Partie 2 », « Sauvegarde automatique », or the slot's own name. */
export function slotTitle(slot: string): string {
  return SLOT_TITLES[slot] ?? slot;
}

const ACTION_LABELS: Readonly<Record<SlotAction, string>> = {
  load: 'Reprendre cette partie',
  save: 'Enregistrer ici la partie en cours',
  export: 'Exporter le fichier',
  remove: 'Supprimer',
};

/** The question asked before an action that replaces or deletes a game; null when none is needed. */
export function confirmationOf(
  action: SlotAction,
  slot: SlotInfo | undefined,
  playing: boolean,
): ConfirmModel | null {
  if (action === 'load' && playing)
    return {
      question:
        'La partie ouverte sera remplacée. Tout ce qu’elle contient reste dans la sauvegarde automatique jusqu’à la prochaine action : enregistrez-la d’abord dans un emplacement pour la garder.',
      confirmLabel: 'Reprendre quand même',
    };
  if (action === 'save' && slot)
    return {
      question: `Cet emplacement contient déjà « ${slot.label} », qui sera remplacée.`,
      confirmLabel: 'Remplacer',
    };
  if (action === 'remove')
    return { question: 'Cette sauvegarde sera effacée de cet appareil.', confirmLabel: 'Effacer' };
  return null;
}

function rowOf(
  slotName: string,
  info: SlotInfo | undefined,
  state: SavesState,
  formatTime: (iso: string) => string,
): SlotRowModel {
  const manual = (MANUAL_SLOTS as readonly string[]).includes(slotName);
  const actions: SlotAction[] = [];
  if (info && !info.quarantined) actions.push('load');
  if (manual && state.current !== null) actions.push('save');
  if (info) actions.push('export');
  if (info && slotName !== AUTOSAVE_SLOT) actions.push('remove');
  const pending = state.pending?.slot === slotName ? state.pending.action : null;
  return {
    slot: slotName,
    title: info?.quarantined ? `Mise de côté (${slotTitle(originalSlotOf(slotName))})` : slotTitle(slotName),
    description: info ? info.label || 'Sauvegarde sans titre' : 'Emplacement vide',
    savedText: info ? `Enregistrée le ${formatTime(info.savedAt)}` : null,
    reason: info?.reason ?? null,
    actions: actions.map((action) => ({ action, label: ACTION_LABELS[action] })),
    confirm: pending === null ? null : confirmationOf(pending, info, state.current !== null),
  };
}

/** The saves screen: the automatic save, the three manual slots, the saves kept aside, the import targets. */
export function presentSaves(state: SavesState, formatTime: (iso: string) => string): SavesModel {
  const bySlot = new Map(state.slots.map((info) => [info.slot, info]));
  const manual = MANUAL_SLOTS.map((slot) => ({ slot, occupied: bySlot.has(slot) }));
  const proposed = manual.find((slot) => !slot.occupied)?.slot ?? MANUAL_SLOTS[0];
  return {
    currentText:
      state.current === null
        ? 'Aucune année n’est ouverte : reprenez une sauvegarde ou importez un fichier.'
        : `Partie ouverte : ${state.current}.`,
    slots: [AUTOSAVE_SLOT, ...MANUAL_SLOTS].map((slot) => rowOf(slot, bySlot.get(slot), state, formatTime)),
    quarantine: state.slots
      .filter((info) => info.quarantined)
      .map((info) => rowOf(info.slot, info, state, formatTime)),
    importTargets: manual.map(({ slot, occupied }) => ({
      slot,
      title: slotTitle(slot),
      occupied,
      proposed: slot === proposed,
    })),
  };
}
