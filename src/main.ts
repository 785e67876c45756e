// Composition root: creates storage, settings, sound, the narrator and the Phaser stage, then the shell.
// Nothing is hung on `window`. The real clock and the random draw of seeds live here, outside the core.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
import './ui/styles/index.css';
import { SOUNDS, SOUND_KEYS, type SoundKey } from './core/assets';
import { createHowlerAudio } from './audio/howler-audio';
import { createGameStage } from './game/game-stage';
import { ICON_URLS, ROOM_URLS, SOUND_URLS } from './ui/asset-urls';
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
import { createLocalStore, localStorageOf } from './ui/storage/key-value-store';
import { bundledScenarioSources } from './bundled-scenarios';
import { loadCatalogue } from './core/scenario';
import { parseWorld, worldVarsOf } from './core/year/world/world';
import worldFile from '../scenarios/world/saint-aubin.json';
import { createPracticeFlow, type PracticeFlow } from './ui/practice/practice-flow';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Élément #${id} absent de index.html.`);
  return element;
}

const stageElement = required('scene-stage');
const sceneFrame = required('scene');
const overlay = required('overlay');

const storage = createLocalStore(localStorageOf(window));
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
  motion: { reduced: () => settings.get().reducedMotion },
  onProgress: (fraction) => loading.progress(fraction),
});

const catalogue = loadCatalogue(bundledScenarioSources());
const world = parseWorld(worldFile);
const worldVars = world.ok ? worldVarsOf(world.value) : {};
/** Today as the player's calendar says it (the report is dated with it). */
const today = () => new Date().toLocaleDateString('sv-SE');
/** A fresh seed for a game without a session code. */
const drawSeed = () => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 1) % 1_000_000_000;
let practice: PracticeFlow | null = null;

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
  communeName: world.ok ? world.value.commune : undefined,
  onPractice: () => practice?.open(),
});
practice = createPracticeFlow({
  shell,
  catalogue,
  narrator,
  subtitles,
  audio,
  timerMode: () => settings.get().timers,
  today,
  drawSeed,
  worldVars,
});
if (!world.ok) narrator.announce(`Les données de la commune sont illisibles : ${world.error}`);
// The title menu is DOM: it is usable at once, while the canvas draws the loading bar then the façade.
shell.showTitle();
void stage.loaded.then(() => loading.done());
