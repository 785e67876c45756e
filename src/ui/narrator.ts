/** The one aria-live region that tells screen-reader users what happens on the canvas. */
export interface Narrator {
  announce(text: string): void;
}

/** The part of the live region the narrator touches (an element in the page, a plain object in tests). */
export interface LiveRegion {
  textContent: string | null;
}

/**
 * Announces through a polite live region. The text is cleared first and set on the next tick, so the same
 * sentence said twice is read twice.
 */
export function createNarrator(
  region: LiveRegion,
  defer: (run: () => void) => void = (run) => setTimeout(run, 60),
): Narrator {
  let latest = 0;
  return {
    announce(text) {
      latest += 1;
      const ticket = latest;
      region.textContent = '';
      defer(() => {
        if (ticket === latest) region.textContent = text;
      });
    },
  };
}
