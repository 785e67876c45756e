import { describe, expect, it } from 'vitest';
import { compileScenario, defaultKnowledge, startRun, viewOf } from '../../../../src/core/scenario';
import { validateSource } from '../../../../src/core/scenario/format/parse';

/** A one-step count whose classify step names its stage objects (`stage`, issue #17). */
function source(stage: unknown) {
  return {
    format: 2,
    id: 'essai-scene',
    version: 1,
    title: 'Essai de scène',
    summary: 'Un classement posé sur la table du bureau de vote.',
    blocs: ['BC02'],
    competences: ['RNCP41781-BC02-08'],
    dates: ['2027-03-22'],
    durationMinutes: 5,
    roles: ['sgm'],
    cast: {},
    start: 'tri',
    steps: {
      tri: {
        type: 'classify',
        ...(stage === undefined ? {} : { stage }),
        decision: {
          id: 'tri',
          competences: ['RNCP41781-BC02-08'],
          weight: 1,
          reference: 'code électoral L66',
        },
        prompt: 'Rangez les enveloppes.',
        bins: [
          { id: 'blanc', label: 'Blanc' },
          { id: 'nul', label: 'Nul' },
        ],
        items: [{ id: 'e1', label: 'Enveloppe 1 : vide.', bin: 'blanc' }],
        next: 'fin',
      },
      fin: { type: 'end', title: 'Fin', lines: ['Merci.'] },
    },
  };
}

const load = (stage: unknown) => validateSource(source(stage), 'essai.json', defaultKnowledge());

describe('the stage field of a classify step', () => {
  it('reaches the step view, so the overlay and the canvas know which objects to lay out', () => {
    const loaded = load({ objects: 'bulletins' });
    if (!loaded.ok) throw new Error(loaded.error.map((error) => error.message).join('\n'));
    const program = compileScenario(loaded.value);
    const view = viewOf(program, startRun(program, { seed: 1 }));
    expect(view?.kind === 'classify' ? view.stage : null).toEqual({ objects: 'bulletins' });
  });

  it('is optional: a step without it stays a panel', () => {
    const loaded = load(undefined);
    if (!loaded.ok) throw new Error('refusé');
    const program = compileScenario(loaded.value);
    const view = viewOf(program, startRun(program, { seed: 1 }));
    expect(view?.kind).toBe('classify');
    expect(view && 'stage' in view).toBe(false);
  });

  it('refuses unknown objects in French, at the field', () => {
    const loaded = load({ objects: 'urne' });
    expect(loaded.ok).toBe(false);
    const errors = loaded.ok ? [] : loaded.error;
    expect(errors.map((error) => error.path)).toContain('steps.tri.stage.objects');
    expect(errors.map((error) => error.message).join(' ')).toMatch(/« bulletins » .* ou « courrier »/);
  });
});
