import { describe, expect, it } from 'vitest';
import {
  autoplay,
  compileScenario,
  defaultKnowledge,
  sendToRun,
  startRun,
  viewOf,
  type ScenarioEvent,
  type ScenarioSnapshot,
} from '../../../../src/core/scenario';
import { validateSource } from '../../../../src/core/scenario/format/parse';

type Step = Record<string, unknown>;

/** A small binôme scenario: a private card for each seat, then an advised decision. */
function source(change: (steps: Record<string, Step>) => void = () => undefined) {
  const steps: Record<string, Step> = {
    carte: {
      type: 'dialogue',
      role: 'maire',
      private: true,
      lines: ['Votre carte : le demandeur est votre cousin.'],
      next: 'carte-sgm',
    },
    'carte-sgm': {
      type: 'dialogue',
      role: 'sgm',
      private: true,
      lines: ['Votre carte : le poste n’a pas été publié.'],
      next: 'decision',
    },
    decision: {
      type: 'choice',
      role: 'maire',
      advice: { prompt: 'Que conseillez-vous ?', topic: 'Un proche à embaucher', pressure: 'direct' },
      decision: {
        id: 'recrutement',
        competences: ['RNCP41781-BC01-10'],
        weight: 3,
        reference: 'CGFP L313-4',
      },
      prompt: 'Que décidez-vous ?',
      options: [
        {
          id: 'publier',
          label: 'Publier la vacance',
          verdict: 'conforme',
          explanation: 'La vacance est publiée.',
          next: 'fin',
        },
        {
          id: 'direct',
          label: 'Nommer sans publicité',
          verdict: 'illegal',
          explanation: 'Une nomination sans publicité est illégale (CGFP L313-4).',
          next: 'fin',
        },
      ],
    },
    fin: { type: 'end', title: 'Fin', lines: ['Merci.'] },
  };
  change(steps);
  return {
    format: 2,
    id: 'essai-binome',
    version: 1,
    title: 'Essai binôme',
    summary: 'Un essai des cartes privées et du conseil avant décision.',
    blocs: ['BC01'],
    competences: ['RNCP41781-BC01-10'],
    dates: ['2027-03-02'],
    durationMinutes: 5,
    roles: ['maire', 'sgm'],
    cast: {},
    start: 'carte',
    steps,
  };
}

const knowledge = defaultKnowledge();
const load = (change?: (steps: Record<string, Step>) => void) =>
  validateSource(source(change), 'essai.json', knowledge);

function program() {
  const loaded = load();
  if (!loaded.ok) throw new Error(loaded.error.map((error) => error.message).join('\n'));
  return compileScenario(loaded.value);
}

function play(events: readonly ScenarioEvent[]): ScenarioSnapshot {
  const compiled = program();
  let snapshot = startRun(compiled, { seed: 1 });
  for (const event of events) {
    const sent = sendToRun(compiled, snapshot, event);
    if (!sent.ok) throw new Error(sent.error.message);
    snapshot = sent.value.snapshot;
  }
  return snapshot;
}

const advance: ScenarioEvent = { type: 'user.advance' };
const advise = (conseil: string, explication?: string): ScenarioEvent => ({
  type: 'user.submit',
  values: explication === undefined ? { conseil } : { conseil, explication },
});
const choose = (optionId: string): ScenarioEvent => ({ type: 'user.choose', optionId });

describe('binôme building blocks: validation', () => {
  it('accepts private cards and an advised decision', () => {
    expect(load().ok).toBe(true);
  });

  it.each([
    [
      'a private card without a seat',
      (steps: Record<string, Step>) => {
        delete steps['carte']?.['role'];
      },
      'steps.carte.role',
      /carte privée s’adresse à une seule place/,
    ],
    [
      'a private card for a resident',
      (steps: Record<string, Step>) => {
        if (steps['carte']) steps['carte']['role'] = 'usager';
      },
      'steps.carte.role',
      /l’élu \(« maire »\) ou le SGM/,
    ],
    [
      'an advised decision taken by the SGM',
      (steps: Record<string, Step>) => {
        if (steps['decision']) steps['decision']['role'] = 'sgm';
      },
      'steps.decision.role',
      /le SGM conseille et l’élu décide/,
    ],
    [
      'an advised choice left unscored',
      (steps: Record<string, Step>) => {
        const decision = steps['decision'];
        if (!decision) return;
        delete decision['decision'];
        for (const option of decision['options'] as Step[]) delete option['verdict'];
      },
      'steps.decision.decision',
      /Une décision conseillée \(« advice »\) est notée/,
    ],
    [
      'a pressure towards an unknown option',
      (steps: Record<string, Step>) => {
        if (steps['decision'])
          steps['decision']['advice'] = { prompt: 'Conseil ?', topic: 'Essai', pressure: 'cousin' };
      },
      'steps.decision.advice.pressure',
      /une des options de l’étape/,
    ],
    [
      'a timed advised decision',
      (steps: Record<string, Step>) => {
        if (steps['decision']) steps['decision']['timer'] = { seconds: 30, label: 'Trop tard.', next: 'fin' };
      },
      'steps.decision.timer',
      /sans minuteur/,
    ],
  ])('refuses %s with a French message at its path', (_name, change, path, message) => {
    const result = load(change);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.error.filter((error) => error.path === path).map((error) => error.message);
    expect(messages).toContainEqual(expect.stringMatching(message));
  });
});

