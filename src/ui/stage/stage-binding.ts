import type { StepView } from '../../core/scenario';
import type { Role, Verdict } from '../../core/scoring';
import { EMPTY_CAST_MEMORY, enterStep, type CastMemory } from './cast-memory';
import { presentCast, type CastMember, type CastStage } from './cast-presenter';
import type { ObjectsStage } from './classify-staging';

/** What a flow gives the scenario host so that the scenario's people stand in the room. */
export interface ScenarioStage {
  /** Cast id → role, from the scenario file (the maire's face follows her confidence, the others' the player). */
  readonly roles: Readonly<Record<string, Role>>;
  /** The maire's confidence trend (see `CastInput.confidence`), read at every step. */
  confidence(): number;
  /** Draws the model on the canvas, or empties the room (null). */
  show(stage: CastStage | null): void;
  /** Where a staged step's handled objects are drawn, when the shell's canvas can draw them. */
  readonly objects?: ObjectsStage;
}

export interface StageBinding {
  /** The model of the step `view`, shown on the canvas; `expired` when the last step's timer ran out. */
  update(view: StepView, expired: boolean, verdicts: readonly Verdict[]): CastStage;
  /** Empties the room (the scenario is over or left). */
  clear(): void;
}

/**
 * Keeps the stage's memory from step to step and hands each step's model to the canvas. Only speakers come on
 * stage, so the cast is learnt from the speakers' views (their names already resolved by the core).
 */
export function bindStage(stage: ScenarioStage): StageBinding {
  let memory: CastMemory = EMPTY_CAST_MEMORY;
  const cast = new Map<string, CastMember>();
  return {
    update(view, expired, verdicts) {
      const { speaker } = view;
      if (speaker) cast.set(speaker.id, { ...speaker, role: stage.roles[speaker.id] ?? 'usager' });
      memory = enterStep(memory, view, { expired, verdicts });
      const model = presentCast({ view, cast: [...cast.values()], memory, confidence: stage.confidence() });
      stage.show(model);
      return model;
    },
    clear: () => stage.show(null),
  };
}
