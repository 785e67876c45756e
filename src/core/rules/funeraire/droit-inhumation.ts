import type { Confidence, DroitInhumationCase } from './types';

/** The `droit-inhumation` answer. */
export interface DroitInhumationResult {
  readonly droit: boolean;
  readonly references: readonly string[];
  readonly kind: 'droit-inhumation';
  readonly confidence: Confidence;
  /** The grounds of L2223-3 the case meets, in the article’s order. */
  readonly motifs: readonly string[];
  readonly explication: string;
}

const GROUNDS: readonly (readonly [keyof Omit<DroitInhumationCase, 'kind'>, string])[] = [
  ['decedeDansCommune', 'décédé sur le territoire de la commune, quel que soit son domicile'],
  ['domicilieDansCommune', 'domicilié dans la commune, même décédé ailleurs'],
  ['sepultureFamilleDansCommune', 'ayant droit à une sépulture de famille dans la commune'],
  [
    'francaisEtablisHorsDeFranceInscrit',
    'Français établi hors de France inscrit sur la liste électorale de la commune',
  ],
];

/**
 * CGCT L2223-3: a grave in the commune’s cemetery is due to a person who died there, who lived there, who has a
 * right to a family grave there, or to a French national living abroad registered on its electoral roll. One ground
 * is enough. A « no » is marked P: the sheet also covers a French national abroad who could be registered
 * (« inscriptible »), which the case does not say.
 */
export function decideDroitInhumation(input: DroitInhumationCase): DroitInhumationResult {
  const motifs = GROUNDS.filter(([field]) => input[field]).map(([, label]) => label);
  const droit = motifs.length > 0;
  return {
    droit,
    references: ['CGCT L2223-3'],
    kind: 'droit-inhumation',
    confidence: droit ? 'C' : 'P',
    motifs,
    explication: droit
      ? `La sépulture est due dans le cimetière communal : ${motifs.join(' ; ')}.`
      : 'Aucun des cas de L2223-3 : la sépulture n’est pas due (sauf pour un Français établi hors de France ' +
        'qui pourrait être inscrit sur la liste électorale de la commune, ce que le cas ne dit pas).',
  };
}
