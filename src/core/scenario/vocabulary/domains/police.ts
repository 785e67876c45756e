import {
  decideCompetenceCirculation,
  decideOccupation,
  evaluatePoliceCase,
  MODES_PUBLICITE,
  OBJETS,
  parsePoliceCase,
  VOIES,
  type ArreteCase,
  type ArreteResult,
  type CompetenceCirculationCase,
  type Confidence,
} from '../../../rules/police';
import { defineCalculator, z } from '../rule-bridge';

/** A road as the `rules police` command reads it (kind `competence-circulation`), flat. */
const routeArgs = z.strictObject({
  voie: z.enum(VOIES),
  enAgglomeration: z.boolean(),
  routeGrandeCirculation: z.boolean(),
});

/**
 * An arrêté as the `rules police` command reads it (kind `arrete`), flat. A scenario's arguments are simple
 * values: « aucune » stands for `null` (the council has not chosen a publicity mode).
 */
const arreteArgs = z
  .strictObject({
    objet: z.enum(OBJETS),
    portee: z.enum(['reglementaire', 'individuel']),
    population: z.number(),
    modePubliciteDelibere: z.enum([...MODES_PUBLICITE, 'aucune']),
  })
  .superRefine((value, context) => {
    const parsed = parsePoliceCase(toArreteCase(value));
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.error });
  });

type ArreteArgs = z.infer<typeof arreteArgs>;

function toArreteCase(args: ArreteArgs): ArreteCase {
  return {
    kind: 'arrete',
    objet: args.objet,
    portee: args.portee,
    population: args.population,
    modePubliciteDelibere: args.modePubliciteDelibere === 'aucune' ? null : args.modePubliciteDelibere,
  };
}

function arrete(args: ArreteArgs): ArreteResult {
  const parsed = parsePoliceCase(toArreteCase(args));
  if (!parsed.ok) throw new Error(parsed.error);
  const result = evaluatePoliceCase(parsed.value);
  if (result.kind !== 'arrete') throw new Error('cas « arrete » attendu');
  return result;
}

function route(args: z.infer<typeof routeArgs>) {
  const input: CompetenceCirculationCase = { kind: 'competence-circulation', ...args };
  return decideCompetenceCirculation(input);
}

/**
 * One word for a yes/no of the engine, so that a `branch` can route on it: `oui` / `non`, and `incertain` when
 * the answer rests on a point the fact sheet forbids to score (confidence `M`). A scenario never scores
 * `incertain`.
 */
export type PoliceOutcome = 'oui' | 'non' | 'incertain';

/** See {@link PoliceOutcome}. */
export function policeOutcome(value: boolean, confidence: Confidence): PoliceOutcome {
  if (confidence === 'M') return 'incertain';
  return value ? 'oui' : 'non';
}

/**
 * Rules de la police administrative du maire (CGCT L2212-1 et suivants, code de la route) a scenario may name;
 * each is a reading of `src/core/rules/police`: who holds the police of circulation on a road (CGCT L2213-1,
 * L3221-4), which title an occupation of the road needs (code de la voirie routière L113-2, CGCT L2213-6, CG3P
 * L2125-1), how an arrêté is transmitted, published and sanctioned (CGCT L2131-1, L2131-2, R2131-1; code pénal
 * R610-5). Points the sheet does not confirm come out `incertain` or `sans-objet`, never as a scored answer.
 */
