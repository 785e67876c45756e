import { z } from '../../validation/schema';
import type { Confidence } from './types';

/** `kind: "occupation"`: which title allows a private occupation of the public road? */
export const occupationCaseSchema = z.strictObject({
  kind: z.literal('occupation'),
  emprise: z.boolean({ error: 'emprise attendu : true (ancrage dans le sol) ou false' }),
  enAgglomeration: z.boolean({ error: 'enAgglomeration attendu : true ou false' }),
});

export type OccupationCase = z.infer<typeof occupationCaseSchema>;

export type TitreOccupation = 'permis-de-stationnement' | 'permission-de-voirie';

/** Who delivers the title: the maire, or an authority the case does not name (depends on the road). */
export type DelivrePar = 'maire' | 'autorite-de-police-de-la-circulation' | 'gestionnaire-de-la-voie';

/** The `rules police` output for an occupation. */
export interface OccupationResult {
  readonly kind: 'occupation';
  readonly titre: TitreOccupation;
  readonly delivrePar: DelivrePar;
  readonly redevanceObligatoire: boolean;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/**
 * Occupation of the public road (code de la voirie routière L113-2, CGCT L2213-6, CG3P L2125-1): without
 * emprise (terrasse, benne), a permis de stationnement from the authority of traffic police, the maire in
 * agglomeration whoever owns the road; with emprise (canalisation), a permission de voirie from the road's
 * manager. Both precarious and revocable; a fee is due in principle.
 */
export function decideOccupation(input: OccupationCase): OccupationResult {
  const titre: TitreOccupation = input.emprise ? 'permission-de-voirie' : 'permis-de-stationnement';
  const delivrePar: DelivrePar = input.emprise
    ? 'gestionnaire-de-la-voie'
    : input.enAgglomeration
      ? 'maire'
      : 'autorite-de-police-de-la-circulation';
  const references = [
    'code de la voirie routière L113-2',
    ...(input.emprise ? [] : ['CGCT L2213-6']),
    'CG3P L2125-1',
  ];
  const title = input.emprise
    ? 'Occupation avec emprise : permission de voirie, délivrée par le gestionnaire de la voie (la commune pour une voie communale).'
    : input.enAgglomeration
      ? 'Occupation sans emprise en agglomération : permis de stationnement délivré par le maire, quel que soit le propriétaire de la voie.'
      : 'Occupation sans emprise hors agglomération : permis de stationnement délivré par l’autorité de police de la circulation de la voie.';
  return {
    kind: 'occupation',
    titre,
    delivrePar,
    redevanceObligatoire: true,
    references,
    confidence: 'C',
    explication:
      `${title} Titre précaire et révocable. Redevance due en principe ; gratuité possible pour des travaux ` +
      'd’un service public gratuit, la conservation du domaine ou une association à but non lucratif d’intérêt général.',
  };
}
