import type { AppEvent } from '../../app/app-events';
import type { IsoDate } from '../../core/dates';
import { buildReport } from '../../core/report';
import {
  compileScenario,
  openScenarioSession,
  type Catalogue,
  type ScenarioSession,
} from '../../core/scenario';
import type { Scalar } from '../../core/scenario/format/schema';
import type { LmsLink } from '../../lms/scorm12';
import { takePracticeResume, trackPractice } from '../../lms/track';
import type { XapiLink } from '../../lms/xapi-link';
import { trackPracticeXapi } from '../../lms/xapi-track';
import { debriefScreen } from '../screens/debrief';
import { showScenario as hostScenario, type GameServices } from '../scenario-screen';
import { castRoles, confidenceTrend } from '../stage/stage-sources';
import { presentPractice } from './practice-presenter';
import { practiceScreen } from './practice-screen';

export interface PracticeFlowDeps extends GameServices {
  readonly catalogue: Catalogue;
  /** Today's real date, for the report (the core reads no clock). */
  readonly today: () => IsoDate;
  /** A fresh seed when the player gives no session code. */
  readonly drawSeed: () => number;
  /** What the world (the commune) gives every scenario. */
  readonly worldVars: Readonly<Record<string, Scalar>>;
  /** The player's navigation, sent to the app machine. */
  readonly send: (event: AppEvent) => void;
  /** The learning platform that launched the game on one scenario (SCORM), or null. */
  readonly lms?: LmsLink | null;
  /** The cmi5 platform that launched the game, which hears the runs as xAPI statements, or null. */
  readonly xapi?: XapiLink | null;
}

/** The screens of « Mise en situation », rendered when the app machine enters their state. */
export interface PracticeFlow {
  /** Shows the catalogue of « mises en situation ». */
  showCatalogue(): void;
  /** Plays one scenario alone; its end sends `practice.done`. */
  showScenario(scenarioId: string, seed: number | null): void;
  /** The debrief of the scenario last played, marked /20. */
  showReport(): void;
}

/**
 * « Mise en situation »: the catalogue, one scenario alone in the scenario host, then its debrief marked /20.
 * The flow only wires screens to the core; every rule and mark comes from the core.
 */
export function createPracticeFlow(deps: PracticeFlowDeps): PracticeFlow {
  const { shell, catalogue, send } = deps;
  const titles = Object.fromEntries(Object.values(catalogue.scenarios).map((s) => [s.id, s.title]));
  /** The session last played, which the report marks. */
  let played: ScenarioSession | null = null;
  /** Stops reporting the previous run to the learning platform. */
  let untrack: () => void = () => undefined;

  function showReport(): void {
    const session = played;
    if (!session) {
      send({ type: 'practice.catalogue' });
      return;
    }
    const report = buildReport({
      title: session.title,
      playedOn: deps.today(),
      evidence: session.evidence(),
      scenarioTitles: titles,
    });
    if (!report.ok) {
      deps.narrator.announce(`Le bilan n’a pas pu être établi : ${report.error}`);
      send({ type: 'practice.catalogue' });
      return;
    }
    shell.screens.show(
      debriefScreen({
        report: report.value,
        announce: (text) => deps.narrator.announce(text),
        onReplay: () => send({ type: 'practice.replay' }),
        onBack: () => send({ type: 'practice.catalogue' }),
      }),
    );
  }

  function showScenario(scenarioId: string, code: number | null): void {
    const scenario = catalogue.scenarios[scenarioId];
    if (!scenario) {
      deps.narrator.announce('Ce scénario n’est pas disponible.');
      send({ type: 'practice.catalogue' });
      return;
    }
    const announce = (text: string) => deps.narrator.announce(text);
    // Relaunched by the platform midway: the run is replayed from its seed and log, at the same step.
    const resume = deps.lms ? takePracticeResume(deps.lms, scenario, announce) : null;
    const seed = resume?.seed ?? code ?? deps.drawSeed();
    const program = compileScenario(scenario, catalogue.scenarios);
    const session = openScenarioSession(program, { seed, worldVars: deps.worldVars }, resume?.log ?? []);
    played = session;
    untrack();
    const untrackScorm = deps.lms ? trackPractice(deps.lms, program, session, announce) : () => undefined;
    const untrackXapi = deps.xapi ? trackPracticeXapi(deps.xapi, program, session) : () => undefined;
    untrack = () => {
      untrackScorm();
      untrackXapi();
    };
    hostScenario(deps, session, () => send({ type: 'practice.done' }), {
      roles: castRoles(scenario),
      confidence: () => confidenceTrend(session.snapshot().context.meterChanges),
    });
  }

  function showCatalogue(): void {
    shell.showRoom('mairie');
    shell.screens.show(
      practiceScreen({
        model: presentPractice(catalogue),
        onStart: (scenarioId, seed) => send({ type: 'practice.start', scenarioId, seed }),
        onBack: () => send({ type: 'app.menu' }),
      }),
    );
  }

  return { showCatalogue, showScenario, showReport };
}
