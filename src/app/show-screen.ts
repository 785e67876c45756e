import type { Flows } from '../flows';
import type { Shell } from '../ui/shell';
import type { AppScreen } from './app-events';

/**
 * Renders the screen the app machine entered (its `app.screen` event). The practice and year screens need the
 * flows' chunk, which the machine loads (`loadFlows`) before it enters any of their states.
 */
export function showScreen(screen: AppScreen, shell: Shell, flows: Flows | null): void {
  if (screen.name === 'title') return shell.showTitle();
  if (screen.name === 'settings') return shell.openSettings();
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
  }
}
