import { err, ok, type Result } from '../../result';
import type { Scalar } from '../../scenario/format/schema';
import type { WORLD_VARS } from '../../scenario/catalogue';
import { parseWith } from '../../validation/schema';
import { worldSchema, type Post, type World } from './world-schema';

/** The world checked at parse that someone holds the role; reaching this is a bug, not an authoring error. */
function held<T>(value: T | undefined, role: string): T {
  if (value === undefined) throw new Error(`Commune sans titulaire pour le rôle « ${role} ».`);
  return value;
}

/** « La salle des fêtes » as written inside a sentence: « la salle des fêtes ». */
function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The most recent exercice of the commune's budget history (the world has at least one). */
export function lastExercice(world: World): World['budgetHistory'][number] {
  return world.budgetHistory.reduce((last, year) => (year.exercice > last.exercice ? year : last));
}

/** Parses a commune file (already JSON-decoded); the error is one French message listing every problem. */
export function parseWorld(raw: unknown): Result<World, string> {
  const parsed = parseWith(worldSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(`Commune invalide : ${parsed.error}`);
}

/**
 * The variables every scenario of the year receives from the commune (WORLD_VARS): each derived from the
 * commune file, so that a scenario names the world's people, places and figures, never its own.
 */
export function worldVarsOf(world: World): Readonly<Record<(typeof WORLD_VARS)[number], Scalar>> {
  const adjoints = world.council
    .filter((member) => member.role === 'adjoint')
    .sort((a, b) => a.rank - b.rank);
  const maternite = held(
    world.outside.find((place) => place.role === 'maternite'),
    'maternite',
  );
  const last = lastExercice(world);
  return {
    commune: world.commune,
    population: world.population,
    maire: world.maire,
    intercommunalite: world.intercommunalite,
    departement: world.departement,
    premierAdjoint: held(adjoints[0], 'premier adjoint').name,
    agentTechnique: held(
      world.agents.find((agent) => agent.role === 'agent-technique'),
      'agent-technique',
    ).name,
    atsem: held(
      world.agents.find((agent) => agent.role === 'atsem'),
      'atsem',
    ).name,
    bureauDeVote: inSentence(
      held(
        world.buildings.find((building) => building.roles?.includes('bureau-de-vote') === true),
        'bureau-de-vote',
      ).name,
    ),
    maternite: maternite.name,
    communeMaternite: maternite.commune,
    dernierExercice: last.exercice,
    tauxFoncierBati: last.tauxFoncierBati,
  };
}

/** A post of the commune by id. */
export function postOf(world: World, postId: string): Post | undefined {
  return world.posts.find((post) => post.id === postId);
}

/** The post by id, or the commune's first post (a started year has checked the id). */
export function postOrFirst(world: World, postId: string): Post {
  return postOf(world, postId) ?? world.posts[0];
}

/** Hours of a post over a normal week. */
export function weeklyHours(post: Post): number {
  return post.weekHours.reduce((sum, hours) => sum + hours, 0);
}
