import { describe, expect, it } from 'vitest';
import type { StepView } from '../../../../src/core/scenario';
import type { Verdict } from '../../../../src/core/scoring';
import { EMPTY_CAST_MEMORY, enterStep, type CastMemory } from '../../../../src/ui/stage/cast-memory';
import { confidenceMood, presentCast, type CastMember } from '../../../../src/ui/stage/cast-presenter';

const CAST: readonly CastMember[] = [
  { id: 'maire', name: 'Mme Hélène Garnier, maire', portrait: 'maire', role: 'maire' },
  { id: 'usagere', name: 'Mme Lucie Fabre, habitante', portrait: 'habitante-etudiante', role: 'usager' },
  { id: 'pere', name: 'M. Karim Benali, jeune père', portrait: 'habitant-artisan', role: 'usager' },
];

const speakerOf = (id: string) => {
  const member = CAST.find((candidate) => candidate.id === id);
  if (!member) throw new Error(id);
  return { id, name: member.name, portrait: member.portrait };
};

const dialogue = (stepId: string, scene: string, speaker: string): StepView => ({
  kind: 'dialogue',
  stepId,
  role: 'sgm',
  scene,
  speaker: speakerOf(speaker),
  lines: ['Bonjour.'],
});

const inspect = (stepId: string, scene: string): StepView => ({
  kind: 'inspect',
  stepId,
  role: 'sgm',
  scene,
  prompt: 'Comparez.',
  documents: [],
});

const choice = (stepId: string, scene: string, speaker: string, documents = false): StepView => ({
  kind: 'choice',
  stepId,
  role: 'sgm',
  scene,
  speaker: speakerOf(speaker),
  prompt: 'Que faites-vous ?',
  exchange: false,
  options: [{ id: 'a', label: 'A' }],
  ...(documents ? { documents: [{ id: 'cni', title: 'CNI', kind: 'identite', fields: [], body: [] }] } : {}),
});

interface Played {
  readonly view: StepView;
  readonly expired?: boolean;
  readonly verdicts?: readonly Verdict[];
}

/** The memory after showing each step in turn. */
function play(steps: readonly Played[]): CastMemory {
  return steps.reduce(
    (memory, step) =>
      enterStep(memory, step.view, { expired: step.expired ?? false, verdicts: step.verdicts ?? [] }),
    EMPTY_CAST_MEMORY,
  );
}

const stage = (steps: readonly Played[], confidence = 0) => {
  const last = steps[steps.length - 1];
  if (!last) throw new Error('no step');
  return presentCast({ view: last.view, cast: CAST, memory: play(steps), confidence });
};

describe('presentCast: who stands on stage', () => {
  it('puts the speaker of the first step in the room, speaking, with the speech box beside her', () => {
    const model = stage([{ view: dialogue('accueil', 'mairie', 'maire') }]);
    expect(model.room).toBe('mairie');
    expect(model.people).toHaveLength(1);
    const [maire] = model.people;
    expect(maire).toMatchObject({ id: 'maire', portrait: 'maire', expression: 'speaking', speaking: true });
    expect(model.speech?.side).toBe('right');
    expect(model.speech?.x).toBe((maire?.bounds.x ?? 0) + (maire?.bounds.width ?? 0));
    expect(model.mirror).toBe('Dans la pièce : Mme Hélène Garnier, maire (parle).');
    expect(model.foregroundTop).toBeNull();
  });

  it('keeps the requester at the counter while the player inspects her papers, silent, behind the counter', () => {
    const model = stage([
      { view: dialogue('accueil', 'mairie', 'maire') },
      { view: dialogue('demande-intro', 'guichet', 'usagere') },
      { view: inspect('demande-controle', 'guichet') },
    ]);
    expect(model.people.map((person) => [person.id, person.expression, person.speaking])).toEqual([
      ['usagere', 'neutral', false],
    ]);
    expect(model.speech).toBeNull();
    expect(model.foregroundTop).toBe(540);
    expect(model.mirror).toBe('Dans la pièce : Mme Lucie Fabre, habitante.');
  });

  it('empties the room when the step moves to another room without a speaker', () => {
    const model = presentCast({
      view: inspect('courrier', 'bureau'),
      cast: CAST,
      memory: play([
        { view: dialogue('demande-intro', 'guichet', 'usagere') },
        { view: inspect('courrier', 'bureau') },
      ]),
      confidence: 0,
    });
    expect(model.people).toEqual([]);
    expect(model.mirror).toBe('Personne dans la pièce.');
  });

  it('gives each person in the same room a slot of their own, the newcomer speaking', () => {
    const model = stage([
      { view: dialogue('a', 'guichet', 'usagere') },
      { view: dialogue('b', 'guichet', 'pere') },
    ]);
    expect(model.people.map((person) => [person.id, person.speaking])).toEqual([
      ['usagere', false],
      ['pere', true],
    ]);
    expect(model.people[0]?.x).not.toBe(model.people[1]?.x);
  });

  it('puts the speech box on the left of a speaker standing on the right', () => {
    const model = stage([
      { view: dialogue('a', 'bureau', 'usagere') },
      { view: dialogue('b', 'bureau', 'maire') },
    ]);
    const maire = model.people.find((person) => person.id === 'maire');
    expect(maire && maire.x > 700).toBe(true);
    expect(model.speech).toMatchObject({ side: 'left', x: maire?.bounds.x });
  });

  it('anchors no speech box on a choice read beside documents', () => {
    expect(stage([{ view: choice('suite', 'guichet', 'usagere', true) }]).speech).toBeNull();
    expect(stage([{ view: choice('suite', 'guichet', 'usagere') }]).speech).not.toBeNull();
  });

  it('leaves out a person whose portrait the registry does not know', () => {
    const model = presentCast({
      view: dialogue('a', 'mairie', 'maire'),
      cast: [{ id: 'maire', name: 'X', portrait: 'inconnu', role: 'maire' }],
      memory: play([{ view: dialogue('a', 'mairie', 'maire') }]),
      confidence: 0,
    });
    expect(model.people).toEqual([]);
  });
});

