import type { WorldFacts, WorldPerson } from '../../scenario/format/world-facts';
import type { World } from './world-schema';

/** The world variable naming the holder of each agent role and building function. */
const ROLE_VARIABLES: Readonly<Record<string, string>> = {
  'agent-technique': 'agentTechnique',
  atsem: 'atsem',
  'bureau-de-vote': 'bureauDeVote',
  maternite: 'maternite',
};

const FIGURE_LABELS = {
  tauxFoncierBati: 'taux de la taxe foncière sur les propriétés bâties',
  tauxFoncierNonBati: 'taux de la taxe foncière sur les propriétés non bâties',
} as const;

/** « La salle des fêtes » → « salle des fêtes »: texts name places with any article, or none. */
function withoutArticle(name: string): string {
  return name.replace(/^(?:la |le |les |l['’])/i, '');
}

function councilPeople(world: World): WorldPerson[] {
  const firstAdjoint = world.council
    .filter((member) => member.role === 'adjoint')
    .reduce<number>((first, member) => Math.min(first, member.rank), Number.POSITIVE_INFINITY);
  return world.council.flatMap((member) => {
    if (!member.words) return [];
    const variable =
      member.role === 'maire' ? 'maire' : member.rank === firstAdjoint ? 'premierAdjoint' : undefined;
    return [
      {
        name: member.name,
        label: member.delegation ?? member.role,
        words: member.words,
        ...(variable ? { variable } : {}),
      },
    ];
  });
}

/**
 * What the commune fixes for every scenario, with the words naming each fact, for the world check of
 * scenario validation. Pure: the same file gives the same facts (DEFAULT_WORLD_FACTS is this commune's).
 */
export function worldFactsOf(world: World): WorldFacts {
  const agents = world.agents.map((agent) => {
    const variable = ROLE_VARIABLES[agent.role];
    return { name: agent.name, label: agent.post, words: agent.words, ...(variable ? { variable } : {}) };
  });
  const functions = world.buildings.flatMap((building) =>
    (building.roles ?? []).map((role) => {
      const variable = ROLE_VARIABLES[role];
      return {
        words: building.words ?? [role.replace(/-/g, ' ')],
        place: withoutArticle(building.name),
        name: building.name.charAt(0).toLowerCase() + building.name.slice(1),
        ...(variable ? { variable } : {}),
      };
    }),
  );
  const figures = (['tauxFoncierBati', 'tauxFoncierNonBati'] as const).flatMap((key) => {
    const words = world.figureWords[key];
    if (!words) return [];
    const values = world.budgetHistory.map((year) => ({ exercice: year.exercice, value: year[key] }));
    return [
      { label: FIGURE_LABELS[key], words, values, ...(key === 'tauxFoncierBati' ? { variable: key } : {}) },
    ];
  });
  return {
    commune: world.commune,
    people: [...councilPeople(world), ...agents],
    places: world.buildings.flatMap((building) => [withoutArticle(building.name), ...(building.rooms ?? [])]),
    functions,
    figures,
    outside: world.outside.map((place) => {
      const variable = ROLE_VARIABLES[place.role];
      return { words: place.words, name: place.name, ...(variable ? { variable } : {}) };
    }),
  };
}
