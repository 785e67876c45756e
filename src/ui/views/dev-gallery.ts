import { h } from '../dom';
/**
 * Dev-only gallery of the step views and the debrief, driven by the sample views of tests/fixtures/views
 * through a fake session. Never imported by src/main.ts: a throw-away page outside the repository mounts it
 * to look at every view, run axe and play them with the keyboard.
 *
 * URL parameters: `vue` = a step kind (dialogue, choice, inspect, form, classify, allocate, rank, end),
 * `bilan`, or `tutoriel` (the real « Premier jour en mairie » through the engine's session, then its
 * debrief); `contraste=1`, `texte=large|larger`, `minuteur=normal|extended|off`, `graine=<n>`,
 * `vitesse=<n>` (timers run n times faster, to watch an expiry).
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '../styles/views.css';
import './dev-gallery.css';
import { isDocumentKey, isPortraitKey, isRoomKey, DOCUMENTS, PORTRAITS, ROOMS } from '../../core/assets';
import { buildReport, type Report } from '../../core/report';
import { compileScenario, loadCatalogue, openScenarioSession } from '../../core/scenario';
import tutorialText from '../../../scenarios/premier-jour.json?raw';
import { ROLES, VERDICTS, type Evidence } from '../../core/scoring';
import type {
  ScenarioCue,
  ScenarioEvent,
  ScenarioSessionPort,
  SendOutcome,
  StepView,
} from '../../core/scenario';
import { mountDebrief } from '../screens/debrief';
import { mountScenarioHost } from '../screens/scenario-host';
import { SAMPLE_SEQUENCE } from '../../../tests/fixtures/views';
import sampleEvidence from '../../../tests/fixtures/views/debrief-evidence.json';
import type { TimerMode } from '../settings/settings';
import type { TimerClock } from './step-timer-machine';

export interface GalleryOptions {
  /** URL prefix under which the `assets/` folder is served. */
  readonly assetBase: string;
}

