import { describe, expect, it } from 'vitest';
import {
  registerOffline,
  SKIP_WAITING,
  type OfflineOptions,
  type RegistrationLike,
  type WorkerContainerLike,
  type WorkerLike,
} from '../../../src/app/offline';

/** A worker whose state the test moves on, recording what the page posts to it. */
function fakeWorker(state: string) {
  const listeners: (() => void)[] = [];
  const posted: unknown[] = [];
  const worker = {
    state,
    postMessage: (message: unknown) => posted.push(message),
    addEventListener: (_: 'statechange', listener: () => void) => listeners.push(listener),
    moveTo(next: string) {
      worker.state = next;
      for (const listener of listeners) listener();
    },
  };
  return { worker, posted };
}

/** A container and registration as a browser gives them, with `controller` set when a worker already runs the page. */
function fakeContainer(
  controller: unknown,
  waiting: WorkerLike | null = null,
  installing: WorkerLike | null = null,
) {
  const registered: { url: string; scope: string }[] = [];
  const controllerListeners: (() => void)[] = [];
  const updateListeners: (() => void)[] = [];
  const updates = { asked: 0 };
  const registration: RegistrationLike & { installing: WorkerLike | null } = {
    active: controller ? fakeWorker('activated').worker : null,
    waiting,
    installing,
    update: () => {
      updates.asked += 1;
      return Promise.reject(new Error('hors ligne'));
    },
    addEventListener: (_: 'updatefound', listener: () => void) => updateListeners.push(listener),
  };
  const container: WorkerContainerLike = {
    controller,
    register: (url, options) => {
      registered.push({ url, scope: options.scope });
      return Promise.resolve(registration);
    },
    addEventListener: (_: 'controllerchange', listener: () => void) => controllerListeners.push(listener),
  };
  const found = (worker: WorkerLike) => {
    registration.installing = worker;
    for (const listener of updateListeners) listener();
  };
  const takeOver = () => controllerListeners.forEach((listener) => listener());
  return { container, registered, found, takeOver, updates };
}

function options(overrides: Partial<OfflineOptions>) {
  const updates: (() => void)[] = [];
  const log = { reloads: 0, errors: [] as string[], updates };
  const base: OfflineOptions = {
    container: undefined,
    protocol: 'https:',
    launchedByPlatform: false,
    onUpdate: (apply) => updates.push(apply),
    reload: () => (log.reloads += 1),
    onError: (message) => log.errors.push(message),
    ...overrides,
  };
  return { base, log };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('registerOffline', () => {
  it('registers ./sw.js over http(s) only, never from a file nor in a platform-launched SCO', () => {
    for (const [protocol, launchedByPlatform, expected] of [
      ['https:', false, true],
      ['http:', false, true],
      ['file:', false, false],
      ['https:', true, false],
    ] as const) {
      const fake = fakeContainer(null);
      const { base } = options({ container: fake.container, protocol, launchedByPlatform });
      expect(registerOffline(base), `${protocol} ${launchedByPlatform}`).toBe(expected);
      expect(fake.registered).toEqual(expected ? [{ url: './sw.js', scope: './' }] : []);
    }
    expect(registerOffline(options({}).base)).toBe(false);
  });

  it('asks for a new version at each launch once installed, an offline failure being no error', async () => {
    const fake = fakeContainer({});
    const { base, log } = options({ container: fake.container });
    registerOffline(base);
    await settled();
    expect(fake.updates.asked).toBe(1);
    expect(log.errors).toEqual([]);
  });

  it('offers no update on the first install, the page running no older version', async () => {
    const fake = fakeContainer(null);
    const { base, log } = options({ container: fake.container });
    registerOffline(base);
    await settled();
    expect(fake.updates.asked).toBe(0);
    const { worker } = fakeWorker('installing');
    fake.found(worker);
    worker.moveTo('installed');
    expect(log.updates).toEqual([]);
  });

  it('offers a newly installed version, and switches to it only when accepted', async () => {
    const fake = fakeContainer({});
    const { base, log } = options({ container: fake.container });
    registerOffline(base);
    await settled();
    const { worker, posted } = fakeWorker('installing');
    fake.found(worker);
    expect(log.updates).toEqual([]);
    worker.moveTo('installed');
    expect(log.updates).toHaveLength(1);
    expect(posted).toEqual([]);
    log.updates[0]?.();
    expect(posted).toEqual([SKIP_WAITING]);
    expect(log.reloads).toBe(0);
    fake.takeOver();
    expect(log.reloads).toBe(1);
  });

  it('offers a version already waiting at launch', async () => {
    const { worker } = fakeWorker('installed');
    const fake = fakeContainer({}, worker);
    const { base, log } = options({ container: fake.container });
    registerOffline(base);
    await settled();
    expect(log.updates).toHaveLength(1);
  });

  it('does nothing more where workers are blocked (the browser tests block them)', async () => {
    const container: WorkerContainerLike = {
      controller: null,
      register: () => Promise.resolve(undefined),
      addEventListener: () => undefined,
    };
    const { base, log } = options({ container });
    expect(registerOffline(base)).toBe(true);
    await settled();
    expect(log).toEqual({ reloads: 0, errors: [], updates: [] });
  });

  it('offers a version still installing when the registration answers', async () => {
    const { worker } = fakeWorker('installing');
    const fake = fakeContainer({}, null, worker);
    const { base, log } = options({ container: fake.container });
    registerOffline(base);
    await settled();
    expect(log.updates).toEqual([]);
    worker.moveTo('installed');
    expect(log.updates).toHaveLength(1);
  });

  it('says in French why the game stays online only when the registration fails', async () => {
    const container: WorkerContainerLike = {
      controller: null,
      register: () => Promise.reject(new Error('refus du navigateur')),
      addEventListener: () => undefined,
    };
    const { base, log } = options({ container });
    registerOffline(base);
    await settled();
    expect(log.errors).toEqual(['Mode hors ligne indisponible : refus du navigateur']);
  });
});
