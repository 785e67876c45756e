import { isIsoDate, type IsoDate } from '../../../dates';
import {
  CAP_MONTHS,
  CONVOCATION_DAYS,
  NOTIFICATION_DAYS,
  REVISION_FULL_DAYS,
  checkAtLeastDaysBefore,
  checkWithinDays,
  checkWithinFullDays,
  checkWithinMonths,
  entretienCaseSchema,
  evaluateEntretien,
  hasEntretienRight,
  type Confidence,
  type EntretienCase,
} from '../../../rules/rh';
import { defineCalculator, z } from '../rule-bridge';
import { rhRecrutementCalculators } from './rh-recrutement';

const isoDate = z.string().refine(isIsoDate, 'date réelle AAAA-MM-JJ attendue');

/**
 * The agent of an entretien, flat (a scenario's arguments are simple values): `statut`, and for a contractual
 * `contrat`, `dureeMois`, `emploiPermanent` (décret 88-145 art. 1-3). Checked by the engine's own case schema.
 */
const agentFields = {
  statut: z.enum(['titulaire', 'contractuel']),
  contrat: z.enum(['cdi', 'cdd', 'projet', 'accroissement-temporaire', 'saisonnier']).optional(),
  dureeMois: z.number().positive().optional(),
  emploiPermanent: z.boolean().optional(),
};

const entretienFields = {
  ...agentFields,
  entretienDate: isoDate,
  convocationDate: isoDate,
  fichePosteJointe: z.boolean(),
  notificationDate: isoDate.optional(),
  demandeRevisionDate: isoDate.optional(),
  reponseAutoriteDate: isoDate.optional(),
  saisineCapDate: isoDate.optional(),
  saisineCapSansRevision: z.boolean().optional(),
};

type EntretienArgs = z.infer<z.ZodObject<typeof entretienFields>>;
type AgentArgs = z.infer<z.ZodObject<typeof agentFields>>;

/** The engine's case from the flat arguments (only the fields given). */
function caseOf(args: EntretienArgs): unknown {
  const { statut, contrat, dureeMois, emploiPermanent, ...dates } = args;
  return { kind: 'entretien', agent: agentOf({ statut, contrat, dureeMois, emploiPermanent }), ...dates };
}

function agentOf({ statut, contrat, dureeMois, emploiPermanent }: AgentArgs) {
  return {
    statut,
    ...(contrat === undefined ? {} : { contrat }),
    ...(dureeMois === undefined ? {} : { dureeMois }),
    ...(emploiPermanent === undefined ? {} : { emploiPermanent }),
  };
}