/** A session that walks through the sample views; it refuses a form without « objet », as a scenario would. */
function sampleSession(
  startIndex: number,
  log: (line: string) => void,
): { session: ScenarioSessionPort; progress: () => { current: number; total: number } } {
  let index = startIndex;
  const listeners = new Set<(view: StepView) => void>();
  const cueListeners = new Set<(cue: ScenarioCue) => void>();
  const current = (): StepView => SAMPLE_SEQUENCE[index] ?? SAMPLE_SEQUENCE[0] ?? fallbackEnd;
  const session: ScenarioSessionPort = {
    scenarioId: 'galerie',
    title: 'Premier jour en mairie',
    currentDate: () => '2026-09-01',
    view: current,
    send(event: ScenarioEvent): SendOutcome {
      log(`événement : ${JSON.stringify(event)}`);
      const view = current();
      if (event.type === 'user.submit' && view.kind === 'form' && !event.values['objet']) {
        return { accepted: false, problems: [{ key: 'objet', message: 'Indiquez l’objet de la commande.' }] };
      }
      index = Math.min(index + 1, SAMPLE_SEQUENCE.length - 1);
      for (const listener of cueListeners)
        listener({ kind: 'sfx', sound: 'tampon', text: 'Coup de tampon.' });
      for (const listener of listeners) listener(current());
      return { accepted: true };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onCue(listener) {
      cueListeners.add(listener);
      return () => cueListeners.delete(listener);
    },
    evidence: () => [],
    isDone: () => current().kind === 'end',
  };
  return { session, progress: () => ({ current: index + 1, total: SAMPLE_SEQUENCE.length }) };
}

const fallbackEnd: StepView = { kind: 'end', stepId: 'fin', role: 'sgm', title: 'Fin', lines: [] };

/** The browser's clock, `speed` times faster: a timer's delays are divided by `speed`. */
function fastClock(speed: number): TimerClock {
  return {
    setTimeout: (fn, timeout) => setTimeout(fn, timeout / Math.max(1, speed)),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  };
}

/** The real tutorial, loaded and run by the engine as the game will. */
function tutorialSession(seed: number) {
  const catalogue = loadCatalogue([{ file: 'premier-jour.json', text: tutorialText }]);
  const scenario = catalogue.scenarios['premier-jour'];
  if (!scenario) throw new Error(catalogue.errors.map((error) => error.message).join('\n'));
  return openScenarioSession(compileScenario(scenario, catalogue.scenarios), { seed });
}

function reportOf(title: string, evidence: readonly Evidence[]): Report {
  const report = buildReport({ title, playedOn: '2026-11-23', evidence });
  if (!report.ok) throw new Error(report.error);
  return report.value;
}

function sampleReport(): Report {
  const evidence = sampleEvidence.flatMap((item): Evidence[] => {
    const verdict = VERDICTS.find((candidate) => candidate === item.verdict);
    const role = ROLES.find((candidate) => candidate === item.role);
    return verdict && role ? [{ ...item, verdict, role }] : [];
  });
  return reportOf('Premier jour en mairie', evidence);
}

/** Mounts the gallery in `root` (the page's <body> or a container). */
export function mountGallery(root: HTMLElement, options: GalleryOptions): void {
  const params = new URLSearchParams(location.search);
  const chosen = params.get('vue') ?? 'dialogue';
  const html = document.documentElement;
  html.lang = 'fr';
  html.classList.toggle('contraste-eleve', params.get('contraste') === '1');
  const scale = { large: '1.25', larger: '1.5' }[params.get('texte') ?? ''] ?? '1';
  html.style.setProperty('--text-scale', scale);
  html.style.fontSize = `calc(100% * ${scale})`;
  const policy: TimerMode =
    (['normal', 'extended', 'off'] as const).find((p) => p === params.get('minuteur')) ?? 'normal';

  const live = h('div', { class: 'v-sr-only', attrs: { 'aria-live': 'polite', id: 'annonces' } });
  const subtitle = h('p', { class: 'v-gallery__subtitle', attrs: { id: 'sous-titre' } });
  const journal = h('ol', { attrs: { id: 'journal-galerie', hidden: '' } });
  const log = (line: string) => journal.append(h('li', { text: line }));
  const announce = (text: string) => {
    live.textContent = text;
    log(`annonce : ${text}`);
  };
  const nav = h('nav', { class: 'v-gallery__nav', attrs: { 'aria-label': 'Vues de la galerie' } }, [
    h(
      'ul',
      {},
      [...SAMPLE_SEQUENCE.map((view) => view.kind), 'bilan', 'tutoriel'].map((kind) =>
        h('li', {}, [
          h('a', {
            text: kind,
            attrs: { href: `?vue=${kind}`, ...(kind === chosen ? { 'aria-current': 'page' } : {}) },
          }),
        ]),
      ),
    ),
  ]);
  const stage = h('main', { class: 'v-gallery__stage', attrs: { id: 'contenu' } });
  // The canvas of the game shows a room behind the overlay; the gallery shows the mairie's hall.
  stage.style.backgroundImage = `url("${options.assetBase}${ROOMS.mairie.file}")`;
  root.append(h('div', { class: 'v-gallery' }, [nav, stage, live, journal]));
  stage.append(subtitle);

  const portrait = (key: string) =>
    isPortraitKey(key) ? `${options.assetBase}${PORTRAITS[key].file}` : undefined;
  const paper = (key: string) =>
    isDocumentKey(key) ? `${options.assetBase}${DOCUMENTS[key].file}` : undefined;

  const debrief = (report: Report) => {
    stage.replaceChildren(subtitle);
    mountDebrief(stage, {
      report,
      announce,
      onReplay: () => log('rejouer'),
      onBack: () => log('retour'),
      print: () => log('impression'),
    });
  };
  if (chosen === 'bilan') {
    debrief(sampleReport());
    return;
  }
  const hostOptions = {
    announce,
    showSubtitle: (text: string) => {
      subtitle.textContent = text;
      log(`sous-titre : ${text}`);
    },
    resolvePortrait: portrait,
    resolveDocumentImage: paper,
    timerMode: () => policy,
    timerClock: fastClock(Number(params.get('vitesse') ?? '1')),
    onScene: (scene: string) => {
      if (isRoomKey(scene)) stage.style.backgroundImage = `url("${options.assetBase}${ROOMS[scene].file}")`;
    },
  };
  if (chosen === 'tutoriel') {
    const session = tutorialSession(Number(params.get('graine') ?? '1'));
    const host = mountScenarioHost(stage, {
      ...hostOptions,
      session,
      onDone: () => {
        host.unmount();
        debrief(reportOf(session.title, session.evidence()));
      },
    });
    return;
  }
  const start = Math.max(
    0,
    SAMPLE_SEQUENCE.findIndex((view) => view.kind === chosen),
  );
  const sample = sampleSession(start, log);
  mountScenarioHost(stage, {
    ...hostOptions,
    session: sample.session,
    onDone: () => log('bilan demandé'),
    progress: sample.progress,
  });
}
