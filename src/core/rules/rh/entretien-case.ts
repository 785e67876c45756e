import { isIsoDate } from '../../dates';
import { z } from '../../validation/schema';
import { booleanField, descriptionField, isoDateField, monthsField } from './case-parts';
import type { DeadlineNote, VerdictSummary } from './verdict';

const CONTRATS = ['cdi', 'cdd', 'projet', 'accroissement-temporaire', 'saisonnier'] as const;
/** The contract of a contractual agent. */
export type Contrat = (typeof CONTRATS)[number];

const agentSchema = z
  .strictObject({
    statut: z.enum(['titulaire', 'contractuel'], {
      error: 'statut attendu : « titulaire » ou « contractuel »',
    }),
    contrat: z
      .enum(CONTRATS, {
        error:
          'contrat attendu : « cdi », « cdd », « projet », « accroissement-temporaire » ou « saisonnier »',
      })
      .optional(),
    dureeMois: monthsField('durée du contrat').optional(),
    emploiPermanent: booleanField('le contrat est-il sur un emploi permanent ?').optional(),
  })
  .superRefine((agent, context) => {
    if (agent.statut === 'contractuel' && agent.contrat === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['contrat'],
        message: 'un contractuel a un contrat : « contrat » est requis',
      });
    }
    if (agent.statut === 'titulaire' && agent.contrat !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['contrat'],
        message: 'un titulaire n’a pas de contrat : retirer « contrat »',
      });
    }
    if (agent.contrat === 'cdd' && agent.dureeMois === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['dureeMois'],
        message: 'CDD : « dureeMois » est requis (le droit à l’entretien dépend d’une durée de plus d’un an)',
      });
    }
    if (agent.contrat === 'cdd' && agent.emploiPermanent === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['emploiPermanent'],
        message: 'CDD : « emploiPermanent » est requis (le droit à l’entretien suppose un emploi permanent)',
      });
    }
  });

/** Adds an issue when two given dates are in the wrong order. */
function requireOrder(
  context: z.RefinementCtx,
  earlier: string | undefined,
  later: string | undefined,
  path: string,
  message: string,
): void {
  if (isIsoDate(earlier) && isIsoDate(later) && later < earlier) {
    context.addIssue({ code: 'custom', path: [path], message });
  }
}

/** A `kind: "entretien"` case (issue 21). */
export const entretienCaseSchema = z
  .strictObject({
    kind: z.literal('entretien'),
    description: descriptionField,
    agent: agentSchema,
    entretienDate: isoDateField('date de l’entretien'),
    convocationDate: isoDateField('date de la convocation'),
    fichePosteJointe: booleanField('la fiche de poste est-elle jointe à la convocation ?'),
    notificationDate: isoDateField('date de notification du compte rendu').optional(),
    demandeRevisionDate: isoDateField('date de la demande de révision').optional(),
    reponseAutoriteDate: isoDateField('date de la réponse de l’autorité territoriale').optional(),
    saisineCapDate: isoDateField('date de saisine de la CAP (ou CCP)').optional(),
    saisineCapSansRevision: booleanField('la CAP a-t-elle été saisie sans demande de révision ?').optional(),
  })
  .superRefine((value, context) => {
    requireOrder(
      context,
      value.convocationDate,
      value.entretienDate,
      'convocationDate',
      'convocation postérieure à l’entretien : dates incohérentes',
    );
    requireOrder(
      context,
      value.entretienDate,
      value.notificationDate,
      'notificationDate',
      'compte rendu notifié avant l’entretien : dates incohérentes',
    );
    requireOrder(
      context,
      value.notificationDate,
      value.demandeRevisionDate,
      'demandeRevisionDate',
      'demande de révision antérieure à la notification du compte rendu : dates incohérentes',
    );
    requireOrder(
      context,
      value.demandeRevisionDate,
      value.reponseAutoriteDate,
      'reponseAutoriteDate',
      'réponse de l’autorité antérieure à la demande de révision : dates incohérentes',
    );
    requireOrder(
      context,
      value.notificationDate,
      value.saisineCapDate,
      'saisineCapDate',
      'saisine de la CAP antérieure à la notification du compte rendu : dates incohérentes',
    );
    const missing = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (value.demandeRevisionDate !== undefined && value.notificationDate === undefined) {
      missing('notificationDate', 'requise pour juger la demande de révision (15 jours francs après elle)');
    }
    if (value.reponseAutoriteDate !== undefined && value.demandeRevisionDate === undefined) {
      missing('demandeRevisionDate', 'une réponse de l’autorité suppose une demande de révision');
    }
    if (value.saisineCapSansRevision === true && value.demandeRevisionDate !== undefined) {
      missing(
        'saisineCapSansRevision',
        'contradiction : une demande de révision est datée (« demandeRevisionDate »)',
      );
    }
  });

/** A valid `entretien` case. */
export type EntretienCase = z.infer<typeof entretienCaseSchema>;

/** The commission that hears a disputed CR: the CAP for a fonctionnaire, the CCP for a contractual. */
export type Instance = 'CAP' | 'CCP';

/** What `rules rh` prints for an `entretien` case: the contract's fields, then the common tail and extras. */
export interface EntretienResult extends VerdictSummary {
  readonly kind: 'entretien';
  readonly droitEntretien: boolean;
  readonly convocationReguliere: boolean;
  /** `null` when the case asks for no revision. */
  readonly revisionRecevable: boolean | null;
  /** `null` when the CAP (CCP) was not referred to. */
  readonly capRecevable: boolean | null;
  readonly instance: Instance;
  /** Extra: CR notified within 15 days of the entretien; `null` without a notification date. */
  readonly notificationDansLeDelai: boolean | null;
  /** Extra: how each deadline of the case was computed. */
  readonly delais: readonly DeadlineNote[];
}
