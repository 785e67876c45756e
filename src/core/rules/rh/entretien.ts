import { addDays, formatFrenchDate, isIsoDate, type IsoDate } from '../../dates';
import { z } from '../../validation/schema';
import { booleanField, descriptionField, isoDateField, monthsField } from './case-parts';
import {
  checkAtLeastDaysBefore,
  checkWithinDays,
  checkWithinFullDays,
  checkWithinMonths,
  type DeadlineCheck,
} from './deadlines';
import { RH_REFERENCES as REF } from './references';
import { summarize, verdict, type DeadlineNote, type Verdict, type VerdictSummary } from './verdict';

/** Days between convocation and entretien, at least (décret 2014-1526; F566). */
export const CONVOCATION_DAYS = 8;
/** Days to notify the CR after the entretien. */
export const NOTIFICATION_DAYS = 15;
/** Jours francs to ask the autorité territoriale for a revision after the CR's notification. */
export const REVISION_FULL_DAYS = 15;
/** Days the autorité territoriale has to answer a revision request. */
export const ANSWER_DAYS = 15;
/** Months to refer to the CAP (CCP) after the autorité territoriale's answer. */
export const CAP_MONTHS = 1;
/** A CDD opens the right to an entretien when it lasts more than one year (décret 88-145 art. 1-3). */
export const CDD_MONTHS_FOR_ENTRETIEN = 12;

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
type Agent = EntretienCase['agent'];

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

const SOURCE_DECRET = 'décret 2014-1526 (article non cité : 5 ou 6 selon les sources, fiche RH §7.1) ; F566';
const FINE_COMPUTATION =
  'Calcul fin des délais (point de départ, jours francs, report, silence de l’autorité) : la fiche RH (§7.2) demande de ne noter que des écarts nets.';

/**
 * Does this agent have a right to the annual entretien? Every fonctionnaire (CGFP L521-1); a contractual in CDI,
 * in a CDD of more than one year on a permanent post, or in a contrat de projet; not one recruited for a
 * temporary or seasonal increase of activity (décret 88-145 art. 1-3; legal-facts-rh.md §1.8, case §8.5).
 */
export function hasEntretienRight(agent: Agent): Verdict<boolean> {
  if (agent.statut === 'titulaire') {
    return verdict(
      true,
      'C',
      [REF.entretien, REF.decretEntretien],
      'Un fonctionnaire a droit chaque année à un entretien professionnel, qui donne lieu à un compte rendu ; l’omettre est une faute.',
    );
  }
  const refs = [REF.entretienContractuels];
  const yes = (why: string) => verdict(true, 'C', refs, `Droit à l’entretien : ${why}.`);
  const no = (why: string) =>
    verdict(
      false,
      'C',
      refs,
      `Pas de droit à l’entretien : ${why} ; il est réservé au CDI, au CDD de plus d’un an sur emploi permanent et au contrat de projet.`,
    );
  switch (agent.contrat) {
    case 'cdi':
      return yes('contractuel en CDI');
    case 'projet':
      return yes('contrat de projet');
    case 'accroissement-temporaire':
      return no('contrat pour accroissement temporaire d’activité');
    case 'saisonnier':
      return no('contrat pour accroissement saisonnier d’activité');
    default: {
      const months = agent.dureeMois ?? 0;
      if (agent.emploiPermanent !== true) return no('CDD sur un emploi non permanent');
      return months > CDD_MONTHS_FOR_ENTRETIEN
        ? yes(`CDD de ${months} mois, plus d’un an, sur emploi permanent`)
        : no(`CDD de ${months} mois, pas plus d’un an`);
    }
  }
}

/**
 * Is the convocation regular? At least 8 days before the entretien, with the fiche de poste joined (décret
 * 2014-1526; F566; case §8.1). Exactly 8 days is marked `M` (fine computation, §7.2).
 */
