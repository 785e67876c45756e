import { z } from '../../validation/schema';
import { VOIES, type AutoriteCirculation, type Confidence, type Voie } from './types';

/** `kind: "competence-circulation"`: who may regulate traffic on this road? */
export const competenceCirculationCaseSchema = z.strictObject({
  kind: z.literal('competence-circulation'),
  voie: z.enum(VOIES, {
    error: 'voie attendue : « communale », « departementale », « nationale » ou « chemin-rural »',
  }),
  enAgglomeration: z.boolean({ error: 'enAgglomeration attendu : true ou false' }),
  routeGrandeCirculation: z.boolean({ error: 'routeGrandeCirculation attendu : true ou false' }),
});

export type CompetenceCirculationCase = z.infer<typeof competenceCirculationCaseSchema>;

/** The `rules police` output for a traffic competence. */
export interface CompetenceCirculationResult {
  readonly kind: 'competence-circulation';
  readonly autorite: AutoriteCirculation;
  readonly maireCompetent: boolean;
  /** Route à grande circulation: the maire's or département's arrêtés are taken after the préfet's opinion. */
  readonly avisPrefet: boolean;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

const TO_AUTHORITY: Readonly<Record<AutoriteCirculation, string>> = {
  maire: 'au maire',
  'president-conseil-departemental': 'au président du conseil départemental',
  prefet: 'au préfet',
};

const ROAD: Readonly<Record<Voie, string>> = {
  communale: 'Voie communale',
  departementale: 'Route départementale',
  nationale: 'Route nationale',
  'chemin-rural': 'Chemin rural',
};

function holder(voie: Voie, enAgglomeration: boolean): AutoriteCirculation {
  if (enAgglomeration || voie === 'communale' || voie === 'chemin-rural') return 'maire';
  return voie === 'departementale' ? 'president-conseil-departemental' : 'prefet';
}

function baseReferences(voie: Voie, enAgglomeration: boolean): string[] {
  if (enAgglomeration) return ['CGCT L2213-1'];
  if (voie === 'chemin-rural') return ['CGCT L2213-1', 'code rural et de la pêche maritime L161-5'];
  if (voie === 'departementale') return ['CGCT L2213-1', 'CGCT L3221-4'];
  return ['CGCT L2213-1'];
}

/**
 * Police of circulation (CGCT L2213-1): in agglomeration, the maire on every road, national and departmental
 * included; outside, only on voies communales and chemins ruraux (code rural L161-5); departmental roads go to the
 * président du conseil départemental (CGCT L3221-4), national ones to the préfet. On a route à grande
 * circulation the competent maire or président acts after the préfet's opinion (code de la route R411-8).
 */
export function decideCompetenceCirculation(input: CompetenceCirculationCase): CompetenceCirculationResult {
  const { voie, enAgglomeration, routeGrandeCirculation } = input;
  const autorite = holder(voie, enAgglomeration);
  const avisPrefet = routeGrandeCirculation && autorite !== 'prefet';
  const references = [
    ...baseReferences(voie, enAgglomeration),
    ...(avisPrefet ? ['code de la route R411-8'] : []),
  ];
  // The préfet on a national road outside agglomeration: the maire's incompetence is [C], the préfet's
  // competence is not spelt out by the fiche. The R411-8 opinion was read since (doctrine.fr): partly sure.
  const confidence: Confidence = autorite === 'prefet' || avisPrefet ? 'P' : 'C';
  const where = enAgglomeration ? 'en agglomération' : 'hors agglomération';
  return {
    kind: 'competence-circulation',
    autorite,
    maireCompetent: autorite === 'maire',
    avisPrefet,
    references,
    confidence,
    explication:
      `${ROAD[voie]} ${where} : la police de la circulation appartient ${TO_AUTHORITY[autorite]}.` +
      (autorite === 'maire' ? '' : ' Un arrêté du maire serait pris par une autorité incompétente.') +
      (avisPrefet ? ' Route à grande circulation : l’arrêté est pris après avis du préfet.' : ''),
  };
}
