import { describe, expect, it } from 'vitest';
import { seedRng } from '../../../src/core/random/rng';
import {
  advanceRun,
  botEvent,
  compileScenario,
  seedPerVariant,
  startRun,
  type BotStrategy,
  type ScenarioFile,
} from '../../../src/core/scenario';
import { closedDayOf } from '../../../src/core/scenario/format/closed-days';
import { leafPath, locateStep } from '../../../src/core/scenario/runtime/step-path';
import { repoCatalogue } from '../core/scenario/repo-scenarios';

/**
 * The closed-day check reads the files; past a branch it cannot know which way a play goes (« a séance on
 * a Friday: the next step is on Monday »). Here every variant is played by the bots, and every day a play
 * moves to must be a day the mairie is open, or one the scenario, the variant or the step says why.
 */
const catalogue = repoCatalogue();
const PLAYS: readonly [BotStrategy, number][] = [
  ['good', 1],
  ['careless', 1],
  ['random', 1],
  ['random', 2],
  ['random', 3],
];

function closedDaysOfPlay(scenario: ScenarioFile, seed: number, strategy: BotStrategy, botSeed: number) {
  const program = compileScenario(scenario, catalogue.scenarios);
  let snapshot = startRun(program, { seed });
  let rng = seedRng(botSeed);
  const variant = scenario.variants?.find((item) => item.id === snapshot.context.variant);
  const excused = scenario.closedDayReason !== undefined || variant?.closedDayReason !== undefined;
  const problems: string[] = [];
  let dayExcused = false;
  for (let events = 0; snapshot.status === 'active' && events < 500; events += 1) {
    const located = locateStep(program.scenario, program.library, leafPath(snapshot.value));
    if (!located) break;
    const [event, next] = botEvent(located.scenario, located.step, snapshot.context, strategy, rng);
    rng = next;
    const step = advanceRun(program, snapshot, event);
    if (!step.accepted) break;
    const dayChanged = step.snapshot.context.date !== snapshot.context.date;
    snapshot = step.snapshot;
    const entered = locateStep(program.scenario, program.library, leafPath(snapshot.value));
    const reason = entered && 'closedDayReason' in entered.step ? entered.step.closedDayReason : undefined;
    // The step a new day begins with answers for it, as in the file check.
    dayExcused = dayChanged ? reason !== undefined : dayExcused || reason !== undefined;
    const closed = closedDayOf(snapshot.context.date);
    if (dayChanged && closed !== null && !excused && !dayExcused) {
      problems.push(
        `${snapshot.context.variant} › ${leafPath(snapshot.value).join('/')} : ${snapshot.context.date} (${closed})`,
      );
    }
  }
  return problems;
}

describe('the days a play moves to are days the mairie is open (erratum 11)', () => {
  it.each(Object.keys(catalogue.scenarios).sort())('%s: every variant, five bot plays', (id) => {
    const scenario = catalogue.scenarios[id];
    if (!scenario) throw new Error(`scénario ${id} introuvable`);
    const program = compileScenario(scenario, catalogue.scenarios);
    const problems = [...seedPerVariant(program).values()].flatMap((seed) =>
      PLAYS.flatMap(([strategy, botSeed]) => closedDaysOfPlay(scenario, seed, strategy, botSeed)),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it('finds a play that moves to a Saturday when nothing excuses it (the check can fail)', () => {
    const scenario = catalogue.scenarios['conseil-municipal'];
    if (!scenario) throw new Error('scénario conseil-municipal introuvable');
    const onSaturday: ScenarioFile = {
      ...scenario,
      steps: Object.fromEntries(
        Object.entries(scenario.steps).map(([id, step]) => [
          id,
          step.type === 'dialogue' && (step.effects ?? []).some((effect) => effect.type === 'advanceDate')
            ? { ...step, effects: [{ type: 'advanceDate' as const, days: 2 }] }
            : step,
        ]),
      ),
    };
    const program = compileScenario(onSaturday, catalogue.scenarios);
    const problems = [...seedPerVariant(program).values()].flatMap((seed) =>
      closedDaysOfPlay(onSaturday, seed, 'good', 1),
    );
    expect(problems.length).toBeGreaterThan(0);
  });
});
