import { describe, expect, it } from 'vitest';
import { autoplay, compileScenario, type ScenarioFile } from '../../../../src/core/scenario';
import { repoCatalogue } from './repo-scenarios';

const catalogue = repoCatalogue();

/** Every text of a scenario long enough not to be a step key or an option id by chance. */
function textsOf(scenario: ScenarioFile): string[] {
  return [scenario.title, ...Object.values(scenario.texts)].filter((text) => text.length > 24);
}

/** A scenario whose only step enters `child` as a sub-scenario, then ends as the child does. */
function wrapping(child: ScenarioFile): ScenarioFile {
  const end = Object.entries(child.steps).find(([, step]) => step.type === 'end');
  if (!end) throw new Error(`${child.id} n’a pas d’étape de fin`);
  const [endId, endStep] = end;
  return {
    ...child,
    id: `${child.id}-enveloppe`,
    start: 'dossier',
    steps: { dossier: { type: 'sub', scenario: child.id, next: endId }, [endId]: endStep },
  };
}

describe('the machine of a scenario', () => {
  it.each(Object.keys(catalogue.scenarios))(
    '%s: its config is plain JSON of keys and small params, with no text of the file',
    (id) => {
      const scenario = catalogue.scenarios[id];
      if (!scenario) throw new Error(id);
      const config = JSON.stringify(compileScenario(scenario, catalogue.scenarios).machine.config);
      expect(JSON.parse(config)).toMatchObject({ id, initial: scenario.start });
      for (const text of textsOf(scenario)) expect(config).not.toContain(text);
      expect(config).not.toContain('"scoring"');
      expect(config).not.toContain('"texts"');
    },
  );

  it('enters a sub-scenario from a table of children: the config names it, the run plays it to the end', () => {
    const child = catalogue.scenarios['premier-jour'];
    if (!child) throw new Error('premier-jour');
    const parent = wrapping(child);
    const program = compileScenario(parent, { [child.id]: child });
    const config = JSON.stringify(program.machine.config);
    expect(config).toContain('{"type":"enterSubScenario","params":{"scenario":"premier-jour"}}');
    for (const text of textsOf(child)) expect(config).not.toContain(text);
    const played = autoplay(program, { seed: 3 }, 'good', 1);
    expect(played.stoppedBecause).toBeNull();
    expect(played.visited[0]).toBe(`dossier/${child.start}`);
    expect(played.snapshot.context.evidence.length).toBeGreaterThan(0);
  });
});
