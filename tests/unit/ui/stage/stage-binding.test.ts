import { describe, expect, it } from 'vitest';
import type { StepView } from '../../../../src/core/scenario';
import type { CastStage } from '../../../../src/ui/stage/cast-presenter';
import { bindStage } from '../../../../src/ui/stage/stage-binding';
import { confidenceTrend } from '../../../../src/ui/stage/stage-sources';

const said = (stepId: string, scene: string, id: string, name: string, portrait: string): StepView => ({
  kind: 'dialogue',
  stepId,
  role: 'sgm',
  scene,
  speaker: { id, name, portrait },
  lines: ['…'],
});

describe('bindStage', () => {
  it('learns the cast from the speakers, gives each its role, and hands every model to the canvas', () => {
    const shown: (CastStage | null)[] = [];
    let confidence = 0;
    const binding = bindStage({
      roles: { maire: 'maire', pere: 'usager' },
      confidence: () => confidence,
      show: (model) => shown.push(model),
    });
    binding.update(said('a', 'guichet', 'pere', 'M. Benali', 'habitant-artisan'), false, []);
    confidence = -3;
    const model = binding.update(said('b', 'guichet', 'maire', 'Mme la maire', 'maire'), false, []);
    expect(model.people.map((person) => [person.name, person.expression])).toEqual([
      ['M. Benali', 'neutral'],
      ['Mme la maire', 'worried'],
    ]);
    binding.clear();
    expect(shown).toHaveLength(3);
    expect(shown[2]).toBeNull();
  });
});

describe('confidenceTrend', () => {
  it('sums the changes of the maire’s confidence only', () => {
    expect(
      confidenceTrend([
        { meter: 'confianceMaire', delta: 1 },
        { meter: 'securiteJuridique', delta: -5 },
        { meter: 'confianceMaire', delta: -3 },
      ]),
    ).toBe(-2);
    expect(confidenceTrend([])).toBe(0);
  });
});
