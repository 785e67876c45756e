/**
 * What the world (the commune of the year) gives every scenario, with the default commune's values: a
 * scenario played alone, the CLI and validation use them; a year passes its own commune's.
 */
export const DEFAULT_WORLD_VARS = {
  commune: 'Saint-Aubin-sur-Loire',
  population: 1200,
  maire: 'Mme Hélène Garnier',
  intercommunalite: 'communauté de communes Loire-et-Coteaux',
  departement: 'Maine-et-Loire',
} as const;

/** The names of {@link DEFAULT_WORLD_VARS}. */
export const WORLD_VARS = ['commune', 'population', 'maire', 'intercommunalite', 'departement'] as const;
