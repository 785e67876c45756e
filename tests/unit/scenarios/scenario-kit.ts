import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../../src/core/report';
import {
  advanceRun,
  autoplay,
  compileScenario,
  openScenarioSession,
  seedPerVariant,
  startRun,
  viewOf,
  type ScenarioEvent,
  type ScenarioFile,
  type ScenarioProgram,
  type ScenarioSnapshot,
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

/** A choice as the views send it. */
export const choose = (optionId: string): ScenarioEvent => ({ type: 'user.choose', optionId });

/** A submission as the views send it. */
export const submit = (values: Record<string, string | number>): ScenarioEvent => ({
  type: 'user.submit',
  values,
});

/** The evidence a run recorded at a step. */
export const evidenceOf = (snapshot: ScenarioSnapshot, step: string) =>
  snapshot.context.evidence.find((item) => item.step === step);

/**
 * Plays the good bot from a seed, except at the steps named in `overrides`, where the given event is sent instead
 * (each at most once); returns the finished run, the overrides used and the steps visited.
 */
export function playGoodBotExcept(
  program: ScenarioProgram,
  seed: number,
  overrides: Readonly<Record<string, ScenarioEvent>>,
) {
  let snapshot: ScenarioSnapshot = startRun(program, { seed });
  const used = new Set<string>();
  const visited: string[] = [];
  for (let guard = 0; guard < 100 && snapshot.status === 'active'; guard += 1) {
    const stepId = viewOf(program, snapshot)?.stepId ?? '';
    visited.push(stepId);
    const override = overrides[stepId];
    if (override && !used.has(stepId)) {
      used.add(stepId);
      const step = advanceRun(program, snapshot, override);
      if (!step.accepted) throw new Error(`refusé à ${stepId}`);
      snapshot = step.snapshot;
      continue;
    }
    const next = autoplay(program, { seed }, 'good', seed, 1, snapshot).snapshot;
    if (next === snapshot) break;
    snapshot = next;
  }
  return { snapshot, used, visited };
}

/** The values of a scenario's axes that none of its written variants picks (`axis.value`), from its source file. */
export function unpickedAxisValues(id: string): string[] {
  const source = JSON.parse(readFileSync(join(process.cwd(), 'scenarios', `${id}.json`), 'utf8')) as {
    axes?: Record<string, { id: string }[]>;
    variants?: { pick?: Record<string, string> }[];
  };
  return Object.entries(source.axes ?? {}).flatMap(([axis, values]) => {
    const picked = new Set((source.variants ?? []).map((variant) => variant.pick?.[axis]));
    return values.filter((value) => !picked.has(value.id)).map((value) => `${axis}.${value.id}`);
  });
}
