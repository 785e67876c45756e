import type { WorldFacts } from './world-facts';

/**
 * The facts of the default commune (scenarios/world/saint-aubin.json), for validation without a year: the
 * core may not import the commune file, so this is `worldFactsOf` of it, copied; a test
 * (tests/unit/core/year/world.test.ts) proves the copy equal to the file. Change the file, then this.
 */
export const DEFAULT_WORLD_FACTS: WorldFacts = {
  commune: 'Saint-Aubin-sur-Loire',
  people: [
    {
      name: 'Mme Hélène Garnier',
      label: 'maire',
      words: ['maire'],
      variable: 'maire',
    },
    {
      name: 'M. Paul Lemoine',
      label: 'premier adjoint, chargé des finances',
      words: ['premier adjoint', '1er adjoint', 'adjoint aux finances', 'adjoint chargé des finances'],
      variable: 'premierAdjoint',
    },
    {
      name: 'Mme Sophie Marchand',
      label: 'adjointe chargée des écoles et du périscolaire',
      words: ['adjointe aux écoles', 'adjointe chargée des écoles', 'adjointe aux affaires scolaires'],
    },
    {
      name: 'M. Jean-Marc Tessier',
      label: 'adjoint chargé des travaux et de la voirie',
      words: ['adjoint aux travaux', 'adjoint chargé des travaux'],
    },
    {
      name: 'Mme Nadia Bensaïd',
      label: 'adjointe chargée de la vie associative et de la culture',
      words: ['adjointe à la vie associative', 'adjointe chargée de la vie associative'],
    },
    {
      name: 'M. Didier Caron',
      label: 'agent technique polyvalent (voirie, bâtiments, espaces verts)',
      words: ['agent technique', 'agent des services techniques', 'agent du service technique'],
      variable: 'agentTechnique',
    },
    {
      name: 'Mme Laura Petit',
      label: 'ATSEM de la classe maternelle de l’école Jules-Verne',
      words: ['ATSEM', 'agent territorial spécialisé des écoles maternelles'],
      variable: 'atsem',
    },
  ],
  places: [
    'mairie',
    'salle du conseil',
    'salle des mariages',
    'bureau du secrétariat',
    'école Jules-Verne',
    'salle des fêtes',
    'église Saint-Aubin',
    'atelier technique',
    'cimetière',
  ],
  functions: [
    {
      words: ['bureau de vote'],
      place: 'salle des fêtes',
      name: 'la salle des fêtes',
      variable: 'bureauDeVote',
    },
  ],
  figures: [
    {
      label: 'taux de la taxe foncière sur les propriétés bâties',
      words: ['foncier bâti', 'TFPB', 'taxe foncière sur les propriétés bâties'],
      values: [
        {
          exercice: 2023,
          value: 38.5,
        },
        {
          exercice: 2024,
          value: 38.5,
        },
        {
          exercice: 2025,
          value: 39.2,
        },
      ],
      variable: 'tauxFoncierBati',
    },
    {
      label: 'taux de la taxe foncière sur les propriétés non bâties',
      words: ['foncier non bâti', 'TFPNB', 'taxe foncière sur les propriétés non bâties'],
      values: [
        {
          exercice: 2023,
          value: 48.2,
        },
        {
          exercice: 2024,
          value: 48.2,
        },
        {
          exercice: 2025,
          value: 48.2,
        },
      ],
    },
  ],
  outside: [
    {
      words: ['maternité', 'clinique', 'hôpital', 'centre hospitalier'],
      name: 'la maternité du centre hospitalier de Saumur',
      variable: 'maternite',
    },
  ],
};
