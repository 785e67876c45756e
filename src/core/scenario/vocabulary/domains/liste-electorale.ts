import {
  CANAUX,
  DELAIS_LISTE_IDS,
  decideCommission,
  decideInscription,
  decideReunionCommission,
  delaiListe,
  isScorableAsLaw,
  parseListeElectoraleCase,
  type Confidence,
  type InscriptionCase,
} from '../../../rules/liste-electorale';
import { defineCalculator, z } from '../rule-bridge';

/**
 * Refuses, at the scenario's load, any case the `rules liste-electorale` command itself refuses (same message):
 * the scenario's arguments are the case without its `kind`.
 */
function refusedAsTheCommand<T extends object>(kind: string) {
  return (value: T, context: z.RefinementCtx) => {
    const parsed = parseListeElectoraleCase({ kind, ...value });
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.error });
  };
}

/** A demand of inscription before a scrutin (first round), as the command reads it without its `kind`. */
const inscriptionArgs = z
  .strictObject({
    scrutinDate: z.string(),
    demandeDate: z.string(),
    canal: z.enum(CANAUX),
    casL30: z.boolean(),
  })
  .superRefine(refusedAsTheCommand('inscription'));

/** The commune's population and the number of lists that won seats at the last renewal (L19). */
const commissionArgs = z
  .strictObject({ population: z.number(), listesAyantObtenuDesSieges: z.number() })
  .superRefine(refusedAsTheCommand('commission'));

/** A scrutin (first round, a Sunday: L55). */
const scrutinArgs = z
  .strictObject({ scrutinDate: z.string() })
  .superRefine(refusedAsTheCommand('reunion-commission'));

const inscription = (args: z.infer<typeof inscriptionArgs>) =>
  decideInscription({ kind: 'inscription', ...args } satisfies InscriptionCase);

const commission = (args: z.infer<typeof commissionArgs>) =>
  decideCommission({ kind: 'commission', ...args });

/**
 * One word for a yes/no of the engine, so that a `branch` can route on it: `oui` / `non`, and `incertain` when the
 * answer rests on a point the fact sheet forbids to score (confidence `M`: a computed deadline within a week of the
 * demand, sheet §6.6). A scenario never scores `incertain`.
 */
export type ListeElectoraleOutcome = 'oui' | 'non' | 'incertain';

/** See {@link ListeElectoraleOutcome}. */
export function listeElectoraleOutcome(value: boolean, confidence: Confidence): ListeElectoraleOutcome {
  if (!isScorableAsLaw(confidence)) return 'incertain';
  return value ? 'oui' : 'non';
}

/**
 * Rules of the liste électorale a scenario may name (code électoral), each a reading of
 * `src/core/rules/liste-electorale`: whether a demand is receivable and votes at the scrutin (L17, L30, R5), the
 * commission de contrôle (L19, R10) and its meeting window (L19 III), the fixed deadlines of the maire's decision,
 * of a radiation and of the recours (L18, L19, L20, R13). Dates the sheet does not confirm to the day are for
 * display only.
 */
export const listeElectoraleCalculators = {
  'listeElectorale.recevable': defineCalculator({
    summary:
      'la demande d’inscription est recevable : oui (en mairie, par courrier, par la téléprocédure), non (simple ' +
      'courriel) (code électoral L17, R5)',
    args: inscriptionArgs,
    compute: (args) => {
      const result = inscription(args);
      return listeElectoraleOutcome(result.recevable, result.confidences.recevable);
    },
  }),
  'listeElectorale.valable': defineCalculator({
    summary:
      'la demande permet de voter à ce scrutin : oui, non (irrecevable, ou reçue après la date limite de son canal : ' +
      'elle vaut pour les scrutins suivants), incertain quand le verdict tient au décompte au jour près d’une date ' +
      'non publiée (code électoral L17, L30, R5)',
    args: inscriptionArgs,
    compute: (args) => {
      const result = inscription(args);
      return listeElectoraleOutcome(result.valablePourCeScrutin, result.confidences.valablePourCeScrutin);
    },
  }),
  'listeElectorale.dateLimite': defineCalculator({
    summary:
      'dernier jour de la demande selon son canal (6e vendredi, 6e mercredi en ligne, 10e jour pour les cas de L30) : ' +
      'à afficher, jamais à noter au jour près hors des dates publiées (fiche §6.6)',
    args: inscriptionArgs,
    compute: (args) => inscription(args).dateLimite,
  }),
  'listeElectorale.commissionMembres': defineCalculator({
    summary:
      'nombre de membres de la commission de contrôle (3, ou 5 conseillers quand plusieurs listes ont des sièges ' +
      'dans une commune de 1 000 habitants et plus), incertain si la fiche ne le confirme pas (code électoral L19)',
    args: commissionArgs,
    compute: (args) => {
      const result = commission(args);
      return isScorableAsLaw(result.confidence) ? result.membres : 'incertain';
    },
  }),
  'listeElectorale.commissionQuorum': defineCalculator({
    summary: 'quorum de la commission de contrôle : 3 membres (code électoral R10)',
    args: commissionArgs,
    compute: (args) => commission(args).quorum,
  }),
  'listeElectorale.reunionDebut': defineCalculator({
    summary:
      'premier jour de la réunion de la commission avant le scrutin (24e jour précédant) : à afficher, jamais à noter ' +
      'au jour près hors des dates publiées (code électoral L19 III)',
    args: scrutinArgs,
    compute: ({ scrutinDate }) =>
      decideReunionCommission({ kind: 'reunion-commission', scrutinDate }).auPlusTot,
  }),
  'listeElectorale.reunionFin': defineCalculator({
    summary:
      'dernier jour de la réunion de la commission avant le scrutin (21e jour précédant) : à afficher, jamais à noter ' +
      'au jour près hors des dates publiées (code électoral L19 III)',
    args: scrutinArgs,
    compute: ({ scrutinDate }) =>
      decideReunionCommission({ kind: 'reunion-commission', scrutinDate }).auPlusTard,
  }),
  'listeElectorale.delaiJours': defineCalculator({
    summary:
      'un délai fixe de la liste électorale, en jours : decision-maire (5), notification (2), ' +
      'observations-radiation (15), rapo (5), decision-commission (30), tribunal (7), recours-tableau (7) ' +
      '(code électoral L18, L19, L20, R13)',
    args: z.strictObject({ delai: z.enum(DELAIS_LISTE_IDS) }),
    compute: ({ delai }) => delaiListe(delai).jours,
  }),
} as const;

/** Whole-submission judgements of the same domain: none yet (see {@link listeElectoraleCalculators}). */
export const listeElectoraleAssessors = {};