/** Refuses, at the scenario's load, any case the `rules rh` command itself would refuse (same messages). */
function checkedBy(schema: z.ZodType, build: (args: never) => unknown) {
  return (value: unknown, context: z.RefinementCtx) => {
    const result = schema.safeParse(build(value as never));
    if (result.success) return;
    for (const issue of result.error.issues) {
      context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  };
}

const entretienArgs = z.strictObject(entretienFields).superRefine(checkedBy(entretienCaseSchema, caseOf));

/** The agent alone, checked through a minimal entretien case (dates irrelevant to the right). */
const agentCase = (agent: AgentArgs) => ({
  kind: 'entretien',
  agent: agentOf(agent),
  entretienDate: '2027-01-20',
  convocationDate: '2027-01-04',
  fichePosteJointe: true,
});
const agentArgs = z.strictObject(agentFields).superRefine(checkedBy(entretienCaseSchema, agentCase));

/**
 * One word for a verdict of the engine, so that a `branch` can route on it: `oui` / `non`, `sans-objet` when the
 * case does not ask, and `incertain` when the answer rests on a point the fact sheet forbids to score
 * (confidence `M`: the exact edge of a delay, the silence of the autorité…). A scenario never scores `incertain`.
 */
export type RhOutcome = 'oui' | 'non' | 'incertain' | 'sans-objet';

/** See {@link RhOutcome}. */
export function rhOutcome(value: boolean | null, confidence: Confidence | undefined): RhOutcome {
  if (value === null) return 'sans-objet';
  if (confidence === 'M') return 'incertain';
  return value ? 'oui' : 'non';
}

function evaluate(args: EntretienArgs) {
  return evaluateEntretien(entretienCaseSchema.parse(caseOf(args)) as EntretienCase);
}

/** A last (or first) day computed by the engine's deadline check, read from its note. */
function dayOf(check: { note: { date: string } }): IsoDate {
  return check.note.date;
}

const SOURCE = 'décret 2014-1526';

/**
 * Rules of the annual entretien professionnel a scenario may name (CGFP L521-1 to L521-5, décret 2014-1526,
 * décret 88-145 art. 1-3), each a reading of the rh engine (`src/core/rules/rh`): who has the right, the
 * convocation (at least 8 days before, fiche de poste joined), the revision (15 jours francs to the autorité
 * territoriale) and the CAP (within a month of its answer, never before it); then the recruitment and career
 * rules of `rh-recrutement.ts` (contract basis and duration, publication, documents, stage, titularisation).
 */
export const rhCalculators = {
  'rh.droitEntretien': defineCalculator({
    summary:
      'l’agent a droit à l’entretien professionnel : fonctionnaire, contractuel en CDI, en CDD de plus d’un an ' +
      'sur emploi permanent ou en contrat de projet (CGFP L521-1 ; décret 88-145 art. 1-3)',
    args: agentArgs,
    compute: (agent) => hasEntretienRight(agentOf(agent) as EntretienCase['agent']).value,
  }),
  'rh.droitEntretienExplication': defineCalculator({
    summary: 'explication en français du droit (ou non) à l’entretien (décret 88-145 art. 1-3)',
    args: agentArgs,
    compute: (agent) => hasEntretienRight(agentOf(agent) as EntretienCase['agent']).explication,
  }),
  'rh.convocation': defineCalculator({
    summary:
      'convocation régulière (au moins 8 jours avant, fiche de poste jointe) : oui, non, ou incertain à 8 jours ' +
      'tout juste (décret 2014-1526)',
    args: entretienArgs,
    compute: (args) => {
      const result = evaluate(args);
      return rhOutcome(result.convocationReguliere, result.confidenceParChamp.convocationReguliere);
    },
  }),
  'rh.revision': defineCalculator({
    summary:
      'demande de révision à l’autorité territoriale recevable (15 jours francs après la notification) : oui, ' +
      'non, incertain ou sans-objet (décret 2014-1526)',
    args: entretienArgs,
    compute: (args) => {
      const result = evaluate(args);
      return rhOutcome(result.revisionRecevable, result.confidenceParChamp.revisionRecevable);
    },
  }),
  'rh.saisineCap': defineCalculator({
    summary:
      'saisine de la CAP (CCP) recevable : seulement après la réponse à la demande de révision, dans le mois ; ' +
      'oui, non, incertain ou sans-objet (décret 2014-1526)',
    args: entretienArgs,
    compute: (args) => {
      const result = evaluate(args);
      return rhOutcome(result.capRecevable, result.confidenceParChamp.capRecevable);
    },
  }),
  'rh.instance': defineCalculator({
    summary: 'commission de recours : CAP pour un fonctionnaire, CCP pour un contractuel (décret 88-145)',
    args: entretienArgs,
    compute: (args) => evaluate(args).instance,
  }),
  'rh.explication': defineCalculator({
    summary: 'explication en français d’un cas d’entretien (droit, convocation, révision, CAP)',
    args: entretienArgs,
    compute: (args) => evaluate(args).explication,
  }),
  'rh.premierJourEntretien': defineCalculator({
    summary:
      'premier jour possible de l’entretien après la convocation : 8 jours au moins (décret 2014-1526)',
    args: z.strictObject({ convocationDate: isoDate }),
    compute: ({ convocationDate }) =>
      dayOf(checkAtLeastDaysBefore(convocationDate, convocationDate, CONVOCATION_DAYS, 'entretien', SOURCE)),
  }),
  'rh.dernierJourNotification': defineCalculator({
    summary: 'dernier jour pour notifier le compte rendu : 15 jours après l’entretien (décret 2014-1526)',
    args: z.strictObject({ entretienDate: isoDate }),
    compute: ({ entretienDate }) =>
      dayOf(checkWithinDays(entretienDate, entretienDate, NOTIFICATION_DAYS, 'notification', SOURCE)),
  }),
  'rh.dernierJourRevision': defineCalculator({
    summary:
      'dernier jour de la demande de révision : 15 jours francs après la notification du compte rendu ' +
      '(décret 2014-1526 ; notifié le 10 janvier, au plus tard le 26)',
    args: z.strictObject({ notificationDate: isoDate }),
    compute: ({ notificationDate }) =>
      dayOf(checkWithinFullDays(notificationDate, notificationDate, REVISION_FULL_DAYS, 'révision', SOURCE)),
  }),
  'rh.dernierJourSaisineCap': defineCalculator({
    summary:
      'dernier jour pour saisir la CAP (CCP) : un mois après la réponse de l’autorité (décret 2014-1526)',
    args: z.strictObject({ reponseAutoriteDate: isoDate }),
    compute: ({ reponseAutoriteDate }) =>
      dayOf(checkWithinMonths(reponseAutoriteDate, reponseAutoriteDate, CAP_MONTHS, 'CAP', SOURCE)),
  }),
  ...rhRecrutementCalculators,
} as const;
