import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextFloat, nextInt, seedRng, shuffle } from '../../../../src/core/random/rng';

describe('seeded RNG', () => {
  it('replays the same sequence from the same seed', () => {
    const run = (seed: number) => {
      let state = seedRng(seed);
      const out: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const [value, next] = nextFloat(state);
        out.push(value);
        state = next;
      }
      return out;
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });
  it('stays in bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, bound) => {
        const [value] = nextInt(seedRng(seed), bound);
        return Number.isInteger(value) && value >= 0 && value < bound;
      }),
    );
  });
  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 30 }), (seed, items) => {
        const [out] = shuffle(seedRng(seed), items);
        return JSON.stringify([...out].sort()) === JSON.stringify([...items].sort());
      }),
    );
  });
});
