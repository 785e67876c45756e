import { focusElement } from '../dom';

/** One full screen of the overlay (title menu, hub, a scenario step host, the debrief…). */
export interface Screen {
  /** Stable id, written to `data-screen` on the overlay root (tests and the bench wait on it). */
  readonly id: string;
  /** Page title part: « Une année en mairie — <title> ». */
  readonly title: string;
  /** Builds the screen inside `root`; may return a cleanup run when the screen is replaced. */
  mount(root: HTMLElement): (() => void) | undefined;
}

/** Shows one screen at a time in the overlay root. */
export interface ScreenHost {
  show(screen: Screen): void;
  /** Id of the screen shown, or null before the first one. */
  current(): string | null;
}

export const GAME_NAME = 'Une année en mairie';

/**
 * Replaces the overlay's content, then moves focus to the new screen's `[data-autofocus]` element (its
 * heading, by convention) so keyboard and screen-reader users start at the top of what changed.
 * `data-ready` tells tests and the benchmark that a screen is interactive.
 */
export function createScreenHost(root: HTMLElement, page: { title: string }): ScreenHost {
  let cleanup: (() => void) | null = null;
  let currentId: string | null = null;
  return {
    show(screen) {
      cleanup?.();
      cleanup = null;
      root.replaceChildren();
      root.dataset.screen = screen.id;
      cleanup = screen.mount(root) ?? null;
      currentId = screen.id;
      page.title = `${GAME_NAME} — ${screen.title}`;
      focusElement(root.querySelector<HTMLElement>('[data-autofocus]'));
      root.dataset.ready = 'true';
    },
    current: () => currentId,
  };
}
