import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactLog, expandEvent } from '../../../../src/core/save';
import {
  advanceRun,
  autoplay,
  legalTexts,
  NETWORK_CONTACTS,
  networkSubject,
  replayRun,
  startRun,
  stepKeyOf,
  viewOf,
  type ScenarioEvent,
  type ScenarioSnapshot,
} from '../../../../src/core/scenario';
import { repoScenario } from '../../scenarios/scenario-kit';

/**
 * The secrétaires de mairie's network (BC01-08): a question at any step waiting for the player, about the
 * nearest scored decision; the answer arrives after `delay` answers; never a change to the score.
 */
const { program } = repoScenario('guichet-etat-civil');
const SEED = 3;
const ask = (contact: (typeof NETWORK_CONTACTS)[number]): ScenarioEvent => ({ type: 'network.ask', contact });

function send(snapshot: ScenarioSnapshot, event: ScenarioEvent): ScenarioSnapshot {
  const step = advanceRun(program, snapshot, event);
  if (!step.accepted) throw new Error(`refusé : ${JSON.stringify(event)} à ${stepKeyOf(snapshot)}`);
  return step.snapshot;
}

/** Advances with the good bot until the run waits at a scored decision. */
function toFirstDecision(): ScenarioSnapshot {
  let snapshot = startRun(program, { seed: SEED });
  for (let guard = 0; guard < 50; guard += 1) {
    if (networkSubject(program.table, stepKeyOf(snapshot))?.distance === 0) return snapshot;
    snapshot = autoplay(program, { seed: SEED }, 'good', SEED, 1, snapshot).snapshot;
  }
  throw new Error('aucune décision atteinte');
}

describe('the network’s subject', () => {
  it('is the step itself at a scored decision, the nearest one ahead elsewhere, none at the end', () => {
    const start = stepKeyOf(startRun(program, { seed: SEED }));
    const ahead = networkSubject(program.table, start);
    expect(ahead?.distance).toBeGreaterThan(0);
    const decision = program.table.steps.get(ahead?.step ?? '')?.step;
    expect(decision && 'decision' in decision ? decision.decision : undefined).toBe(ahead?.decision);
    const endKey = [...program.table.steps].find(([, located]) => located.step.type === 'end')?.[0] ?? '';
    expect(networkSubject(program.table, endKey)).toBeNull();
  });
});

describe('asking the network in a run', () => {
  it('costs the week’s time, is logged, and refuses the same question twice', () => {
    const first = startRun(program, { seed: SEED });
    const asked = send(first, ask('cdg'));
    expect(stepKeyOf(asked)).toBe(stepKeyOf(first));
    expect(asked.context.log).toEqual([ask('cdg')]);
    expect(asked.context.meterChanges).toEqual([
      expect.objectContaining({ meter: 'chargeDeTravail', delta: 2 }),
    ]);
    expect(advanceRun(program, asked, ask('cdg')).accepted).toBe(false);
    expect(advanceRun(program, asked, ask('forum')).accepted).toBe(true);
  });

  it('brings the neighbour’s practice at once, and the legal service’s full answer after the next step', () => {
    let snapshot = send(send(startRun(program, { seed: SEED }), ask('voisin')), ask('cdg'));
    const before = viewOf(program, snapshot)?.network?.answers ?? [];
    expect(before.map((answer) => [answer.contact, answer.status])).toEqual([
      ['voisin', 'recue'],
      ['cdg', 'attendue'],
    ]);
    expect(before[0]?.text).toContain('Je ne me souviens plus de l’article');
    snapshot = autoplay(program, { seed: SEED }, 'good', SEED, 1, snapshot).snapshot;
    const cdg = viewOf(program, snapshot)?.network?.answers[1];
    expect(cdg?.status).toBe('recue');
    const subject = networkSubject(program.table, stepKeyOf(startRun(program, { seed: SEED })));
    expect(cdg?.text).toContain(program.scenario.scoring[subject?.decision ?? '']?.reference ?? '∅');
  });

  it('marks an answer asked at the decision itself as arrived too late', () => {
    let snapshot = send(toFirstDecision(), ask('forum'));
    expect(viewOf(program, snapshot)?.network?.contacts.find((c) => c.id === 'forum')?.asked).toBe(true);
    snapshot = autoplay(program, { seed: SEED }, 'good', SEED, 1, snapshot).snapshot;
    expect(viewOf(program, snapshot)?.network?.answers.map((answer) => answer.status)).toEqual(['tardive']);
  });

  it('is replayed from the log and survives a save’s compact form', () => {
    const snapshot = send(send(startRun(program, { seed: SEED }), ask('forum')), { type: 'user.advance' });
    const replay = replayRun(program, { seed: SEED }, snapshot.context.log);
    expect(replay.refusedAt).toBeNull();
    expect(replay.snapshot.context.network).toEqual(snapshot.context.network);
    const yearLog = snapshot.context.log.map((event) => ({ type: 'activity.event' as const, event }));
    const [compact] = compactLog(yearLog, [0, 0]);
    expect(compact).toEqual(['n', 'forum']);
    expect(expandEvent(compact ?? 'e', 0, () => null)).toEqual({ ok: true, value: yearLog[0] });
  });
});

describe('what the network quotes', () => {
  it.each([
    ['CGCT L2121-7', ['CGCT L2121-7']],
    [
      'RNCP41781 BC01-08 ; code général de la fonction publique L452-38',
      ['code général de la fonction publique L452-38'],
    ],
    ['référentiel RNCP41781 BC02-01 ; CGCT R2213-31', ['CGCT R2213-31']],
    ['RNCP41781 BC02-01 (accueil du public : respect mutuel)', []],
    ['', []],
  ])('quotes « %s » as the legal texts %j, never the référentiel', (reference, texts) => {
    expect(legalTexts(reference)).toEqual(texts);
  });
});

describe('the network never changes the score', () => {
  it('gives the same evidence whatever questions are put along the good path', () => {
    const golden = autoplay(program, { seed: SEED }, 'good', SEED);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(golden.log.length), fc.constantFrom(...NETWORK_CONTACTS)), { maxLength: 8 }),
        (questions) => {
          let snapshot = startRun(program, { seed: SEED });
          golden.log.forEach((event, index) => {
            for (const [at, contact] of questions) {
              if (at !== index) continue;
              const step = advanceRun(program, snapshot, ask(contact));
              if (step.accepted) snapshot = step.snapshot;
            }
            snapshot = send(snapshot, event);
          });
          expect(snapshot.context.evidence).toEqual(golden.snapshot.context.evidence);
          expect(snapshot.status).toBe('done');
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
