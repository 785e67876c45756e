/**
 * The public surface of the headless core: rules, référentiel, scoring, reports, the scenario engine,
 * dates and the seeded RNG. The view layer, the CLI and the tests import from here.
 */
export * from './result';
export * from './dates';
export * from './random/rng';
export * from './referentiel';
export * from './scoring';
export * from './report';
export * from './scenario';
export * from './year';
export * from './save';
export { ruleDomains, type RuleDomain } from './rules';
