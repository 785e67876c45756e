import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import { checkAtLeastDaysBefore, checkWithinMonths, type DeadlineCheck } from './deadlines';
import type { EntretienCase, Instance } from './entretien-case';
import { RH_REFERENCES as REF } from './references';
import { verdict, type Verdict } from './verdict';

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

/** The source quoted in every entretien deadline note (also used by evaluateEntretien). */
export const SOURCE_DECRET =
  'décret 2014-1526 (article non cité : 5 ou 6 selon les sources, fiche RH §7.1) ; F566';
const FINE_COMPUTATION =
  'Calcul fin des délais (point de départ, jours francs, report, silence de l’autorité) : la fiche RH (§7.2) demande de ne noter que des écarts nets.';

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

/** A deadline's verdict: in time or not, at the check's confidence, with the fine-computation caveat. */
export function deadlineVerdict(check: DeadlineCheck, references: readonly string[], explication: string) {
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
