import type { Flows } from '../flows';
import type { BorneFlow } from '../ui/borne/borne-flow';
import { kioskLoadingScreen } from '../ui/borne/borne-screens';
import type { Shell } from '../ui/shell';
import type { AppScreen } from './app-events';

function kioskOf(flows: Flows): BorneFlow {
  if (!flows.borne) throw new Error('Écran de la borne demandé hors du mode borne.');
  return flows.borne;
}

/**
 * Renders the screen the app machine entered (its `app.screen` event). The practice and year screens need the
 * flows' chunk, which the machine loads (`loadFlows`) before it enters any of their states.
 */
export function showScreen(screen: AppScreen, shell: Shell, flows: Flows | null): void {
  if (screen.name === 'title') return shell.showTitle();
  if (screen.name === 'settings') return shell.openSettings();
  if (screen.name === 'borne.loading') return shell.screens.show(kioskLoadingScreen());
  if (!flows) throw new Error(`Écran ${screen.name} demandé avant le chargement des scénarios.`);
  switch (screen.name) {
    case 'practice.catalogue':
      return flows.practice.showCatalogue();
    case 'practice.scenario':
      return flows.practice.showScenario(screen.scenarioId, screen.seed);
    case 'practice.report':
      return flows.practice.showReport();
    case 'year.setup':
      return flows.year.showSetup();
    case 'year.hub':
      return shell.showHub();
    case 'year.desk':
      return flows.year.showDesk();
    case 'year.scenario':
      return flows.year.showActivity(screen.activityId);
    case 'year.bilan':
      return flows.year.showBilan();
    case 'saves':
      return flows.year.showSaves(screen.message);
    case 'borne.attract':
      return kioskOf(flows).showAttract();
    case 'borne.visit':
      return kioskOf(flows).showVisit();
    case 'borne.ending':
      return kioskOf(flows).showEnding();
    case 'binome':
      return flows.binome.show();
    case 'facilitator':
      return flows.facilitator.show();
  }
}
