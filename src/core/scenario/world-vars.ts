/**
 * What the world (the commune of the year) gives every scenario, with the default commune's values: a
 * scenario played alone, the CLI and validation use them; a year passes its own commune's. The core may not
 * import the commune file (scenarios/world/saint-aubin.json), so these are its values copied, and a test
 * (tests/unit/core/year/world.test.ts) proves they equal `worldVarsOf` of that file.
 */
export const DEFAULT_WORLD_VARS = {
  commune: 'Saint-Aubin-sur-Loire',
  population: 1200,
  maire: 'Mme Hélène Garnier',
  intercommunalite: 'communauté de communes Loire-et-Coteaux',
  departement: 'Maine-et-Loire',
  /** The adjoint of rank 2 (first in the order of the tableau, CGCT L2121-1). */
  premierAdjoint: 'M. Paul Lemoine',
  agentTechnique: 'M. Didier Caron',
  atsem: 'Mme Laura Petit',
  /** The single polling station, as written inside a sentence. */
  bureauDeVote: 'la salle des fêtes',
  /** The commune has no maternity ward: births happen here, which is then the commune of birth. */
  maternite: 'la maternité du centre hospitalier de Saumur',
  communeMaternite: 'Saumur',
  /** The last closed exercice of the budget history, and its foncier bâti rate in percent. */
  dernierExercice: 2025,
  tauxFoncierBati: 39.2,
} as const;

/** The names of {@link DEFAULT_WORLD_VARS}. */
export const WORLD_VARS = [
  'commune',
  'population',
  'maire',
  'intercommunalite',
  'departement',
  'premierAdjoint',
  'agentTechnique',
  'atsem',
  'bureauDeVote',
  'maternite',
  'communeMaternite',
  'dernierExercice',
  'tauxFoncierBati',
] as const;
