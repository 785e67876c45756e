import type { IsoDate } from '../../core/dates';
import { buildReport } from '../../core/report';
import {
  compileScenario,
  openScenarioSession,
  type Catalogue,
  type ScenarioSession,
} from '../../core/scenario';
import type { Scalar } from '../../core/scenario/format/schema';
import { debriefScreen } from '../screens/debrief';
import { showScenario, type GameServices } from '../scenario-screen';
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
    showScenario(deps, session, () => showDebrief(session, scenarioId, code));
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
