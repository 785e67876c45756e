import { isIsoDate } from '../../../dates';
import {
  decideConcession,
  decideDroitInhumation,
  decideInhumation,
  isDureeLegale,
  parseFuneraireCase,
  type ConcessionCase,
  type ConcessionResult,
  type Confidence,
  type InhumationCase,
  type InhumationResult,
} from '../../../rules/funeraire';
import { defineCalculator, z } from '../rule-bridge';

const isoDate = z.string().refine(isIsoDate, 'date réelle AAAA-MM-JJ attendue');

const DUREE = 'durée attendue : un nombre entier d’années (1 à 999) ou « perpetuelle »';
const duree = z.union([z.number().int({ error: DUREE }).min(1).max(999), z.literal('perpetuelle')], {
  error: DUREE,
});

/**
 * Refuses, at the scenario's load, any case the `rules funeraire` command itself refuses (same message): the
 * scenario's arguments are the case without its `kind`.
 */
function refusedAsTheCommand<T extends object>(kind: string) {
  return (value: T, context: z.RefinementCtx) => {
    const parsed = parseFuneraireCase({ kind, ...value });
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.error });
  };
}

/** A death, and optionally the day the family wishes to bury (R2213-33). */
const inhumationArgs = z
  .strictObject({ decesDate: isoDate, inhumationPrevueDate: isoDate.optional() })
  .superRefine(refusedAsTheCommand('inhumation'));

/** A concession at the day of the question (L2223-14, L2223-15, L2223-17, R2223-12). */
const concessionArgs = z
  .strictObject({
    dureeAns: duree,
    acteDate: isoDate,
    questionDate: isoDate,
    echeanceDate: isoDate.optional(),
    derniereInhumationDate: isoDate.optional(),
  })
  .superRefine(refusedAsTheCommand('concession'));

/** The four grounds of L2223-3. */
const droitArgs = z.strictObject({
  decedeDansCommune: z.boolean(),
  domicilieDansCommune: z.boolean(),
  sepultureFamilleDansCommune: z.boolean(),
  francaisEtablisHorsDeFranceInscrit: z.boolean(),
});

function inhumation(args: z.infer<typeof inhumationArgs>): InhumationResult {
  const parsed = parseFuneraireCase({ kind: 'inhumation', ...args });
  if (!parsed.ok) throw new Error(parsed.error);
  return decideInhumation(parsed.value as InhumationCase);
}

function concession(args: z.infer<typeof concessionArgs>): ConcessionResult {
  const parsed = parseFuneraireCase({ kind: 'concession', ...args });
  if (!parsed.ok) throw new Error(parsed.error);
  return decideConcession(parsed.value as ConcessionCase);
}

/**
 * One word for a yes/no of the engine, so that a `branch` can route on it: `oui` / `non`, `sans-objet` when the
 * case does not ask, and `incertain` when the answer rests on a point the fact sheet forbids to score (confidence
 * `M`: a limit day, sheet §6.6; the hour of death for a burial the next day). A scenario never scores `incertain`.
 */
export type FuneraireOutcome = 'oui' | 'non' | 'incertain' | 'sans-objet';

/** See {@link FuneraireOutcome}. */
export function funeraireOutcome(value: boolean | null, confidence: Confidence): FuneraireOutcome {
  if (value === null) return 'sans-objet';
  if (confidence === 'M') return 'incertain';
  return value ? 'oui' : 'non';
}

/**
 * Rules funéraires (code général des collectivités territoriales, L2223-1 et suivants, R2213-33) a scenario may
 * name; each is a reading of `src/core/rules/funeraire`: the délai of a burial (R2213-33), the right to a grave in
 * the commune's cemetery (L2223-3), a concession's duration (L2223-14), its renewal and reprise (L2223-15) and the
 * reprise for abandon (L2223-17, R2223-12). Answers the sheet does not confirm come out `incertain`.
 */
