// Composition root: creates storage, settings, sound, the narrator and the Phaser stage, then the shell and the
// app machine that decides every screen change.
// Nothing is hung on `window`. The real clock and the random draw of seeds live here, outside the core.
import { createActor, fromCallback, fromPromise } from 'xstate';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
import './ui/styles/index.css';
import { appMachine } from './app/app-machine';
import { showScreen } from './app/show-screen';
import { SOUNDS, SOUND_KEYS, type SoundKey } from './core/assets';
import { createHowlerAudio } from './audio/howler-audio';
import { createGameStage } from './game/game-stage';
import { ICON_URLS, PEOPLE_URLS, ROOM_URLS, SOUND_URLS } from './ui/asset-urls';
import { bindStageLayout } from './ui/layout/bind-stage-layout';
import { createNarrator } from './ui/narrator';
import { createLoadingAnnouncer } from './ui/loading-announcer';
import { bindSettings } from './ui/settings/apply-settings';
import { defaultSettings } from './ui/settings/settings';
import { createSettingsStore } from './ui/settings/settings-store';
import { createShell } from './ui/shell';
import { bindClickSound } from './ui/sound/click-sound';
import { createCuePlayer } from './ui/sound/cue-player';
import { createSubtitles } from './ui/sound/subtitles';
import { createLocalStore, createMemoryStore, localStorageOf } from './ui/storage/key-value-store';
import { isKioskMode, kioskHost, lockKioskPage } from './ui/borne/kiosk-page';
import { AUTOSAVE_SLOT, createMemorySaveStore, type SaveStore } from './core/save/save-store';
import { createIndexedDbSaveStore } from './storage/indexeddb-save-store';
import type { Flows } from './flows';
import { parseLaunch } from './lms/launch';
import { findScormApi, openLmsLink, type LmsLink } from './lms/scorm12';
import { startCmi5 } from './lms/cmi5-start';
import { registerOffline } from './app/offline';
import { showUpdatePrompt } from './ui/offline/update-prompt';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Élément #${id} absent de index.html.`);
  return element;
}

const stageElement = required('scene-stage');
const sceneFrame = required('scene');
const overlay = required('overlay');

// The kiosk « Découvrir le métier » keeps nothing: its settings and saves live in memory, and it never opens
// IndexedDB nor writes localStorage.
const kiosk = isKioskMode(window.location.search);
if (kiosk) lockKioskPage(document);
const storage = kiosk ? createMemoryStore() : createLocalStore(localStorageOf(window));
const settings = createSettingsStore(
  storage,
  defaultSettings({ prefersReducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches }),
);
const audio = createHowlerAudio({
  urls: SOUND_URLS,
  channelOf: (key: SoundKey) => SOUNDS[key].channel,
  loop: (key: SoundKey) => SOUNDS[key].loop,
  gestureTarget: document,
});
bindSettings(settings, document.documentElement, audio);
bindStageLayout(stageElement, window);

const narrator = createNarrator(required('narrateur'));
const subtitles = createSubtitles(required('sous-titres'), { enabled: () => settings.get().subtitles });
const cues = createCuePlayer(audio, subtitles, narrator);
bindClickSound(document, () => audio.playSfx(SOUND_KEYS.uiClick));

const loading = createLoadingAnnouncer(narrator, {
  every: (run, ms) => {
    const handle = setInterval(run, ms);
    return () => clearInterval(handle);
  },
});
const stage = createGameStage({
  parent: sceneFrame,
  roomUrls: ROOM_URLS,
  personUrls: PEOPLE_URLS,
  motion: { reduced: () => settings.get().reducedMotion },
  onProgress: (fraction) => loading.progress(fraction),
});

/** Today as the player's calendar says it (reports are dated with it). */
const today = () => new Date().toLocaleDateString('sv-SE');
const now = () => new Date().toISOString();
/** A fresh seed for a game without a session code. */
const drawSeed = () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 1) % 1_000_000_000;
const store: SaveStore =
  window.indexedDB && !kiosk ? createIndexedDbSaveStore(window.indexedDB) : createMemorySaveStore();
// Launched by a learning platform as one SCO of the SCORM package (`index.html?sco=…`): its API, if found, hears
// the SCO's progress; the game opens straight on the SCO's entry point either way.
const launch = parseLaunch(window.location.search);
const scormApi = launch ? findScormApi(window) : null;
const lms: LmsLink | null =
  launch && scormApi
    ? openLmsLink(
        scormApi,
        launch,
        () => performance.now(),
        (message) => console.warn(message),
      )
    : null;
