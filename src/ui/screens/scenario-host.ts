import { h } from '../dom';
import '../styles/views.css';
import type {
  NetworkContact,
  NetworkView,
  ScenarioEvent,
  ScenarioSessionPort,
  StepView,
} from '../../core/scenario';
import { documentsPanel } from '../views/documents-panel';
import { mountStepView } from '../views/mount-step-view';
import { createNetworkPanel } from '../views/network-panel';
import { arrivalText, arrivedAnswers } from './network-presenter';
import { stepAnnouncement } from '../views/step-summary';
import type { TimerMode } from '../settings/settings';
import type { TimerClock } from '../views/step-timer-machine';
import { timerStartText } from '../views/timer-presenter';
import { mountTimer, type MountedTimer } from '../views/timer-view';
import type { ImageResolver, MountedView } from '../views/view-types';
import { bindStage, type ScenarioStage } from '../stage/stage-binding';
import { createStageMirror } from '../stage/stage-mirror';
import { stageClassify, type ClassifyStaging } from '../stage/classify-staging';
import {
  isSpoken,
  joinAnnouncements,
  presentHostHeader,
  refusalAnnouncement,
  type StepProgress,
} from './scenario-host-presenter';
import type { Screen } from './screen-host';

/** `data-screen` of the overlay while a scenario runs. */
export const SCENARIO_SCREEN_ID = 'scenario';

export interface ScenarioHostOptions {
  readonly session: ScenarioSessionPort;
  /** Says a text in the overlay's live region (the narrator). */
  readonly announce: (text: string) => void;
  /** Shows a cue's subtitle (the shell decides how long and whether subtitles are on). */
  readonly showSubtitle: (text: string) => void;
  /** Portrait key → URL (assets registry). */
  readonly resolvePortrait: ImageResolver;
  /** Document kind → paper image URL (assets registry), optional. */
  readonly resolveDocumentImage?: ImageResolver;
  /** Called by the end step's « Voir le bilan ». */
  readonly onDone: () => void;
  /** The player's timer setting, read at each timed step (normal when omitted). */
  readonly timerMode?: () => TimerMode;
  /** Clock of the timers' delays; the browser's when omitted. */
  readonly timerClock?: TimerClock;
  /** Step progress, when the session can tell it. */
  readonly progress?: () => StepProgress | null;
  /** The line above the title (« Mise en situation » unless the flow says otherwise: the kiosk's visit). */
  readonly kicker?: string;
  /** Called when a step names a scene (room key of the assets registry): the shell shows it behind. */
  readonly onScene?: (scene: string) => void;
  /** The people of the scenario in the room, when the shell has a stage to draw them on. */
  readonly stage?: ScenarioStage;
  /** Offers « Demander au réseau » (true when omitted; the kiosk's visitors have no network to ask). */
  readonly network?: boolean;
  /** Called when an answer of the network arrives (the shell plays the mail or the phone). */
  readonly onNetworkAnswer?: (contact: NetworkContact) => void;
}

export interface ScenarioHost {
  readonly root: HTMLElement;
  /** Unsubscribes from the session, stops the timer and removes the DOM. */
  unmount(): void;
}

/**
 * The scenario screen: mounts the view of the session's current step, re-renders on every accepted event,
 * routes the views' intents to the session and shows refused input, says each new step in the live region
 * and moves focus to its heading, runs the step timer, shows cue subtitles.
 */