describe('binôme building blocks: the runtime', () => {
  it('shows each private card to its seat only', () => {
    const compiled = program();
    const first = startRun(compiled, { seed: 1 });
    expect(viewOf(compiled, first)).toMatchObject({ kind: 'dialogue', role: 'maire', privateTo: 'maire' });
    const second = play([advance]);
    expect(viewOf(compiled, second)).toMatchObject({ kind: 'dialogue', role: 'sgm', privateTo: 'sgm' });
  });

  it('asks the SGM first, then the élu, with the advice shown', () => {
    const compiled = program();
    const atAdvice = play([advance, advance]);
    expect(viewOf(compiled, atAdvice)).toMatchObject({
      kind: 'choice',
      role: 'sgm',
      advice: { phase: 'conseil', prompt: 'Que conseillez-vous ?', topic: 'Un proche à embaucher' },
    });
    const atDecision = play([advance, advance, advise('publier', '  La loi impose la publicité.  ')]);
    expect(viewOf(compiled, atDecision)).toMatchObject({
      role: 'maire',
      advice: {
        phase: 'decision',
        given: {
          optionId: 'publier',
          label: 'Publier la vacance',
          explanation: 'La loi impose la publicité.',
        },
      },
    });
    expect(atDecision.context.advice).toEqual({
      recrutement: { optionId: 'publier', explanation: 'La loi impose la publicité.' },
    });
  });

  it.each([
    ['a choice before the advice', [choose('publier')], 'Cette action n’est pas possible à cette étape.'],
    ['an advice on an unknown option', [advise('cousin')], 'Réponse incomplète ou mal formée.'],
    [
      'a second advice',
      [advise('publier'), advise('direct')],
      'Cette action n’est pas possible à cette étape.',
    ],
  ])('refuses %s', (_name, events, message) => {
    const compiled = program();
    let snapshot = play([advance, advance]);
    let refusal: string | null = null;
    for (const event of events) {
      const sent = sendToRun(compiled, snapshot, event);
      if (sent.ok) snapshot = sent.value.snapshot;
      else refusal = sent.error.message;
    }
    expect(refusal).toBe(message);
  });

  it.each([
    ['advice followed', 'publier', 'publier', 'conforme'],
    ['advice overruled into an illegal act', 'publier', 'direct', 'illegal'],
    ['illegal advice followed: illegal whoever took it', 'direct', 'direct', 'illegal'],
    ['bad advice overruled by the élu', 'direct', 'publier', 'conforme'],
  ])('%s: the law judges the decision (%s → %s is %s)', (_name, advice, decision, verdict) => {
    const done = play([advance, advance, advise(advice), choose(decision)]);
    expect(done.status).toBe('done');
    expect(done.context.choices).toEqual({ recrutement: decision });
    expect(done.context.evidence.map((item) => [item.step, item.role, item.verdict])).toEqual([
      ['recrutement', 'maire', verdict],
    ]);
  });

  it('lets the bots advise then decide: the good one legally, the careless one not', () => {
    const compiled = program();
    const good = autoplay(compiled, { seed: 1 }, 'good', 1);
    expect(good.stoppedBecause).toBeNull();
    expect(good.snapshot.context.advice['recrutement']?.explanation).not.toBe('');
    expect(good.snapshot.context.evidence[0]?.verdict).toBe('conforme');
    const careless = autoplay(compiled, { seed: 1 }, 'careless', 1);
    expect(careless.snapshot.context.advice['recrutement']).toEqual({ optionId: 'direct', explanation: '' });
    expect(careless.snapshot.context.evidence[0]?.verdict).toBe('illegal');
  });
});
