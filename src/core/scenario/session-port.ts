import type { Evidence } from '../scoring/evidence';
import type { ScenarioEvent, StepView } from './step-view';

/** Why a `user.submit` was refused before any scoring: the step stays as it was, nothing is lost. */
export interface InputProblem {
  /** The field, item or line concerned (as keyed in `user.submit`), or null for the whole step. */
  readonly key: string | null;
  /** French message for the player. */
  readonly message: string;
}

/** Result of sending an event to a running scenario. */
export type SendOutcome =
  { readonly accepted: true } | { readonly accepted: false; readonly problems: readonly InputProblem[] };

/** Something the shell should play or say: a sound cue with its subtitle, or a narrator line. */
export interface ScenarioCue {
  readonly kind: 'sfx' | 'ambience' | 'narration';
  /** Sound key of the sound registry (sfx, ambience). */
  readonly sound?: string;
  /** French subtitle or narrator text. */
  readonly text: string;
}

/**
 * What a view layer needs of a running scenario. The overlay and the Phaser scenes only talk to this:
 * they render `view()` and send player intents.
 */
export interface ScenarioSessionPort {
  readonly scenarioId: string;
  readonly title: string;
  /** In-game date of the current step (ISO). */
  currentDate(): string;
  view(): StepView;
  /** Validates then applies the event; refused input leaves the session unchanged. */
  send(event: ScenarioEvent): SendOutcome;
  /** Called after every accepted event with the new view; returns an unsubscribe function. */
  subscribe(listener: (view: StepView) => void): () => void;
  /** Called for every cue the scenario emits; returns an unsubscribe function. */
  onCue(listener: (cue: ScenarioCue) => void): () => void;
  /** Evidence recorded so far, in order. */
  evidence(): readonly Evidence[];
  /** True once the scenario reached its end step. */
  isDone(): boolean;
}