export function checkConvocation(
  convocationDate: IsoDate,
  entretienDate: IsoDate,
  fichePosteJointe: boolean,
): { verdict: Verdict<boolean>; delay: DeadlineCheck } {
  const delay = checkAtLeastDaysBefore(
    convocationDate,
    entretienDate,
    CONVOCATION_DAYS,
    'premier jour possible de l’entretien après la convocation',
    SOURCE_DECRET,
  );
  const timing = `Convocation du ${formatFrenchDate(convocationDate)} pour un entretien le ${formatFrenchDate(entretienDate)} : ${delay.inTime ? 'au moins' : 'moins de'} ${CONVOCATION_DAYS} jours`;
  if (!fichePosteJointe) {
    return {
      verdict: verdict(
        false,
        'C',
        [REF.decretEntretien],
        `${timing}${delay.inTime ? ', mais' : ' et'} sans la fiche de poste : convocation irrégulière, il faut reconvoquer${delay.inTime ? '' : ` au moins ${CONVOCATION_DAYS} jours avant`} avec la fiche de poste et le support du compte rendu.`,
      ),
      delay,
    };
  }
  return {
    verdict: verdict(
      delay.inTime,
      delay.confidence,
      [REF.decretEntretien],
      delay.inTime
        ? `${timing}, fiche de poste jointe : convocation régulière.`
        : `${timing} : convocation irrégulière, il faut reconvoquer au moins ${CONVOCATION_DAYS} jours avant.`,
      FINE_COMPUTATION,
    ),
    delay,
  };
}

function deadlineVerdict(check: DeadlineCheck, references: readonly string[], explication: string) {
  return verdict(check.inTime, check.confidence, references, explication, FINE_COMPUTATION);
}

/**
 * Can the CAP (CCP) hear the agent? Only after a revision request to the autorité territoriale (§0.3, case §8.4),
 * within a month of its answer. A premature referral (before the answer, while the autorité still has its 15
 * days) is refused (`P`: the order of the steps is confirmed, its effect read from it); a late revision request,
 * or an autorité that never answered, leave the answer `M` (not in the sheet; silence is a §7.2 point).
 */
export function checkCapReferral(
  input: EntretienCase,
  instance: Instance,
  revision: Verdict<boolean> | null,
): { verdict: Verdict<boolean>; delay?: DeadlineCheck } {
  const refs = instance === 'CAP' ? [REF.decretEntretien] : [REF.entretienContractuels];
  const demande = input.demandeRevisionDate;
  const saisine = input.saisineCapDate;
  if (
    input.saisineCapSansRevision === true ||
    demande === undefined ||
    saisine === undefined ||
    saisine < demande
  ) {
    return {
      verdict: verdict(
        false,
        'C',
        refs,
        `Saisine de la ${instance} irrecevable : la demande de révision à l’autorité territoriale est obligatoire avant ; la ${instance} ne fait ensuite que proposer.`,
      ),
    };
  }
  if (revision !== null && !revision.value) {
    return {
      verdict: verdict(
        false,
        'M',
        refs,
        `La demande de révision était hors délai : la saisine de la ${instance} qui la suit ne peut pas être tenue pour recevable.`,
        'Effet d’une demande de révision tardive sur la saisine de la CAP : non précisé par la fiche RH.',
      ),
    };
  }
  const reponse = input.reponseAutoriteDate;
  const objet = `saisine de la ${instance}`;
  if (reponse === undefined) {
    const silenceEnd = addDays(demande, ANSWER_DAYS);
    const delay = checkWithinMonths(
      silenceEnd,
      saisine,
      CAP_MONTHS,
      objet,
      `${SOURCE_DECRET} ; silence lu comme un refus au terme des ${ANSWER_DAYS} jours`,
    );
    const value = saisine > silenceEnd && delay.inTime;
    return {
      verdict: verdict(
        value,
        'M',
        refs,
        `L’autorité territoriale n’a pas répondu à la demande de révision : ${value ? 'saisine' : 'saisine non'} recevable si son silence vaut refus au terme de ${ANSWER_DAYS} jours.`,
        'Silence de l’autorité territoriale sur la demande de révision : point non tranché (fiche RH §7.2).',
      ),
      delay,
    };
  }
  if (saisine < reponse) {
    const answerWindowOpen = saisine <= addDays(demande, ANSWER_DAYS);
    return {
      verdict: verdict(
        false,
        answerWindowOpen ? 'P' : 'M',
        refs,
        `Saisine de la ${instance} avant la réponse de l’autorité territoriale : prématurée, il faut attendre la réponse à la demande de révision.`,
        answerWindowOpen
          ? 'Effet d’une saisine prématurée : lu de l’ordre des étapes, non écrit dans la fiche.'
          : 'Silence de l’autorité territoriale au-delà de ses 15 jours : point non tranché (fiche RH §7.2).',
      ),
    };
  }
  const delay = checkWithinMonths(reponse, saisine, CAP_MONTHS, objet, SOURCE_DECRET);
  return {
    verdict: deadlineVerdict(
      delay,
      refs,
      delay.inTime
        ? `Saisine de la ${instance} le ${formatFrenchDate(saisine)}, dans le mois suivant la réponse de l’autorité territoriale : recevable ; la ${instance} propose, l’autorité arrête le compte rendu définitif.`
        : `Saisine de la ${instance} le ${formatFrenchDate(saisine)}, plus d’un mois après la réponse de l’autorité territoriale (au plus tard le ${formatFrenchDate(delay.note.date)}) : irrecevable.`,
    ),
    delay,
  };
}