if (lms) window.addEventListener('pagehide', () => lms.finish());
// Launched by a cmi5 platform (`endpoint`, `fetch`, `actor`… in the URL): its LRS hears the xAPI statements.
const xapi = startCmi5({ window, entry: launch, now, announce: (text) => narrator.announce(text) });
let hasSave = false;
/** The flows, once their module has loaded (the title asks synchronously whether a year is in progress). */
let flows: Flows | null = null;
let loadingFlows: Promise<Flows> | null = null;

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

const shell = createShell({
  overlay,
  dialogs: required('dialogues'),
  sceneFrame,
  page: document,
  stage,
  settings,
  cues,
  narrator,
  emblemUrl: ICON_URLS.blason,
  hasSave: () => hasSave || (flows?.year.isPlaying() ?? false),
  send: (event) => app.send(event),
  hubMonth: () => flows?.year.month() ?? new Date().getMonth(),
  // The computer opens the SGM's desk, the guichet or the salle du conseil the week's activity there; otherwise a
  // place tells what it is for.
  onHotspot: (id) => flows?.year.openPlace(id) ?? false,
});

const app = createActor(
  appMachine.provide({
    actors: {
      // The kiosk's first picture is a room: it waits for the stage too (a room asked for earlier loads twice).
      loadFlows: fromPromise(() =>
        (kiosk ? Promise.all([loadFlows(), stage.loaded]) : loadFlows()).then(() => undefined),
      ),
      resumeYear: fromPromise(() => loadFlows().then((loaded) => loaded.year.resume())),
      autosave: fromCallback(() => flows?.year.autosave()),
    },
  }),
);
app.on('app.screen', ({ screen }) => showScreen(screen, shell, flows));

function loadFlows(): Promise<Flows> {
  loadingFlows ??= import('./flows').then((module) => {
    flows = module.createFlows({
      shell,
      store,
      narrator,
      subtitles,
      audio,
      timerMode: () => settings.get().timers,
      today,
      now,
      drawSeed,
      download,
      print: () => window.print(),
      savesChanged: refreshSaves,
      send: (event) => app.send(event),
      lms,
      xapi,
      kiosk: kiosk ? kioskHost(window, settings, required('dialogues')) : null,
    });
    return flows;
  });
  return loadingFlows;
}

// The title menu is DOM: it is usable at once (the machine starts on it), while the canvas draws the loading
// bar then the façade.
app.start();
if (kiosk) app.send({ type: 'borne.open' });
void stage.loaded.then(() => {
  loading.done();
  // A SCO opens on its entry point once the stage has its rooms (a room asked for earlier is loaded twice).
  if (launch?.sco === 'annee') app.send({ type: 'lms.year', resume: lms?.resumeData != null });
  if (launch?.sco === 'scenario')
    app.send({ type: 'lms.scenario', scenarioId: launch.scenarioId, seed: null });
  if (launch?.sco === 'binome') app.send({ type: 'lms.binome' });
  // Once the façade is drawn, prepare the scenarios in the background: the first click then answers at once.
  loadFlows().catch(() =>
    narrator.announce('Les scénarios du jeu n’ont pas pu être chargés. Rechargez la page.'),
  );
});
/**
 * « Continuer » lights up once the device's saves are listed (IndexedDB answers after the first paint), and
 * again whenever they change (a save kept aside, imported or deleted).
 */
function refreshSaves(): void {
  void store.list().then(
    (slots) => {
      const had = hasSave;
      hasSave = slots.some((slot) => slot.slot === AUTOSAVE_SLOT);
      // Not a screen change: the title, still shown, is drawn again with « Continuer » lit or not.
      if (had !== hasSave && app.getSnapshot().matches({ screen: 'title' })) shell.showTitle();
    },
    () =>
      narrator.announce(
        'Les sauvegardes de cet appareil sont inaccessibles : la partie ne sera pas enregistrée.',
      ),
  );
}
if (!kiosk) refreshSaves();
// Offline after the first visit, once the page has loaded (the worker's precache must not slow the first
// paint). The one-file build (vite.config.ts, mode « fichier ») has no worker to register.
if (import.meta.env.MODE !== 'fichier')
  window.addEventListener(
    'load',
    () =>
      registerOffline({
        container: navigator.serviceWorker,
        protocol: window.location.protocol,
        launchedByPlatform: launch !== null || xapi !== null,
        onUpdate: (apply) => showUpdatePrompt(document.body, narrator, apply),
        reload: () => window.location.reload(),
        onError: (message) => console.warn(message),
      }),
    { once: true },
  );