describe('presentCast: moods follow the game', () => {
  it('pleases the requester after a right decision about her', () => {
    const model = stage([
      { view: dialogue('demande-intro', 'guichet', 'usagere') },
      { view: choice('demande-suite', 'guichet', 'usagere', true) },
      { view: dialogue('demande-merci', 'guichet', 'usagere'), verdicts: ['conforme'] },
    ]);
    expect(model.people[0]).toMatchObject({ id: 'usagere', expression: 'pleased', speaking: true });
    expect(model.mirror).toBe('Dans la pièce : Mme Lucie Fabre, habitante (parle, l’air satisfait).');
  });

  it('annoys the requester after a wrong decision, the silent one who waited included', () => {
    const model = stage([
      { view: dialogue('demande-intro', 'guichet', 'usagere') },
      { view: inspect('controle', 'guichet') },
      { view: inspect('suite', 'guichet'), verdicts: ['risque'] },
    ]);
    expect(model.people[0]).toMatchObject({ id: 'usagere', expression: 'annoyed' });
  });

  it('annoys the requester kept waiting until the timer ran out, even with no verdict', () => {
    const model = stage([
      { view: choice('naissance', 'guichet', 'pere') },
      { view: dialogue('suite', 'guichet', 'pere'), expired: true },
    ]);
    expect(model.people[0]).toMatchObject({ id: 'pere', expression: 'annoyed', speaking: true });
  });

  it('counts a decision once: the next step keeps the face but a new verdict changes it', () => {
    const steps: Played[] = [
      { view: dialogue('a', 'guichet', 'pere') },
      { view: dialogue('b', 'guichet', 'pere'), verdicts: ['illegal'] },
      { view: dialogue('c', 'guichet', 'pere'), verdicts: ['illegal'] },
    ];
    expect(stage(steps).people[0]?.expression).toBe('annoyed');
    expect(
      stage([...steps, { view: dialogue('d', 'guichet', 'pere'), verdicts: ['illegal', 'conforme'] }])
        .people[0]?.expression,
    ).toBe('pleased');
  });

  it('forgets a reaction when the person leaves the room', () => {
    const model = stage([
      { view: dialogue('a', 'guichet', 'pere') },
      { view: dialogue('b', 'guichet', 'pere'), verdicts: ['risque'] },
      { view: dialogue('c', 'mairie', 'maire') },
      { view: dialogue('d', 'guichet', 'pere') },
    ]);
    expect(model.people[0]?.expression).toBe('speaking');
  });

  it.each([
    [0, 'speaking'],
    [1, 'pleased'],
    [-1, 'speaking'],
    [-3, 'worried'],
    [-8, 'annoyed'],
  ] as const)('shows the speaking maire %i of confidence as %s', (confidence, expression) => {
    expect(stage([{ view: dialogue('fin', 'mairie', 'maire') }], confidence).people[0]?.expression).toBe(
      expression,
    );
  });

  it('reads the confidence trend as the maire’s mood', () => {
    expect([2, 0, -2, -5, -6].map(confidenceMood)).toEqual([
      'pleased',
      'neutral',
      'worried',
      'worried',
      'annoyed',
    ]);
  });

  it('keeps the maire’s face on the meter, not on the verdicts about a requester', () => {
    const model = stage(
      [{ view: dialogue('a', 'bureau', 'maire') }, { view: inspect('b', 'bureau'), verdicts: ['illegal'] }],
      1,
    );
    expect(model.people[0]).toMatchObject({ id: 'maire', expression: 'pleased', speaking: false });
    expect(model.mirror).toBe('Dans la pièce : Mme Hélène Garnier, maire (l’air satisfait).');
  });
});