export const policeCalculators = {
  'police.autoriteCirculation': defineCalculator({
    summary:
      'qui détient la police de la circulation sur la voie : maire ou president-conseil-departemental ; ' +
      'incertain pour le préfet (route nationale hors agglomération : seule l’incompétence du maire est sûre) ' +
      '(CGCT L2213-1, L3221-4)',
    args: routeArgs,
    compute: (args) => {
      const { autorite } = route(args);
      return autorite === 'prefet' ? 'incertain' : autorite;
    },
  }),
  'police.maireCompetent': defineCalculator({
    summary: 'le maire a-t-il la police de la circulation sur cette voie : oui ou non (CGCT L2213-1)',
    args: routeArgs,
    // The maire's competence or incompetence is confirmed on every road (sheet §4.1, case 10).
    compute: (args) => policeOutcome(route(args).maireCompetent, 'C'),
  }),
  'police.avisPrefet': defineCalculator({
    summary:
      'route à grande circulation : l’arrêté est pris après avis du préfet, oui ou non (code de la route ' +
      'R411-8) ; à montrer, la fiche ne le confirme qu’en partie',
    args: routeArgs,
    compute: (args) => (route(args).avisPrefet ? 'oui' : 'non'),
  }),
  'police.competenceExplication': defineCalculator({
    summary: 'explication en français de la compétence sur la voie (CGCT L2213-1)',
    args: routeArgs,
    compute: (args) => route(args).explication,
  }),
  'police.titreOccupation': defineCalculator({
    summary:
      'titre d’occupation du domaine public routier : permis-de-stationnement (sans emprise : terrasse, benne) ' +
      'ou permission-de-voirie (avec emprise : canalisation) (code de la voirie routière L113-2, CGCT L2213-6)',
    args: z.strictObject({ emprise: z.boolean(), enAgglomeration: z.boolean() }),
    compute: (args) => decideOccupation({ kind: 'occupation', ...args }).titre,
  }),
  'police.redevanceObligatoire': defineCalculator({
    summary:
      'une redevance est-elle due pour l’occupation : oui, en principe (CG3P L2125-1 ; gratuité seulement ' +
      'dans les cas de la loi)',
    args: z.strictObject({ emprise: z.boolean(), enAgglomeration: z.boolean() }),
    compute: (args) =>
      decideOccupation({ kind: 'occupation', ...args }).redevanceObligatoire ? 'oui' : 'non',
  }),
  'police.transmissionPrefet': defineCalculator({
    summary:
      'l’arrêté est-il transmis au préfet : oui (police, réglementaire ou individuel), non (circulation, ' +
      'stationnement, débit de boissons temporaire d’une association) (CGCT L2131-2 2°)',
    args: arreteArgs,
    compute: (args) => {
      const result = arrete(args);
      return policeOutcome(result.transmissionPrefet, result.confidences.transmissionPrefet);
    },
  }),
  'police.publicite': defineCalculator({
    summary:
      'publicité de l’arrêté : publication (réglementaire) ou notification (individuel) (CGCT L2131-1)',
    args: arreteArgs,
    compute: (args) => arrete(args).publicite,
  }),
  'police.modePublication': defineCalculator({
    summary:
      'mode de publication d’un arrêté réglementaire : affichage, papier ou electronique (celui que le conseil ' +
      'a choisi sous 3 500 habitants, électronique sans délibération) ; sans-objet pour un acte individuel ; ' +
      'incertain à partir de 3 500 habitants (CGCT L2131-1, R2131-1)',
    args: arreteArgs,
    compute: (args) => {
      const result = arrete(args);
      if (result.modePublication === null) return 'sans-objet';
      return result.confidences.modePublication === 'C' ? result.modePublication : 'incertain';
    },
  }),
  'police.amendeMaxEuros': defineCalculator({
    summary:
      'amende maximale pour la violation d’un arrêté de police générale (bruit, autre) : 150 € (2e classe, ' +
      'code pénal R610-5) ; sans-objet quand un texte propre s’applique (circulation, stationnement, péril…)',
    args: arreteArgs,
    compute: (args) => arrete(args).amendeMaxEuros ?? 'sans-objet',
  }),
  'police.arreteExplication': defineCalculator({
    summary: 'explication en français d’un arrêté : transmission, publicité, sanction, registre',
    args: arreteArgs,
    compute: (args) => arrete(args).explication,
  }),
} as const;

/** Whole-submission judgements of the same domain (see {@link policeCalculators}); none is needed yet. */
export const policeAssessors = {};
