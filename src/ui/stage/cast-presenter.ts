import { PERSON_SIZE, isPortraitKey, type Expression, type PortraitKey } from '../../core/assets';
import type { StepView } from '../../core/scenario';
import type { Role } from '../../core/scoring';
import type { CastMemory } from './cast-memory';
import { stagingOf } from './stage-slots';

/** A member of the scenario's cast, as the scenario file names them. */
export interface CastMember {
  readonly id: string;
  /** Display name, resolved: « Mme Hélène Garnier, maire ». */
  readonly name: string;
  readonly portrait: string;
  readonly role: Role;
}

/** A rectangle on the 1 280 × 720 stage. */
export interface StageBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface StagedPerson {
  readonly id: string;
  readonly name: string;
  readonly portrait: PortraitKey;
  readonly expression: Expression;
  readonly speaking: boolean;
  /** Middle of the feet. */
  readonly x: number;
  readonly feetY: number;
  readonly scale: number;
  readonly bounds: StageBounds;
}

/** Where the speech box stands: beside the speaker, its tail at `y` pointing to `x` (stage coordinates). */
export interface SpeechAnchor {
  /** The side of the speaker the box is on. */
  readonly side: 'left' | 'right';
  readonly x: number;
  readonly y: number;
}

/** What stands on stage at a step: the scene draws it, the overlay mirrors it. Plain JSON. */
export interface CastStage {
  readonly room: string | null;
  readonly people: readonly StagedPerson[];
  /** Null when the step's panel is not a speech (a form, a table, documents to read…). */
  readonly speech: SpeechAnchor | null;
  /** Top of the room's foreground drawn over the people (the guichet's counter), or null. */
  readonly foregroundTop: number | null;
  /** The accessible mirror of the canvas: « Dans la pièce : … ». */
  readonly mirror: string;
}

export interface CastInput {
  readonly view: StepView;
  readonly cast: readonly CastMember[];
  readonly memory: CastMemory;
  /**
   * How the maire's confidence stands against its usual level (the meter's change in this scenario, or the
   * year's meter minus its starting value): she smiles above it, worries and then frowns below.
   */
  readonly confidence: number;
}

/** The maire's face for a confidence trend. */
export function confidenceMood(confidence: number): Expression {
  if (confidence >= 1) return 'pleased';
  if (confidence <= -6) return 'annoyed';
  if (confidence <= -2) return 'worried';
  return 'neutral';
}

const MOOD_TEXT: Readonly<Record<Expression, string | null>> = {
  neutral: null,
  speaking: null,
  pleased: 'l’air satisfait',
  worried: 'l’air inquiet',
  annoyed: 'l’air contrarié',
};

/** « Mme Fabre (parle, l’air satisfait) »: who, whether they speak, their mood. */
function mirrorOf(person: StagedPerson): string {
  const states = [person.speaking ? 'parle' : null, MOOD_TEXT[person.expression]].filter(
    (state): state is string => state !== null,
  );
  return states.length === 0 ? person.name : `${person.name} (${states.join(', ')})`;
}

/** Steps whose panel is what the speaker says: it becomes a speech box beside them. */
function isSpeech(view: StepView): boolean {
  if (view.kind === 'dialogue' || view.kind === 'end') return true;
  return view.kind === 'choice' && (view.documents ?? []).length === 0;
}

function memberOf(input: CastInput, id: string): CastMember | null {
  const member = input.cast.find((candidate) => candidate.id === id);
  if (member) return member;
  // A speaker the cast list does not know (a session that gives no cast) still stands on stage.
  const { speaker } = input.view;
  return speaker?.id === id ? { ...speaker, role: input.view.role } : null;
}

function expressionOf(input: CastInput, member: CastMember, speaking: boolean): Expression {
  const mood =
    member.role === 'maire'
      ? confidenceMood(input.confidence)
      : (input.memory.reactions[member.id] ?? 'neutral');
  return mood === 'neutral' && speaking ? 'speaking' : mood;
}

/** Who stands where, with which face, for the step `input.view`; pure. */
export function presentCast(input: CastInput): CastStage {
  const room = input.memory.scene;
  const staging = stagingOf(room);
  const people: StagedPerson[] = [];
  for (const id of input.memory.onStage) {
    const member = memberOf(input, id);
    const slot = staging.slots[people.length];
    if (!member || !slot || !isPortraitKey(member.portrait)) continue;
    const speaking = input.view.speaker?.id === id;
    const width = PERSON_SIZE.width * slot.scale;
    const height = PERSON_SIZE.height * slot.scale;
    people.push({
      id,
      name: member.name,
      portrait: member.portrait,
      expression: expressionOf(input, member, speaking),
      speaking,
      x: slot.x,
      feetY: slot.feetY,
      scale: slot.scale,
      bounds: { x: slot.x - width / 2, y: slot.feetY - height, width, height },
    });
  }
  const speaker = people.find((person) => person.speaking);
  const speech =
    speaker && isSpeech(input.view)
      ? {
          side: speaker.x < 700 ? ('right' as const) : ('left' as const),
          x: speaker.x < 700 ? speaker.bounds.x + speaker.bounds.width : speaker.bounds.x,
          // The mouth: a fifth of the way down the figure.
          y: speaker.bounds.y + speaker.bounds.height * 0.22,
        }
      : null;
  return {
    room,
    people,
    speech,
    foregroundTop: staging.foregroundTop,
    mirror:
      people.length === 0
        ? 'Personne dans la pièce.'
        : `Dans la pièce : ${people.map(mirrorOf).join(' ; ')}.`,
  };
}
