import { PERSON_SIZE, ROOM_KEYS, type Expression, type PortraitKey, type RoomKey } from '../../core/assets';
import type { CastStage, StagedPerson } from '../stage/cast-presenter';
import { stagingOf } from '../stage/stage-slots';

/** One picture of the attract loop: a room, who is in it, and what happens, said in one line. */
export interface AttractTableau {
  readonly room: RoomKey;
  readonly stage: CastStage;
  /** What happens, for the screen and its readers (« Le téléphone sonne… »). */
  readonly caption: string;
}

interface Figure {
  readonly id: string;
  readonly name: string;
  readonly portrait: PortraitKey;
  readonly expression: Expression;
}

function staged(room: RoomKey, figures: readonly Figure[], caption: string): AttractTableau {
  const staging = stagingOf(room);
  const people = figures.flatMap((figure, index): StagedPerson[] => {
    const slot = staging.slots[index];
    if (!slot) return [];
    const width = PERSON_SIZE.width * slot.scale;
    const height = PERSON_SIZE.height * slot.scale;
    return [
      {
        ...figure,
        speaking: index === 0,
        x: slot.x,
        feetY: slot.feetY,
        scale: slot.scale,
        bounds: { x: slot.x - width / 2, y: slot.feetY - height, width, height },
      },
    ];
  });
  const names = people.map((person) => person.name).join(', ');
  return {
    room,
    caption,
    stage: {
      room,
      people,
      speech: null,
      foregroundTop: staging.foregroundTop,
      // The caption is on screen as text: the mirror says who stands in the room.
      mirror: `Dans la pièce : ${names}.`,
    },
  };
}

/**
 * The attract loop: the mairie's day in four pictures (the counter, the phone, the maire, election night), shown
 * one after the other while nobody plays. Pure; the flow decides the pace.
 */
export const ATTRACT_TABLEAUX: readonly AttractTableau[] = [
  staged(
    ROOM_KEYS.guichet,
    [{ id: 'habitante', name: 'Une habitante', portrait: 'habitante-parent', expression: 'speaking' }],
    'Une habitante vient chercher un acte de naissance au guichet.',
  ),
  staged(
    ROOM_KEYS.bureau,
    [{ id: 'agent', name: 'L’agent technique', portrait: 'agent-technique', expression: 'worried' }],
    'Le téléphone sonne : la chaudière de l’école est en panne.',
  ),
  staged(
    ROOM_KEYS.mairie,
    [
      { id: 'maire', name: 'La maire', portrait: 'maire', expression: 'pleased' },
      { id: 'sgm', name: 'La secrétaire générale', portrait: 'sgm', expression: 'neutral' },
    ],
    'La maire arrive : il faut préparer le conseil municipal de ce soir.',
  ),
  staged(
    ROOM_KEYS.bureauDeVote,
    [{ id: 'scrutateur', name: 'Un scrutateur', portrait: 'scrutateur', expression: 'speaking' }],
    'Un dimanche d’élection, on compte les voix jusqu’au dernier bulletin.',
  ),
];
