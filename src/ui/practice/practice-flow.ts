import { isRoomKey, isSoundKey } from '../../core/assets';
import type { IsoDate } from '../../core/dates';
import { buildReport } from '../../core/report';
import {
  compileScenario,
  openScenarioSession,
  type Catalogue,
  type ScenarioSession,
} from '../../core/scenario';
import type { Scalar } from '../../core/scenario/format/schema';
import type { AudioPort } from '../../audio/audio-port';
import { resolveDocumentImage, resolvePortrait } from '../asset-urls';
import type { Narrator } from '../narrator';
import { debriefScreen } from '../screens/debrief';
import { scenarioHostScreen } from '../screens/scenario-host';
import type { TimerMode } from '../settings/settings';
import type { Shell } from '../shell';
import type { Subtitles } from '../sound/subtitles';
import { presentPractice } from './practice-presenter';
import { practiceScreen } from './practice-screen';

export interface PracticeFlowDeps {
  readonly shell: Shell;
  readonly catalogue: Catalogue;
  readonly narrator: Narrator;
  readonly subtitles: Subtitles;
  readonly audio: AudioPort;
  readonly timerMode: () => TimerMode;
  /** Today's real date, for the report (the core reads no clock). */
  readonly today: () => IsoDate;
  /** A fresh seed when the player gives no session code. */
  readonly drawSeed: () => number;
  /** What the world (the commune) gives every scenario. */
  readonly worldVars: Readonly<Record<string, Scalar>>;
}

export interface PracticeFlow {
  /** Shows the catalogue of « mises en situation ». */
  open(): void;
  /** Plays one scenario alone, then shows its debrief. */
  start(scenarioId: string, seed: number | null): void;
}

/**
 * « Mise en situation »: the catalogue, one scenario alone in the scenario host, then its debrief marked /20.
 * The flow only wires screens to the core; every rule and mark comes from the core.
 */
export function createPracticeFlow(deps: PracticeFlowDeps): PracticeFlow {
  const { shell, catalogue } = deps;
  const titles = Object.fromEntries(Object.values(catalogue.scenarios).map((s) => [s.id, s.title]));

  function showDebrief(session: ScenarioSession, scenarioId: string, seed: number | null): void {
    const report = buildReport({
      title: session.title,
      playedOn: deps.today(),
      evidence: session.evidence(),
      scenarioTitles: titles,
    });
    if (!report.ok) {
      deps.narrator.announce(`Le bilan n’a pas pu être établi : ${report.error}`);
      open();
      return;
    }
    shell.screens.show(
      debriefScreen({
        report: report.value,
        announce: (text) => deps.narrator.announce(text),
        onReplay: () => start(scenarioId, seed),
        onBack: () => open(),
      }),
    );
  }

  function start(scenarioId: string, code: number | null): void {
    const scenario = catalogue.scenarios[scenarioId];
    if (!scenario) {
      deps.narrator.announce('Ce scénario n’est pas disponible.');
      return;
    }
    const seed = code ?? deps.drawSeed();
    const session = openScenarioSession(compileScenario(scenario, catalogue.scenarios), {
      seed,
      worldVars: deps.worldVars,
    });
    // Sound only: the host shows the subtitle and says narration cues itself.
    session.onCue((cue) => {
      if (cue.sound === undefined || !isSoundKey(cue.sound)) return;
      if (cue.kind === 'ambience') deps.audio.playAmbience(cue.sound);
      else if (cue.kind === 'sfx') deps.audio.playSfx(cue.sound);
    });
    shell.screens.show(
      scenarioHostScreen({
        session,
        announce: (text) => deps.narrator.announce(text),
        showSubtitle: (text) => deps.subtitles.show(text),
        resolvePortrait,
        resolveDocumentImage,
        timerMode: deps.timerMode,
        onScene: (scene) => {
          if (isRoomKey(scene)) shell.showRoom(scene);
        },
        onDone: () => showDebrief(session, scenarioId, code),
      }),
    );
  }

  function open(): void {
    shell.showRoom('mairie');
    shell.screens.show(
      practiceScreen({
        model: presentPractice(catalogue),
        onStart: start,
        onBack: () => shell.showTitle(),
      }),
    );
  }

  return { open, start };
}
