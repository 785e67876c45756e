import type { InputProblem, ScenarioEvent, SendOutcome } from '../../core/scenario';

/** Turns an assets-registry key into an image URL, or undefined when the registry has none. */
export type ImageResolver = (key: string) => string | undefined;

/** What a step view may use of its host: every side effect goes through here. */
export interface ViewContext {
  /** Sends a player intent; when the session refuses it, the host calls the view's `showProblems`. */
  send(event: ScenarioEvent): SendOutcome;
  /** Says a short French text in the overlay's live region. */
  announce(text: string): void;
  /** Portrait key → image URL. */
  resolvePortrait: ImageResolver;
  /** Document kind (identite, acte, courrier…) → emblem image URL, optional. */
  resolveDocumentImage?: ImageResolver;
  /** Called by the end step's « Voir le bilan ». */
  onDone(): void;
}

/** A step view mounted in the DOM. */
export interface MountedView {
  readonly root: HTMLElement;
  /** The step's heading (tabindex -1): the host moves focus there when a new step starts. */
  readonly heading: HTMLElement;
  /** Shows refused input next to what it concerns, keeping everything typed; moves focus to the first one. */
  showProblems(problems: readonly InputProblem[]): void;
  /** Removes listeners and the DOM. */
  destroy(): void;
}
