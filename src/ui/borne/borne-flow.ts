import { createActor } from 'xstate';
import type { AppEvent } from '../../app/app-events';
import { readVisit, type BorneConfig } from '../../core/borne';
import type { Result } from '../../core/result';
import {
  compileScenario,
  openScenarioSession,
  type Catalogue,
  type ScenarioSession,
} from '../../core/scenario';
import type { Scalar } from '../../core/scenario/format/schema';
import { showScenario as hostScenario, type GameServices } from '../scenario-screen';
import { castRoles, confidenceTrend } from '../stage/stage-sources';
import { ATTRACT_TABLEAUX } from './attract-presenter';
import { attractScreen, endingScreen, unavailableScreen } from './borne-screens';
import { presentEnding } from './ending-presenter';
import { idleMachine } from './idle-machine';
import { createIdleCountdown, mountOperatorExit } from './kiosk-dialogs';

/** Seconds each picture of the attract loop stays on screen. */
const TABLEAU_MS = 6000;

/** The organiser's data file, in the bundled data. */
export const BORNE_CONFIG_FILE = 'scenarios/borne/borne.json';

/** What the kiosk needs of the page, given by the composition root in `?mode=borne`. */
export interface KioskHost {
  /** Runs `run` every `ms` milliseconds until the returned function is called. */
  readonly every: (run: () => void, ms: number) => () => void;
  readonly reducedMotion: () => boolean;
  /** Puts the accessibility settings back as they were before the visitor (nothing of them is kept). */
  readonly forgetSettings: () => void;
  readonly now: () => number;
  /** Leaves the kiosk mode (the operator's code was right). */
  readonly leave: () => void;
  /** Where the kiosk's dialogs live, and the page whose touches mean « someone is here ». */
  readonly dialogs: HTMLElement;
  readonly page: Pick<Document, 'addEventListener'>;
}

export interface BorneFlowDeps extends GameServices, KioskHost {
  readonly catalogue: Catalogue;
  readonly worldVars: Readonly<Record<string, Scalar>>;
  /** The organiser's data file, read; a broken one is shown in French instead of the kiosk. */
  readonly config: Result<BorneConfig, string>;
  readonly send: (event: AppEvent) => void;
  readonly drawSeed: () => number;
}

/** The kiosk's three screens, rendered when the app machine enters their state. */
export interface BorneFlow {
  showAttract(): void;
  showVisit(): void;
  showEnding(): void;
}

/**
 * « Découvrir le métier »: the attract loop, a five-minute visit (the taste scenario in the scenario host), its
 * ending; an idle watch that warns, then forgets the visitor. Nothing is written anywhere: the visit lives in
 * this closure until the next reset.
 */
export function createBorneFlow(deps: BorneFlowDeps): BorneFlow {
  const { shell, send } = deps;
  const config = deps.config.ok ? deps.config.value : null;
  let visit: ScenarioSession | null = null;
  const countdown = createIdleCountdown(deps.dialogs, (text) => deps.narrator.announce(text));
  const idle = createActor(idleMachine, {
    input: { idleSeconds: config?.idleSeconds ?? 60, countdownSeconds: config?.countdownSeconds ?? 20 },
  });
  idle.on('idle.countdown', ({ remaining }) => countdown.show(remaining));
  idle.on('idle.cancelled', () => countdown.close());
  idle.on('idle.reset', () => {
    countdown.close();
    send({ type: 'borne.reset' });
  });
  idle.start();
  for (const type of ['pointerdown', 'keydown', 'touchstart'] as const)
    deps.page.addEventListener(type, () => idle.send({ type: 'user.activity' }), { passive: true });
  if (config)
    mountOperatorExit(deps.dialogs, deps.dialogs, {
      code: config.operatorCode,
      now: deps.now,
      leave: deps.leave,
    });

  const openSettings = () => send({ type: 'settings.open' });

  function showAttract(): void {
    idle.send({ type: 'watch.stop' });
    visit = null;
    deps.forgetSettings();
    if (!config) {
      shell.screens.show(
        unavailableScreen(deps.config.ok ? '' : deps.config.error, () => send({ type: 'app.menu' })),
      );
      return;
    }
    let index = 0;
    const listeners = new Set<() => void>();
    const showTableau = () => {
      const tableau = ATTRACT_TABLEAUX[index % ATTRACT_TABLEAUX.length];
      if (!tableau) return;
      shell.showRoom(tableau.room);
      shell.showCast(tableau.stage);
      listeners.forEach((listener) => listener());
    };
    showTableau();
    shell.screens.show(
      attractScreen({
        invitation: config.invitation,
        caption: () => ATTRACT_TABLEAUX[index % ATTRACT_TABLEAUX.length]?.caption ?? '',
        mirror: () => ATTRACT_TABLEAUX[index % ATTRACT_TABLEAUX.length]?.stage.mirror ?? '',
        subscribeCaption(listener) {
          listeners.add(listener);
          // With reduced motion the mairie stays on one picture: nothing moves by itself (WCAG 2.2.2).
          const stop = deps.reducedMotion()
            ? () => undefined
            : deps.every(() => {
                index += 1;
                showTableau();
              }, TABLEAU_MS);
          return () => {
            stop();
            listeners.delete(listener);
          };
        },
        onStart: () => send({ type: 'borne.start' }),
        onSettings: openSettings,
      }),
    );
  }

  function showVisit(): void {
    const scenario = config ? deps.catalogue.scenarios[config.scenario] : undefined;
    if (!scenario) {
      deps.narrator.announce('La visite n’est pas disponible.');
      send({ type: 'borne.reset' });
      return;
    }
    shell.showCast(null);
    idle.send({ type: 'watch.start' });
    const program = compileScenario(scenario, deps.catalogue.scenarios);
    const session = openScenarioSession(program, { seed: deps.drawSeed(), worldVars: deps.worldVars });
    visit = session;
    hostScenario(
      deps,
      session,
      () => send({ type: 'borne.done' }),
      {
        roles: castRoles(scenario),
        confidence: () => confidenceTrend(session.snapshot().context.meterChanges),
      },
      // A visitor tastes the job: no network to ask, no week to spend.
      { kicker: 'Découvrir le métier', network: false },
    );
  }

  function showEnding(): void {
    if (!config) return;
    shell.showCast(null);
    const reading = readVisit(visit?.evidence() ?? [], config);
    shell.screens.show(
      endingScreen({
        model: presentEnding(reading, config),
        onRestart: () => send({ type: 'borne.reset' }),
        onSettings: openSettings,
      }),
    );
  }

  return { showAttract, showVisit, showEnding };
}
