import type { RuleDomain } from './rule-domain';

export type { RuleDomain } from './rule-domain';

/**
 * Every rule domain the `rules` command and the scenario guards can reach.
 * Each domain's folder adds itself here when its engine lands.
 */
export const ruleDomains: readonly RuleDomain<unknown, unknown>[] = [];
