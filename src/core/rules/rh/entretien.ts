import { formatFrenchDate } from '../../dates';
import { checkWithinDays, checkWithinFullDays, type DeadlineCheck } from './deadlines';
import type { EntretienCase, EntretienResult, Instance } from './entretien-case';
import {
  ANSWER_DAYS,
  checkCapReferral,
  checkConvocation,
  deadlineVerdict,
  NOTIFICATION_DAYS,
  REVISION_FULL_DAYS,
  SOURCE_DECRET,
} from './entretien-deadlines';
import { RH_REFERENCES as REF } from './references';
import { summarize, verdict, type Verdict } from './verdict';

/** A CDD opens the right to an entretien when it lasts more than one year (décret 88-145 art. 1-3). */
export const CDD_MONTHS_FOR_ENTRETIEN = 12;

type Agent = EntretienCase['agent'];

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
