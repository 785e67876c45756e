import { z } from '../../validation/schema';
import type { Confidence } from './types';

/** Population from which L19 composes the commission from the lists that won seats. */
export const LIST_REGIME_POPULATION = 1_000;

/** Quorum of the commission de contrôle in every commune (code électoral R10). */
export const COMMISSION_QUORUM = 3;

/** The largest municipal council (L2121-2: 69 members): no more lists can hold seats. */
const MAX_LISTS = 69;

/** `kind: "commission"`: the commission de contrôle of a commune. */
export const commissionCaseSchema = z
  .strictObject({
    kind: z.literal('commission'),
    population: z
      .number({ error: 'population attendue (nombre entier d’habitants)' })
      .int({ error: 'population attendue : un nombre entier d’habitants' })
      .min(1, { error: 'population attendue : au moins 1 habitant' })
      .max(10_000_000, { error: 'population invraisemblable (plus de 10 millions d’habitants)' }),
    listesAyantObtenuDesSieges: z
      .number({ error: 'listesAyantObtenuDesSieges attendu (nombre entier de listes)' })
      .int({ error: 'listesAyantObtenuDesSieges attendu : un nombre entier de listes' })
      .min(0, { error: 'listesAyantObtenuDesSieges ne peut pas être négatif' })
      .max(MAX_LISTS, {
        error: `listesAyantObtenuDesSieges : au plus ${MAX_LISTS} (effectif maximal d’un conseil)`,
      }),
  })
  .superRefine((value, context) => {
    if (value.population >= LIST_REGIME_POPULATION && value.listesAyantObtenuDesSieges === 0) {
      context.addIssue({
        code: 'custom',
        path: ['listesAyantObtenuDesSieges'],
        message:
          'à 1 000 habitants et plus, le conseil est élu au scrutin de liste : au moins une liste a des sièges',
      });
    }
  });

export type CommissionCase = z.infer<typeof commissionCaseSchema>;

/** The `rules liste-electorale` output for a commission. */
export interface CommissionResult {
  readonly kind: 'commission';
  readonly membres: number;
  readonly quorum: number;
  /** Who sits, in French. */
  readonly composition: readonly string[];
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

const VOLUNTEERS =
  'pris dans l’ordre du tableau parmi les volontaires, sans le maire, les adjoints titulaires d’une délégation ni les conseillers délégués à la liste électorale';

const THREE_MEMBERS = [
  `un conseiller municipal ${VOLUNTEERS}`,
  'un délégué de l’administration désigné par le préfet',
  'un délégué désigné par le président du tribunal judiciaire',
] as const;

/**
 * Composition and quorum of the commission de contrôle (code électoral L19, R10): 3 members below 1 000
 * inhabitants or when one list holds every seat; 5 municipal councillors (3 of the first list, 2 of the others)
 * when several lists won seats. Quorum: 3, that is every member of a 3-member commission, 3 of 5 otherwise.
 */
export function decideCommission(input: CommissionCase): CommissionResult {
  const references = ['code électoral L19', 'code électoral R10'];
  const lists = input.listesAyantObtenuDesSieges;
  if (input.population < LIST_REGIME_POPULATION || lists <= 1) {
    const below = input.population < LIST_REGIME_POPULATION;
    return {
      kind: 'commission',
      membres: 3,
      quorum: COMMISSION_QUORUM,
      composition: THREE_MEMBERS,
      references,
      // The fiche marks the single-list case [M]; APVF (12 February 2026) confirms it: partly sure.
      confidence: below ? 'C' : 'P',
      explication:
        (below
          ? 'Commune de moins de 1 000 habitants : 3 membres.'
          : 'Une seule liste a des sièges : la commission est composée comme en dessous de 1 000 habitants, 3 membres.') +
        ' Quorum de 3 : tous les membres doivent être présents.',
    };
  }
  const opposition =
    lists === 2
      ? [`2 conseillers de la deuxième liste, ${VOLUNTEERS}`]
      : [
          `1 conseiller de la deuxième liste, ${VOLUNTEERS}`,
          `1 conseiller de la troisième liste, ${VOLUNTEERS}`,
        ];
  return {
    kind: 'commission',
    membres: 5,
    quorum: COMMISSION_QUORUM,
    composition: [`3 conseillers de la liste ayant obtenu le plus de sièges, ${VOLUNTEERS}`, ...opposition],
    references,
    // Two lists: [C] in the fiche; three or more: from L19 as APVF (12 February 2026) quotes it.
    confidence: lists === 2 ? 'C' : 'P',
    explication: `${lists} listes ont des sièges : 5 conseillers municipaux (3 de la liste majoritaire, ${lists === 2 ? '2 de l’autre' : '1 de chacune des deux suivantes'}). Quorum de 3 sur 5 ; à égalité des voix, la commission est réputée ne pas avoir délibéré.`,
  };
}
