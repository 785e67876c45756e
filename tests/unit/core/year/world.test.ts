import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORLD_VARS, WORLD_VARS } from '../../../../src/core/scenario';
import { legalCouncilSize } from '../../../../src/core/rules/conseil';
import { DEFAULT_WORLD_FACTS } from '../../../../src/core/scenario/format/default-world-facts';
import { worldFactsOf } from '../../../../src/core/year/world/world-facts';
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

  it('erratum 7 — the world check validates against this commune: its default facts are the file’s', () => {
    expect(worldFactsOf(parsed())).toEqual(DEFAULT_WORLD_FACTS);
  });

  it('erratum 7 — the world gives its people, places and figures by role, derived from the commune file', () => {
    expect(worldVarsOf(parsed())).toMatchObject({
      premierAdjoint: 'M. Paul Lemoine',
      agentTechnique: 'M. Didier Caron',
      atsem: 'Mme Laura Petit',
      bureauDeVote: 'la salle des fêtes',
      maternite: 'la maternité du centre hospitalier de Saumur',
      communeMaternite: 'Saumur',
      dernierExercice: 2025,
      tauxFoncierBati: 39.2,
    });
    // Renaming the agent in the file renames him in every scenario: the variables are not retyped.
    const agents = (raw.agents as { role: string }[]).map((agent) =>
      agent.role === 'agent-technique' ? { ...agent, name: 'M. Daniel Roche' } : agent,
    );
    const renamed = parseWorld({ ...raw, agents });
    expect(renamed.ok && worldVarsOf(renamed.value).agentTechnique).toBe('M. Daniel Roche');
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
    [
      'erratum 7 — two technical agents',
      {
        agents: [
          ...(raw.agents as object[]),
          {
            id: 'roche',
            name: 'M. Daniel Roche',
            role: 'agent-technique',
            words: ['agent technique'],
            post: 'agent technique',
            hoursPerWeek: 35,
          },
        ],
      },
      /un et un seul agent a le rôle « agent-technique » ; trouvé : 2/,
    ],
    [
      'erratum 7 — no polling station',
      { buildings: (raw.buildings as object[]).map((building) => ({ ...building, roles: undefined })) },
      /un et un seul bâtiment a le rôle « bureau-de-vote » ; trouvé : 0/,
    ],
  ])('refuses %s in French', (_label, change, message) => {
    const result = parseWorld({ ...raw, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
