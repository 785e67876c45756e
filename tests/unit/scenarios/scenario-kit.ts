import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../../src/core/report';
import {
  compileScenario,
  openScenarioSession,
  seedPerVariant,
  type ScenarioEvent,
  type ScenarioFile,
  type ScenarioProgram,
} from '../../../src/core/scenario';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { repoCatalogue } from '../core/scenario/repo-scenarios';

/** A scenario of the repository, compiled with the whole catalogue as its library. */
export function repoScenario(id: string): { scenario: ScenarioFile; program: ScenarioProgram } {
  const catalogue = repoCatalogue();
  const scenario = catalogue.scenarios[id];
  if (!scenario) throw new Error(`scénario ${id} introuvable`);
  return { scenario, program: compileScenario(scenario, catalogue.scenarios) };
}

/** A script of events kept under tests/fixtures/scenarios/<id>/. */
export function fixtureScript(id: string, name: string): ScenarioEvent[] {
  return JSON.parse(
    readFileSync(join(process.cwd(), 'tests/fixtures/scenarios', id, name), 'utf8'),
  ) as ScenarioEvent[];
}

/** Plays a script through a session, as the views would: every event must be accepted. */
export function playScript(program: ScenarioProgram, seed: number, events: readonly ScenarioEvent[]) {
  const session = openScenarioSession(program, { seed });
  events.forEach((event, index) => {
    const outcome = session.send(event);
    if (!outcome.accepted) throw new Error(`événement ${index} refusé : ${JSON.stringify(outcome)}`);
  });
  return session;
}

/** The overall mark /20 of a list of evidence (-1 when nothing is assessed). */
export function markOf(scenario: ScenarioFile, evidence: readonly Evidence[]): number {
  const report = buildReport({ title: scenario.title, playedOn: '2026-11-23', evidence });
  if (!report.ok) throw new Error(report.error);
  return report.value.overall.mark ?? -1;
}

/** Each evidence as [step, verdict], for exact assertions. */
export function verdicts(evidence: readonly Evidence[]): [string, string][] {
  return evidence.map((item) => [item.step, item.verdict]);
}

/** The first seed drawing a variant. */
export function seedOf(program: ScenarioProgram, variant: string): number {
  const seed = seedPerVariant(program).get(variant);
  if (seed === undefined) throw new Error(`aucune graine pour ${variant}`);
  return seed;
}
