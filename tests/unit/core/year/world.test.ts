import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORLD_VARS, WORLD_VARS } from '../../../../src/core/scenario';
import { legalCouncilSize } from '../../../../src/core/rules/conseil';
import { parseWorld, weeklyHours, worldVarsOf } from '../../../../src/core/year';

const raw = JSON.parse(readFileSync('scenarios/world/saint-aubin.json', 'utf8')) as Record<string, unknown>;

function parsed() {
  const world = parseWorld(raw);
  if (!world.ok) throw new Error(world.error);
  return world.value;
}

describe('the commune as data', () => {
  it('Saint-Aubin-sur-Loire loads, with the council size of CGCT L2121-2 and its maire first', () => {
    const world = parsed();
    expect(world.commune).toBe('Saint-Aubin-sur-Loire');
    expect(world.population).toBe(1200);
    expect(world.council).toHaveLength(legalCouncilSize(world.population));
    expect(world.council).toHaveLength(15);
    expect(world.council[0]).toMatchObject({ name: 'Mme Hélène Garnier', role: 'maire', rank: 1 });
    expect(world.council.find((member) => member.id === 'lemoine')?.delegation).toContain('finances');
    expect(world.agents.map((agent) => agent.post).join(' ')).toMatch(/agent technique.*ATSEM/s);
    expect(world.budgetHistory.map((year) => year.exercice)).toEqual([2023, 2024, 2025]);
  });

  it('gives every scenario the world variables', () => {
    const vars = worldVarsOf(parsed());
    expect(Object.keys(vars).sort()).toEqual([...WORLD_VARS].sort());
    expect(vars).toMatchObject({
      commune: 'Saint-Aubin-sur-Loire',
      population: 1200,
      maire: 'Mme Hélène Garnier',
    });
    // A scenario played alone gets the engine's defaults: they must be this commune's.
    expect(vars).toEqual(DEFAULT_WORLD_VARS);
  });

  it('offers a full-time post and a part-time post shared with another commune', () => {
    const world = parsed();
    expect(world.posts.map((post) => [post.id, weeklyHours(post)])).toEqual([
      ['temps-plein', 35],
      ['temps-partage', 18],
    ]);
  });

  it.each([
    ['a council of 14', { council: (raw.council as unknown[]).slice(1) }, /15 membres \(CGCT L2121-2\)/],
    ['a second maire', { maire: 'M. Paul Lemoine' }, /un seul membre a le rôle « maire »/],
    ['an unknown kind', { kind: 'annee' }, /kind/],
    ['no post', { posts: [] }, /posts/],
  ])('refuses %s in French', (_label, change, message) => {
    const result = parseWorld({ ...raw, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
