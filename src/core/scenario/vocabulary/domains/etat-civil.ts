import { dateParts, isIsoDate } from '../../../dates';
import {
  BIRTH_DECLARANTS,
  actRequestSchema,
  assessBirthDeclaration,
  assessDeathDeclaration,
  birthDeclarationDeadline,
  decideActRequest,
  decideCounterDisclosure,
  DISCLOSURE_ASKERS,
  DISCLOSURE_SUBJECTS,
  freeCommunicabilityDate,
  isBirthDeclarationLate,
  requestStatesEnough,
  ACT_FORMS,
  ACT_TYPES,
  type ActRequestDecision,
  type BirthDeclaration,
  type DeathDeclaration,
} from '../../../rules/etat-civil';
import { defineCalculator, z } from '../rule-bridge';

const isoDate = z.string().refine(isIsoDate, 'date réelle AAAA-MM-JJ attendue');

const birthDeclarationArgs = z.strictObject({
  birthDate: isoDate,
  declarationDate: isoDate,
  birthPlace: z.enum(['commune', 'autre_commune', 'etranger']),
  declarant: z.enum(BIRTH_DECLARANTS),
});

const disclosureArgs = z.strictObject({
  asker: z.enum(DISCLOSURE_ASKERS),
  about: z.enum(DISCLOSURE_SUBJECTS),
});

const deathDeclarationArgs = z.strictObject({
  deathPlace: z.enum(['commune', 'autre_commune']),
  lastDomicileHere: z.boolean(),
});

/**
 * One word for the whole answer of the counter, so that a `branch` can route on it: the decision, or where
 * to send the person, or `incertain` when the decision rests on an uncertain point (never scored).
 */
export type ActRequestOutcome = 'delivrer' | 'refuser' | 'mairie_du_lieu' | 'scec_nantes' | 'incertain';

/** Flattens a decision of {@link decideActRequest} into one {@link ActRequestOutcome}. */
export function actRequestOutcome(decision: ActRequestDecision): ActRequestOutcome {
  if (!decision.scored) return 'incertain';
  if (decision.decision === 'orienter') return decision.orientation ?? 'mairie_du_lieu';
  return decision.decision;
}

/** As {@link actRequestOutcome}, for a birth declaration: `recevoir`, `refuser`, `mairie_du_lieu`, `consulat`. */
function birthOutcome(declaration: BirthDeclaration): string {
  const assessment = assessBirthDeclaration(declaration);
  if (!assessment.scored) return 'incertain';
  return assessment.decision === 'orienter'
    ? (assessment.orientation ?? 'mairie_du_lieu')
    : assessment.decision;
}

/**
 * The counter's level, 1 to 3: the « règlement » the SGM has learnt so far. The year may impose it
 * (`niveau`); otherwise it follows the month of the day played — January to April 1, May to August 2,
 * September to December 3 — so that harder visitors come as the year goes on. Game design, not law.
 */
export function counterLevel(date: string, imposed?: number): number {
  if (imposed !== undefined) return imposed;
  const { month } = dateParts(date);
  if (month <= 4) return 1;
  return month <= 8 ? 2 : 3;
}

/**
 * Civil-status rules a scenario may name: delivery of acts (décret 2017-890 art. 29 to 33, code du patrimoine
 * L213-2, competent office), birth and death declarations (code civil art. 55, 56, 78 and 80).
 */