/**
 * The `entretien` kind of `rules rh`: right to the entretien, convocation, notification, revision request, CAP
 * (CCP) referral and the competent commission (CGFP L521-1 to L521-5, décret 2014-1526, décret 88-145 art. 1-3).
 */
export function evaluateEntretien(input: EntretienCase): EntretienResult {
  const instance: Instance = input.agent.statut === 'titulaire' ? 'CAP' : 'CCP';
  const droit = hasEntretienRight(input.agent);
  const convocation = checkConvocation(input.convocationDate, input.entretienDate, input.fichePosteJointe);
  const delays: DeadlineCheck[] = [convocation.delay];

  let notification: Verdict<boolean> | null = null;
  if (input.notificationDate !== undefined) {
    const delay = checkWithinDays(
      input.entretienDate,
      input.notificationDate,
      NOTIFICATION_DAYS,
      'notification du compte rendu',
      SOURCE_DECRET,
    );
    delays.push(delay);
    notification = deadlineVerdict(
      delay,
      [REF.decretEntretien],
      delay.inTime
        ? `Compte rendu notifié le ${formatFrenchDate(input.notificationDate)}, dans les ${NOTIFICATION_DAYS} jours suivant l’entretien.`
        : `Compte rendu notifié le ${formatFrenchDate(input.notificationDate)}, au-delà des ${NOTIFICATION_DAYS} jours suivant l’entretien (au plus tard le ${formatFrenchDate(delay.note.date)}).`,
    );
  }

  let revision: Verdict<boolean> | null = null;
  if (input.demandeRevisionDate !== undefined && input.notificationDate !== undefined) {
    const delay = checkWithinFullDays(
      input.notificationDate,
      input.demandeRevisionDate,
      REVISION_FULL_DAYS,
      'demande de révision à l’autorité territoriale',
      `${SOURCE_DECRET} ; exemple de la fiche RH §1.7 (notifié le 10 janvier, demande au plus tard le 26)`,
    );
    delays.push(delay);
    revision = deadlineVerdict(
      delay,
      [REF.decretEntretien],
      delay.inTime
        ? `Demande de révision du ${formatFrenchDate(input.demandeRevisionDate)} : dans les ${REVISION_FULL_DAYS} jours francs suivant la notification, recevable ; l’autorité répond dans les ${ANSWER_DAYS} jours.`
        : `Demande de révision du ${formatFrenchDate(input.demandeRevisionDate)} : au-delà des ${REVISION_FULL_DAYS} jours francs suivant la notification (au plus tard le ${formatFrenchDate(delay.note.date)}), irrecevable.`,
    );
  }

  const capAsked = input.saisineCapDate !== undefined || input.saisineCapSansRevision === true;
  const cap = capAsked ? checkCapReferral(input, instance, revision) : null;
  if (cap?.delay) delays.push(cap.delay);

  const instanceVerdict = verdict(
    instance,
    'C',
    instance === 'CAP' ? [REF.decretEntretien] : [REF.entretienContractuels],
    instance === 'CAP'
      ? 'Instance de recours : la CAP, placée auprès du centre de gestion, pour un fonctionnaire.'
      : 'Instance de recours : la CCP (commission consultative paritaire), pour un contractuel.',
  );
  const summary = summarize({
    droitEntretien: droit,
    convocationReguliere: convocation.verdict,
    notificationDansLeDelai: notification,
    revisionRecevable: revision,
    capRecevable: cap?.verdict ?? null,
    instance: instanceVerdict,
  });
  return {
    kind: 'entretien',
    droitEntretien: droit.value,
    convocationReguliere: convocation.verdict.value,
    revisionRecevable: revision?.value ?? null,
    capRecevable: cap?.verdict.value ?? null,
    instance,
    ...summary,
    notificationDansLeDelai: notification?.value ?? null,
    delais: delays.map((delay) => delay.note),
  };
}
