import { isIsoDate } from '../../../dates';
import {
  checkAffichageDepot,
  decideAffichageDecision,
  decideSilence,
  DEMANDES,
  DOCUMENTS,
  evaluateUrbanismeCase,
  parseUrbanismeCase,
  type Confidence,
  type UrbanismeCase,
  type UrbanismeResult,
} from '../../../rules/urbanisme';
import { defineCalculator, z } from '../rule-bridge';

const isoDate = z.string().refine(isIsoDate, 'date réelle AAAA-MM-JJ attendue');

/** A request as the `rules urbanisme` command reads it, flat (a scenario's arguments are simple values). */
const caseFields = {
  demande: z.enum(DEMANDES),
  document: z.enum(DOCUMENTS),
  depotDate: isoDate,
  abordsMonumentHistorique: z.boolean(),
  majorationNotifieeDate: isoDate.optional(),
  piecesDemandeesDate: isoDate.optional(),
};

/** Refuses, at the scenario's load, any case the `rules urbanisme` command itself refuses (same message). */
const caseArgs = z.strictObject(caseFields).superRefine((value, context) => {
  const parsed = parseUrbanismeCase(value);
  if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.error });
});

type CaseArgs = z.infer<typeof caseArgs>;

function evaluate(args: CaseArgs): UrbanismeResult {
  const parsed = parseUrbanismeCase(args);
  if (!parsed.ok) throw new Error(parsed.error);
  return evaluateUrbanismeCase(parsed.value satisfies UrbanismeCase);
}

/**
 * One word for a yes/no of the engine, so that a `branch` can route on it: `oui` / `non`, `sans-objet` when the
 * case does not ask, and `incertain` when the answer rests on a point the fact sheet forbids to score (confidence
 * `M`: the limit day of « dans le mois », sheet §6.6). A scenario never scores `incertain`.
 */
export type UrbanismeOutcome = 'oui' | 'non' | 'incertain' | 'sans-objet';

/** See {@link UrbanismeOutcome}. */
export function urbanismeOutcome(value: boolean | null, confidence: Confidence): UrbanismeOutcome {
  if (value === null) return 'sans-objet';
  if (confidence === 'M') return 'incertain';
  return value ? 'oui' : 'non';
}

/**
 * Rules of the autorisations d’urbanisme a scenario may name (code de l’urbanisme), each a reading of the
 * urbanisme engine (`src/core/rules/urbanisme`): who decides (L422-1), the délai d’instruction (R423-23, R423-24,
 * R423-42; R410-12 for a certificat), a request for missing documents (R423-38, R423-39, R423-41), the avis de
 * dépôt (R423-6), the silence of the administration (L424-2, R424-1, R423-39, R410-12) and the posting of the
 * decision (R424-15). Values the sheet does not confirm to the day come out `incertain` or are for display only.
 */
export const urbanismeCalculators = {
  'urbanisme.autorite': defineCalculator({
    summary:
      'au nom de qui la décision est prise : commune (PLU ou carte communale) ou etat (RNU), incertain sinon ' +
      '(code de l’urbanisme L422-1)',
    args: caseArgs,
    compute: (args) => {
      const result = evaluate(args);
      return result.confidenceDetail.autorite === 'M' ? 'incertain' : result.autorite;
    },
  }),
  'urbanisme.delaiMois': defineCalculator({
    summary:
      'délai d’instruction en mois, majoration opposable comprise (R423-23, R423-24, R423-42 ; R410-12) ; ' +
      'incertain quand la majoration est notifiée le jour limite du mois',
    args: caseArgs,
    compute: (args) => {
      const result = evaluate(args);
      return result.confidenceDetail.delaiMois === 'M' ? 'incertain' : result.delaiMois;
    },
  }),
  'urbanisme.delaiDroitCommunMois': defineCalculator({
    summary: 'délai d’instruction de droit commun en mois, sans majoration (R423-23 ; R410-12)',
    args: caseArgs,
    compute: (args) => evaluate(args).delaiDroitCommunMois,
  }),
  'urbanisme.piecesDemande': defineCalculator({
    summary:
      'la demande de pièces manquantes suspend le délai (envoyée dans le mois) : oui, non (tardive, R423-41), ' +
      'sans-objet (aucune demande, certificat) ou incertain (le jour limite) (R423-38, R423-39)',
    args: caseArgs,
    compute: (args) => {
      const result = evaluate(args);
      return urbanismeOutcome(result.piecesDemandeOpposable, result.confidenceDetail.piecesDemandeOpposable);
    },
  }),
  'urbanisme.affichageDepotAvant': defineCalculator({
    summary:
      'dernier jour pour afficher l’avis de dépôt en mairie : 15 jours après le dépôt (R423-6), à afficher, ' +
      'jamais à noter au jour près ; vide pour un certificat d’urbanisme',
    args: caseArgs,
    compute: (args) => evaluate(args).affichageDepotAvant ?? '',
  }),
  'urbanisme.affichageDepotDansLeDelai': defineCalculator({
    summary:
      'l’avis de dépôt affiché à cette date l’est dans les 15 jours : oui, non, ou incertain le 15e jour (R423-6)',
    args: z.strictObject({ depotDate: isoDate, affichageDate: isoDate }),
    compute: ({ depotDate, affichageDate }) => {
      const check = checkAffichageDepot(depotDate, affichageDate);
      return urbanismeOutcome(check.dansLeDelai, check.confidence);
    },
  }),
  'urbanisme.echeanceIndicative': defineCalculator({
    summary:
      'date indicative de la décision tacite (dépôt + délai, de mois à mois) quand le délai court du dépôt, ' +
      'vide sinon : à afficher (récépissé), jamais à noter au jour près (fiche §6.6)',
    args: caseArgs,
    compute: (args) => evaluate(args).echeanceIndicative ?? '',
  }),
  'urbanisme.explication': defineCalculator({
    summary: 'explication en français d’un cas : autorité, délai, pièces, affichage du dépôt',
    args: caseArgs,
    compute: (args) => evaluate(args).explication,
  }),
  'urbanisme.silence': defineCalculator({
    summary:
      'ce que vaut le silence à l’échéance, hors cas de R424-2, R424-3, R424-2-1 : non-opposition-tacite, ' +
      'permis-tacite, opposition-tacite ou rejet-tacite (pièces non fournies en 3 mois), certificat-tacite ' +
      '(L424-2, R424-1, R423-39, R410-12)',
    args: z.strictObject({ demande: z.enum(DEMANDES), piecesNonFournies: z.boolean() }),
    compute: ({ demande, piecesNonFournies }) => decideSilence(demande, piecesNonFournies).silence,
  }),
  'urbanisme.affichageDecisionAvant': defineCalculator({
    summary:
      'dernier jour pour afficher la décision en mairie : 8 jours après elle, pour 2 mois (R424-15), à afficher, ' +
      'jamais à noter au jour près',
    args: z.strictObject({ decisionDate: isoDate }),
    compute: ({ decisionDate }) => decideAffichageDecision(decisionDate).affichageAvant,
  }),
  'urbanisme.affichageDecisionMois': defineCalculator({
    summary: 'durée de l’affichage de la décision en mairie, en mois (R424-15)',
    args: z.strictObject({ decisionDate: isoDate }),
    compute: ({ decisionDate }) => decideAffichageDecision(decisionDate).dureeMois,
  }),
} as const;