export function mountScenarioHost(container: HTMLElement, options: ScenarioHostOptions): ScenarioHost {
  const { session } = options;
  const titleId = 'scenario-host-titre';
  const kicker = h('p', { class: 'v-host__kicker' });
  const title = h('h1', { class: 'v-host__title', attrs: { id: titleId } });
  const date = h('time', { class: 'v-host__date' });
  const progress = h('p', { class: 'v-host__progress' });
  const timerSlot = h('div', { class: 'v-host__timer' });
  const stepSlot = h('div', { class: 'v-host__step' });
  const documentsSlot = h('div', { class: 'v-host__documents' });
  const mirror = createStageMirror();
  const network =
    options.network === false
      ? null
      : createNetworkPanel((contact) => send({ type: 'network.ask', contact }));
  const root = h('section', { class: 'v-host', attrs: { 'aria-labelledby': titleId } }, [
    h('header', { class: 'v-host__header' }, [
      h('div', { class: 'v-host__heading' }, [kicker, title]),
      h('div', { class: 'v-host__meta' }, [
        h('p', {}, [h('span', { class: 'v-sr-only', text: 'Date dans le jeu : ' }), date]),
        progress,
      ]),
      timerSlot,
      network?.element,
    ]),
    mirror.element,
    h('div', { class: 'v-host__stage' }, [stepSlot, documentsSlot]),
  ]);

  let current: MountedView | null = null;
  let timer: MountedTimer | null = null;
  let lastScene: string | null = null;
  const stage = options.stage ? bindStage(options.stage) : null;
  /** The current step's handled objects on the canvas, when the step is staged and the canvas can take them. */
  let staging: ClassifyStaging | null = null;
  /** The last event sent was the timer's: the person kept waiting shows it at the next step. */
  let expired = false;
  /** Narration and expiry texts waiting to be said with the next step. */
  const pending: string[] = [];
  /** The last event sent was a question to the network: the step stays, only the panel changes. */
  let askedNetwork = false;
  let lastNetwork: NetworkView | undefined;

  const send = (event: ScenarioEvent) => {
    // Set before sending: the session renders the next step from inside send.
    expired = event.type === 'timer.expire';
    askedNetwork = event.type === 'network.ask';
    const outcome = session.send(event);
    askedNetwork = false;
    if (!outcome.accepted && current !== null) {
      current.showProblems(outcome.problems);
      options.announce(refusalAnnouncement(outcome.problems.length));
    }
    return outcome;
  };

  function renderHeader(): void {
    const model = presentHostHeader(
      session.title,
      session.currentDate(),
      options.progress?.() ?? null,
      options.kicker,
    );
    kicker.textContent = model.kicker;
    title.textContent = model.title;
    date.textContent = model.dateText;
    if (model.dateIso !== null) date.dateTime = model.dateIso;
    progress.textContent = model.progressText ?? '';
    progress.hidden = model.progressText === null;
  }

  /** Updates the network panel; says and plays the answers that arrived since the last view. */
  function renderNetwork(view: StepView): readonly string[] {
    if (network === null) return [];
    const arrived = arrivedAnswers(lastNetwork, view.network);
    network.update(view.network, arrived.length > 0);
    lastNetwork = view.network;
    for (const answer of arrived) {
      options.showSubtitle(`[${answer.from} : réponse reçue]`);
      options.onNetworkAnswer?.(answer.contact);
    }
    return arrived.map(arrivalText);
  }

  function render(view: StepView): void {
    // A question to the network leaves the step as it is (a form half filled, a running timer).
    if (askedNetwork) {
      const arrived = renderNetwork(view);
      options.announce(joinAnnouncements(['Question envoyée au réseau.', ...arrived]));
      return;
    }
    timer?.destroy();
    timer = null;
    current?.destroy();
    staging?.destroy();
    staging = null;
    delete root.dataset.staged;
    documentsSlot.replaceChildren();
    renderHeader();
    root.dataset.kind = view.kind;
    if (view.scene !== undefined && view.scene !== lastScene) {
      lastScene = view.scene;
      options.onScene?.(view.scene);
    }
    const verdicts = session.evidence().map((evidence) => evidence.verdict);
    const cast = stage?.update(view, expired, verdicts) ?? null;
    const castText = mirror.render(root, cast);
    const objects = options.stage?.objects;
    if (view.kind === 'classify' && view.stage && objects?.available()) {
      staging = stageClassify({ ...view, stage: view.stage }, objects);
      root.dataset.staged = view.stage.objects;
    }
    current = mountStepView(
      stepSlot,
      view,
      {
        send,
        announce: options.announce,
        resolvePortrait: options.resolvePortrait,
        resolveDocumentImage: options.resolveDocumentImage,
        onDone: options.onDone,
      },
      staging?.store,
    );
    if (staging) {
      current.root.append(staging.instructions);
      root.append(staging.mirror);
    }
    const documents = view.kind === 'inspect' ? [] : (view.documents ?? []);
    documentsSlot.hidden = documents.length === 0;
    if (documents.length > 0) {
      documentsSlot.append(
        documentsPanel(documents, {
          idPrefix: `documents-${view.stepId}`,
          resolveImage: options.resolveDocumentImage,
        }),
      );
    }
    current.heading.focus();
    const { timer: timerView } = view;
    if (timerView) {
      // The timer machine expires once per step: timer.expire is sent at most once.
      timer = mountTimer(timerSlot, timerView, {
        mode: options.timerMode?.() ?? 'normal',
        ...(options.timerClock ? { clock: options.timerClock } : {}),
        announce: options.announce,
        onExpire: () => {
          say(timerView.expireLabel);
          send({ type: 'timer.expire' });
        },
      });
    }
    // One message for the live region: a second one at once would replace the first before it is read.
    const timerText = timer === null ? null : timerStartText(timer.state());
    const arrived = renderNetwork(view);
    options.announce(
      joinAnnouncements([...pending.splice(0), ...arrived, stepAnnouncement(view), castText, timerText]),
    );
  }

  /** Queues a text for the next step's announcement, or says it alone if no step follows at once. */
  function say(text: string): void {
    pending.push(text);
    queueMicrotask(() => {
      if (pending.length > 0) options.announce(joinAnnouncements(pending.splice(0)));
    });
  }

  const unsubscribe = session.subscribe(render);
  const unsubscribeCues = session.onCue((cue) => {
    options.showSubtitle(cue.text);
    if (isSpoken(cue)) say(cue.text);
  });
  container.append(root);
  const first = session.view();
  // A resumed run does not say again the answers that arrived before the player left.
  lastNetwork = first.network;
  render(first);

  return {
    root,
    unmount() {
      unsubscribe();
      unsubscribeCues();
      timer?.destroy();
      current?.destroy();
      staging?.destroy();
      stage?.clear();
      root.remove();
    },
  };
}

/** The scenario screen for the shell's screen host (`shell.screens.show(scenarioHostScreen(…))`). */
export function scenarioHostScreen(options: ScenarioHostOptions): Screen {
  return {
    id: SCENARIO_SCREEN_ID,
    title: options.session.title,
    mount(root) {
      const host = mountScenarioHost(root, options);
      return () => host.unmount();
    },
  };
}