export const etatCivilCalculators = {
  'etat-civil.birthDeclarationDeadline': defineCalculator({
    summary: 'dernier jour pour déclarer une naissance (code civil art. 55)',
    args: z.strictObject({ birthDate: isoDate }),
    compute: ({ birthDate }) => birthDeclarationDeadline(birthDate).lastDay,
  }),
  'etat-civil.isBirthDeclarationLate': defineCalculator({
    summary: 'la déclaration de naissance est hors délai (code civil art. 55)',
    args: z.strictObject({ birthDate: isoDate, declarationDate: isoDate }),
    compute: ({ birthDate, declarationDate }) => isBirthDeclarationLate(birthDate, declarationDate),
  }),
  'etat-civil.birthDeclarationOutcome': defineCalculator({
    summary:
      'réponse à une déclaration de naissance : recevoir, refuser, mairie_du_lieu, consulat ou incertain ' +
      '(code civil art. 55 et 56)',
    args: birthDeclarationArgs,
    compute: (declaration) => birthOutcome(declaration),
  }),
  'etat-civil.birthDeclarationReason': defineCalculator({
    summary: 'explication en français de la réponse à une déclaration de naissance (code civil art. 55)',
    args: birthDeclarationArgs,
    compute: (declaration) => assessBirthDeclaration(declaration).reason,
  }),
  'etat-civil.actRequestOutcome': defineCalculator({
    summary:
      'réponse à une demande d’acte : delivrer, refuser, mairie_du_lieu, scec_nantes, ou incertain quand ' +
      'elle repose sur un point non vérifié (décret 2017-890 art. 30 à 33, code du patrimoine L213-2)',
    args: actRequestSchema,
    compute: (request) => actRequestOutcome(decideActRequest(request)),
  }),
  'etat-civil.actRequestReason': defineCalculator({
    summary: 'explication en français de la réponse à une demande d’acte (décret 2017-890 art. 30 à 33)',
    args: actRequestSchema,
    compute: (request) => decideActRequest(request).reason,
  }),
  'etat-civil.freeCommunicabilityDate': defineCalculator({
    summary: 'premier jour où un registre de naissance ou de mariage est librement communicable (L213-2)',
    args: z.strictObject({ actYear: z.number().int().min(1792) }),
    compute: ({ actYear }) => freeCommunicabilityDate(actYear),
  }),
  'etat-civil.requestStatesEnough': defineCalculator({
    summary: 'la demande comporte les mentions exigées (décret 2017-890 art. 29)',
    args: z.strictObject({
      act: z.enum(ACT_TYPES),
      form: z.enum(ACT_FORMS),
      statesParentsNames: z.boolean(),
    }),
    compute: ({ act, form, statesParentsNames }) => requestStatesEnough(act, form, statesParentsNames),
  }),
  'etat-civil.deathDeclarationOutcome': defineCalculator({
    summary: 'réponse à une déclaration de décès : recevoir ou orienter (code civil art. 78)',
    args: deathDeclarationArgs,
    compute: (declaration: DeathDeclaration) => assessDeathDeclaration(declaration).decision,
  }),
  'etat-civil.deathTranscription': defineCalculator({
    summary:
      'transcription au dernier domicile : aucune, envoyer_expedition_au_dernier_domicile ou ' +
      'transcrire_a_reception (code civil art. 80)',
    args: deathDeclarationArgs,
    compute: (declaration: DeathDeclaration) => assessDeathDeclaration(declaration).transcription ?? 'aucune',
  }),
  'etat-civil.deathDeclarationReason': defineCalculator({
    summary: 'explication en français de la réponse à une déclaration de décès (code civil art. 78 et 80)',
    args: deathDeclarationArgs,
    compute: (declaration: DeathDeclaration) => assessDeathDeclaration(declaration).reason,
  }),
  'etat-civil.counterDisclosure': defineCalculator({
    summary:
      'confidentialité au guichet : repondre (la personne concernée) ou ne_rien_dire (un tiers) ' +
      '(CGFP L121-6 et L121-7, code pénal art. 226-13, code civil art. 9)',
    args: disclosureArgs,
    compute: (question) => decideCounterDisclosure(question).decision,
  }),
  'etat-civil.counterDisclosureReason': defineCalculator({
    summary: 'explication en français de la règle de confidentialité au guichet (CGFP L121-6 et L121-7)',
    args: disclosureArgs,
    compute: (question) => decideCounterDisclosure(question).reason,
  }),
  'etat-civil.counterLevel': defineCalculator({
    summary: 'niveau du guichet (1 à 3) : imposé par l’année, ou selon le mois du jour joué',
    args: z.strictObject({ date: isoDate, niveau: z.number().int().min(1).max(3).optional() }),
    compute: ({ date, niveau }) => counterLevel(date, niveau),
  }),
} as const;
