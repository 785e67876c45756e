// The game offline after the first visit: registers the service worker that vite-plugin-pwa generates
// (vite.config.ts: it precaches every file of the build). A new version waits until the player accepts it,
// since swapping the files under a running game could leave it asking for a file that no longer exists.

/** The part of a service worker the registration talks to. */
export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

/** The part of a registration it watches. */
export interface RegistrationLike {
  readonly active: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
  update(): Promise<unknown>;
}

/** The part of `navigator.serviceWorker` it uses. */
export interface WorkerContainerLike {
  readonly controller: unknown;
  /** Resolves with nothing where workers are blocked (Playwright's `serviceWorkers: 'block'` does so). */
  register(url: string, options: { scope: string }): Promise<RegistrationLike | undefined>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface OfflineOptions {
  /** `navigator.serviceWorker`, absent in a browser without service workers. */
  readonly container: WorkerContainerLike | undefined;
  /** The page's `location.protocol`. */
  readonly protocol: string;
  /** Launched by a learning platform: the platform serves the files, no worker of ours steps in between. */
  readonly launchedByPlatform: boolean;
  /** A new version is installed and waits; `apply` switches to it and reloads the page. */
  readonly onUpdate: (apply: () => void) => void;
  readonly reload: () => void;
  /** Why the registration failed (the game goes on, online only). */
  readonly onError: (message: string) => void;
}

/** The message the generated worker answers by taking over (workbox's `registerType: 'prompt'`). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Registers `./sw.js` when the page is served over http(s): a page opened from a file (the one-file package)
 * has no origin a worker could serve, and a platform-launched SCO is left to its platform. Returns whether it
 * registered.
 */
export function registerOffline(options: OfflineOptions): boolean {
  const { container } = options;
  if (!container || options.launchedByPlatform || !/^https?:$/.test(options.protocol)) return false;
  const apply = (worker: WorkerLike) => () => {
    container.addEventListener('controllerchange', options.reload);
    worker.postMessage(SKIP_WAITING);
  };
  // A first install is no update: with no controller yet, the page was not running an older version.
  const offer = (worker: WorkerLike | null) => {
    if (worker && container.controller) options.onUpdate(apply(worker));
  };
  // A worker still installing when the registration answers (the browser checks for an update at each
  // navigation, possibly before this call) announces itself only by its state.
  const watch = (worker: WorkerLike | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  container.register('./sw.js', { scope: './' }).then(
    (registration) => {
      if (!registration) return;
      offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      // The browser looks for a new worker after a navigation only now and then: ask at each launch. Offline the
      // question fails, which is no error.
      if (registration.active) registration.update().catch(() => undefined);
    },
    (error: unknown) =>
      options.onError(
        `Mode hors ligne indisponible : ${error instanceof Error ? error.message : String(error)}`,
      ),
  );
  return true;
}
