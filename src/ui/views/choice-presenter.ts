import type { ChoiceView, ScenarioEvent } from '../../core/scenario';
import { roleBadge } from './role-labels';

/** Local state of a choice: the option picked, not yet confirmed. */
export interface ChoiceState {
  readonly selected: string | null;
}

export interface ChoiceModel {
  readonly heading: string;
  readonly roleBadge: string;
  /** Shown when the choice is a maire ↔ SGM exchange: a marker with words, not colour only. */
  readonly tension: { readonly title: string; readonly text: string } | null;
  readonly options: readonly { readonly id: string; readonly label: string; readonly selected: boolean }[];
  readonly confirmLabel: string;
  /** Status line under the options. */
  readonly status: string;
}

export const INITIAL_CHOICE_STATE: ChoiceState = { selected: null };

/** View-model of a choice. */
export function presentChoice(view: ChoiceView, state: ChoiceState): ChoiceModel {
  const selected = view.options.find((option) => option.id === state.selected);
  return {
    heading: view.prompt,
    roleBadge: roleBadge(view.role),
    tension: view.exchange
      ? {
          title: 'Moment de tension',
          text: 'Échange entre le maire et le ou la secrétaire général(e) : chacun son rôle, pesez votre réponse.',
        }
      : null,
    options: view.options.map((option) => ({
      id: option.id,
      label: option.label,
      selected: option.id === state.selected,
    })),
    confirmLabel: 'Confirmer ce choix',
    status: selected ? `Choix retenu : « ${selected.label} ».` : 'Aucun choix retenu pour l’instant.',
  };
}

/** Selecting an option that exists; anything else leaves the state as it was. */
export function selectOption(view: ChoiceView, state: ChoiceState, optionId: string): ChoiceState {
  return view.options.some((option) => option.id === optionId) ? { selected: optionId } : state;
}

/** The event to send on confirmation, or the French reason it cannot be sent yet. */
export function choiceEvent(state: ChoiceState): ScenarioEvent | string {
  return state.selected === null
    ? 'Choisissez une réponse avant de confirmer.'
    : { type: 'user.choose', optionId: state.selected };
}
