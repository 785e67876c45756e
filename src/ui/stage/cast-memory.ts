import type { StepView } from '../../core/scenario';
import type { Verdict } from '../../core/scoring';
import { MAX_ON_STAGE } from './stage-slots';

/** How a person reacted to the player's last decision about them. */
export type Reaction = 'pleased' | 'annoyed';

/**
 * What the stage remembers between steps, so that a person stays in the room while the player works on their
 * case, and keeps the face the player's decision gave them. Plain data, replaced at every step.
 */
export interface CastMemory {
  /** Room of the last step shown. */
  readonly scene: string | null;
  /** Cast ids in the room, in order of arrival (their slots). */
  readonly onStage: readonly string[];
  /** Who spoke at the last step. */
  readonly speaker: string | null;
  readonly reactions: Readonly<Record<string, Reaction>>;
  /** Evidence already read, so that only a new decision moves a face. */
  readonly evidenceCount: number;
}

export const EMPTY_CAST_MEMORY: CastMemory = {
  scene: null,
  onStage: [],
  speaker: null,
  reactions: {},
  evidenceCount: 0,
};

/** How the player left the last step. */
export interface StepOutcome {
  /** The step's timer ran out before the player answered. */
  readonly expired: boolean;
  /** Verdicts of every decision so far (the session's evidence), in order. */
  readonly verdicts: readonly Verdict[];
}

const GOOD: ReadonlySet<Verdict> = new Set(['conforme', 'acceptable']);

/** The reaction of whoever the last step was about: kept waiting, wronged or well served. */
function reactionTo(outcome: StepOutcome, evidenceCount: number): Reaction | null {
  if (outcome.expired) return 'annoyed';
  const fresh = outcome.verdicts.slice(evidenceCount);
  if (fresh.length === 0) return null;
  return fresh.every((verdict) => GOOD.has(verdict)) ? 'pleased' : 'annoyed';
}

/**
 * The memory once `view` is shown after `outcome`. The person the last step was about (its speaker, or else the
 * last to arrive in the room) takes the reaction; a person stays on stage while the room stays the same, and
 * leaves with their reaction when it changes.
 */
export function enterStep(memory: CastMemory, view: StepView, outcome: StepOutcome): CastMemory {
  const reaction = reactionTo(outcome, memory.evidenceCount);
  const concerned = memory.speaker ?? memory.onStage[memory.onStage.length - 1] ?? null;
  const reactions =
    reaction !== null && concerned !== null
      ? { ...memory.reactions, [concerned]: reaction }
      : memory.reactions;
  const scene = view.scene ?? memory.scene;
  const speaker = view.speaker?.id ?? null;
  const stayed = scene === memory.scene ? memory.onStage : [];
  const arrived = speaker !== null && !stayed.includes(speaker) ? [...stayed, speaker] : stayed;
  // When the room is full, the earliest arrival leaves (never the speaker, who arrived last).
  const onStage = arrived.slice(-MAX_ON_STAGE);
  return {
    scene,
    onStage,
    speaker,
    reactions: Object.fromEntries(Object.entries(reactions).filter(([id]) => onStage.includes(id))),
    evidenceCount: outcome.verdicts.length,
  };
}
