import { err, ok, type Result } from '../../result';
import type { Scalar } from '../../scenario/format/schema';
import type { WORLD_VARS } from '../../scenario/catalogue';
import { parseWith } from '../../validation/schema';
import { worldSchema, type Post, type World } from './world-schema';

/** Parses a commune file (already JSON-decoded); the error is one French message listing every problem. */
export function parseWorld(raw: unknown): Result<World, string> {
  const parsed = parseWith(worldSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(`Commune invalide : ${parsed.error}`);
}

/** The variables every scenario of the year receives from the commune (WORLD_VARS). */
export function worldVarsOf(world: World): Readonly<Record<(typeof WORLD_VARS)[number], Scalar>> {
  return {
    commune: world.commune,
    population: world.population,
    maire: world.maire,
    intercommunalite: world.intercommunalite,
    departement: world.departement,
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
