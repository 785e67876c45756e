import type { Narrator } from './narrator';

/** Says the loading progress in the live region, but only when loading is slow enough to be worth saying. */
export interface LoadingAnnouncer {
  progress(fraction: number): void;
  done(): void;
}

export interface LoadingAnnouncerOptions {
  /** Nothing is said before this delay; then the percentage every `delayMs`. */
  readonly delayMs?: number;
  readonly every: (run: () => void, ms: number) => () => void;
}

/**
 * On a fast load the player hears nothing but the title; on a slow one (a projector laptop on a weak
 * network), « Chargement des illustrations : 40 % » every second, then « Illustrations chargées. ».
 */
export function createLoadingAnnouncer(
  narrator: Narrator,
  options: LoadingAnnouncerOptions,
): LoadingAnnouncer {
  let fraction = 0;
  let spoke = false;
  let finished = false;
  const stop = options.every(() => {
    if (finished) return;
    spoke = true;
    narrator.announce(`Chargement des illustrations : ${Math.round(fraction * 100)} %`);
  }, options.delayMs ?? 1000);
  return {
    progress(value) {
      fraction = Math.min(1, Math.max(0, value));
    },
    done() {
      if (finished) return;
      finished = true;
      stop();
      if (spoke) narrator.announce('Illustrations chargées.');
    },
  };
}