export const funeraireCalculators = {
  'funeraire.inhumationAuPlusTard': defineCalculator({
    summary:
      'dernier jour pour inhumer (ou incinérer) : le 14e jour calendaire suivant le décès, sans report ' +
      '(CGCT R2213-33, décret 2024-790) ; incertain pour un décès du 12 juillet 2024',
    args: inhumationArgs,
    compute: (args) => {
      const result = inhumation(args);
      return result.confidence === 'M' ? 'incertain' : result.auPlusTard;
    },
  }),
  'funeraire.inhumationDansLeDelai': defineCalculator({
    summary:
      'l’inhumation prévue tombe dans le délai de R2213-33 : oui, non (trop tôt ou après le 14e jour), ' +
      'incertain (le lendemain du décès : l’heure décide des 24 heures), sans-objet sans date prévue',
    args: inhumationArgs,
    compute: (args) => {
      if (args.inhumationPrevueDate === undefined) return 'sans-objet';
      const result = inhumation(args);
      if (result.inhumationPrevueDansLeDelai === null) return 'incertain';
      return funeraireOutcome(result.inhumationPrevueDansLeDelai, result.confidence);
    },
  }),
  'funeraire.droitInhumation': defineCalculator({
    summary:
      'la sépulture est due dans le cimetière de la commune (décès, domicile, sépulture de famille, Français ' +
      'établi hors de France inscrit) : oui ou non (CGCT L2223-3)',
    args: droitArgs,
    compute: (args) => {
      const result = decideDroitInhumation({ kind: 'droit-inhumation', ...args });
      return funeraireOutcome(result.droit, result.confidence);
    },
  }),
  'funeraire.droitInhumationExplication': defineCalculator({
    summary: 'explication en français du droit à sépulture, avec ses motifs (CGCT L2223-3)',
    args: droitArgs,
    compute: (args) => decideDroitInhumation({ kind: 'droit-inhumation', ...args }).explication,
  }),
  'funeraire.dureeLegale': defineCalculator({
    summary:
      'la loi prévoit cette durée de concession : 15 ans au plus, 30, 50 ans ou perpétuelle (CGCT L2223-14)',
    args: z.strictObject({ dureeAns: duree }),
    compute: ({ dureeAns }) => (isDureeLegale(dureeAns) ? 'oui' : 'non'),
  }),
  'funeraire.echeance': defineCalculator({
    summary: 'échéance de la concession (donnée ou calculée depuis l’acte), vide pour une perpétuelle',
    args: concessionArgs,
    compute: (args) => concession(args).echeance ?? '',
  }),
  'funeraire.renouvellementJusquau': defineCalculator({
    summary:
      'dernier jour pour renouveler une concession à terme : deux ans après l’échéance (CGCT L2223-15), à ' +
      'afficher, jamais à noter au jour près ; vide pour une perpétuelle',
    args: concessionArgs,
    compute: (args) => concession(args).renouvellementPossibleJusquau ?? '',
  }),
  'funeraire.repriseNonRenouvellement': defineCalculator({
    summary:
      'la commune peut reprendre le terrain faute de renouvellement (deux ans passés depuis l’échéance) : oui, ' +
      'non, ou incertain à la limite ou pour une durée illégale (CGCT L2223-15)',
    args: concessionArgs,
    compute: (args) => {
      const result = concession(args);
      return funeraireOutcome(
        result.reprisePourNonRenouvellementPossible,
        result.confidenceDetail.reprisePourNonRenouvellementPossible,
      );
    },
  }),
  'funeraire.procedureAbandon': defineCalculator({
    summary:
      'la procédure de reprise pour état d’abandon peut être engagée (plus de 30 ans depuis l’acte, plus de ' +
      '10 ans depuis la dernière inhumation, concession non échue) : oui, non, ou incertain à la limite ' +
      '(CGCT L2223-17, R2223-12)',
    args: concessionArgs,
    compute: (args) => {
      const result = concession(args);
      return funeraireOutcome(
        result.procedureAbandonPossible,
        result.confidenceDetail.procedureAbandonPossible,
      );
    },
  }),
  'funeraire.procedureAbandonAPartirDu': defineCalculator({
    summary:
      'premier jour où les durées de L2223-17 et R2223-12 sont acquises, à afficher ; vide pour une concession ' +
      'à terme échue',
    args: concessionArgs,
    compute: (args) => concession(args).procedureAbandonPossibleAPartirDu ?? '',
  }),
  'funeraire.explication': defineCalculator({
    summary: 'explication en français d’une concession : durée, renouvellement, reprise pour abandon',
    args: concessionArgs,
    compute: (args) => concession(args).explication,
  }),
} as const;

/** Whole-submission judgements of the same domain (see {@link funeraireCalculators}): none yet. */
export const funeraireAssessors = {};
