import type { SettingsStore } from '../settings/settings-store';
import type { KioskHost } from './borne-flow';

/** True when the game's address asks for the kiosk « Découvrir le métier » (`?mode=borne`). */
export function isKioskMode(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'borne';
}

/**
 * Makes the page a kiosk's: large touch targets (the `borne` class), no text selection, no context menu, no
 * pinch zoom — in this mode only. The accessibility settings stay reachable from every kiosk screen.
 */
export function lockKioskPage(page: Document): void {
  page.documentElement.classList.add('borne');
  page.addEventListener('contextmenu', (event) => event.preventDefault());
  // Safari's pinch gesture; other browsers follow the viewport and `touch-action` of the borne class.
  page.addEventListener('gesturestart', (event) => event.preventDefault());
  const viewport = page.querySelector('meta[name="viewport"]');
  viewport?.setAttribute('content', 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no');
}

/** What the kiosk needs of the real page and clock. */
export function kioskHost(view: Window, settings: SettingsStore, dialogs: HTMLElement): KioskHost {
  return {
    every: (run, ms) => {
      const handle = view.setInterval(run, ms);
      return () => view.clearInterval(handle);
    },
    reducedMotion: () => settings.get().reducedMotion,
    forgetSettings: () => {
      settings.reset();
    },
    now: () => view.performance.now(),
    // Back to the game's own address (without `mode=borne`): the kiosk's in-memory state goes with the page.
    leave: () => {
      const address = new URL(view.location.href);
      address.searchParams.delete('mode');
      view.location.replace(address.href);
    },
    dialogs,
    page: view.document,
  };
}
