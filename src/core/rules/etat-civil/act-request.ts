import { formatFrenchDate, type IsoDate } from '../../dates';
import {
  freeCommunicabilityDate,
  isFreelyCommunicable,
  isWithinMinorProtectionDoubt,
} from './communicability';
import { competentAuthority } from './competence';
import { entitlement, isRestrictedForm, type Entitlement } from './entitlement';
import { requiredRequestMentions } from './request-content';
import {
  HUNDRED_YEARS_MINOR_RULE,
  SEVENTY_FIVE_YEARS_RULE,
  deliveryArticle,
  uncertainPoint,
  type UncertainPoint,
} from './rule-catalogue';
import {
  ACT_LABELS,
  FORM_LABELS,
  type ActAlternative,
  type ActDecision,
  type ActForm,
  type ActOrientation,
  type ActType,
  type EventPlace,
  type Requester,
} from './vocabulary';

/** A request at the counter: the input of the `rules etat-civil` contract (issue 7). */
export interface ActRequest {
  readonly act: ActType;
  readonly form: ActForm;
  /** Year of the act, hence of its register. */
  readonly actYear: number;
  /** Day of the request. */
  readonly today: IsoDate;
  /** Where the event took place: `commune` means this commune holds the act. */
  readonly eventPlace: EventPlace;
  readonly requester: Requester;
  /** The person the act concerns is a minor who is not emancipated. */
  readonly subjectMinor: boolean;
  /** The requester shows the procureur's written authorisation (default: no). */
  readonly procureurAuthorisation?: boolean;
}

/** The counter's answer: the output of the `rules etat-civil` contract, with extra fields for the debrief. */
export interface ActRequestDecision {
  readonly decision: ActDecision;
  /** Set when the decision is `orienter`, otherwise null. */
  readonly orientation: ActOrientation | null;
  /** What can be offered instead; when orienting, what the requester will be offered there. */
  readonly alternatives: readonly ActAlternative[];
  /** French explanation for the trainee. */
  readonly reason: string;
  /** Code and article of each rule applied. */
  readonly references: readonly string[];
  /** Whether the requester may have this form of this act (wherever it is held). */
  readonly entitled: boolean;
  /** False when the decision rests on an uncertain point: shown, never scored. */
  readonly scored: boolean;
  /** Identifiers of the rules applied (see ETAT_CIVIL_RULES). */
  readonly rules: readonly string[];
  /** Points shown as information only. */
  readonly uncertain: readonly UncertainPoint[];
  /** What the request must state (décret 2017-890 art. 29), in French. */
  readonly requestMustState: readonly string[];
}

/** The requester's right once the archives rule is applied on top of the quality rules. */
interface Right {
  readonly entitled: boolean;
  readonly alternatives: readonly ActAlternative[];
  readonly scored: boolean;
  readonly rules: readonly string[];
  readonly references: readonly string[];
  readonly uncertain: readonly UncertainPoint[];
  readonly reason: string;
}

/**
 * Decides a request for an act, in this order:
 * 1. competent authority: an act this commune does not hold is never delivered here, whoever asks — the person
 *    is oriented (mairie du lieu, or the SCEC in Nantes for an event abroad) and told what they may get there;
 * 2. the requester's quality (décret 2017-890 art. 30, 32, 33; a minor subject cannot ask himself);
 * 3. archives: a birth or marriage act whose register closed more than 75 years ago goes to anyone
 *    (code du patrimoine L213-2).
 */
export function decideActRequest(request: ActRequest): ActRequestDecision {
  const right = rightOf(request);
  const authority = competentAuthority(request.act, request.eventPlace);
  const requestMustState = requiredRequestMentions(request.act, request.form);
  if (!authority.holdsAct) {
    return {
      decision: 'orienter',
      orientation: authority.orientation,
      alternatives: right.alternatives,
      reason: `${authority.reason} ${right.reason}`,
      references: [authority.reference, ...right.references],
      entitled: right.entitled,
      scored: authority.rule.scored,
      rules: [authority.rule.id, ...right.rules],
      uncertain: right.uncertain,
      requestMustState,
    };
  }
  return {
    decision: right.entitled ? 'delivrer' : 'refuser',
    orientation: null,
    alternatives: right.alternatives,
    reason: right.reason,
    references: right.references,
    entitled: right.entitled,
    scored: right.scored,
    rules: right.rules,
    uncertain: right.uncertain,
    requestMustState,
  };
}

function rightOf(request: ActRequest): Right {
  const quality = entitlement(request);
  const { act, form, actYear, today } = request;
  if (quality.entitled || !isRestrictedForm(act, form) || !isFreelyCommunicable(act, actYear, today)) {
    return fromQuality(quality, act);
  }
  const uncertain = isWithinMinorProtectionDoubt(act, actYear, today)
    ? [
        uncertainPoint(
          HUNDRED_YEARS_MINOR_RULE,
          'Certains sites appliquent 100 ans lorsque l’acte concerne une personne mineure ; cette lecture n’a pas ' +
            'été vérifiée pour les registres de l’état civil. La délivrance après 75 ans reste la règle appliquée.',
        ),
      ]
    : [];
  return {
    entitled: true,
    alternatives: [],
    scored: SEVENTY_FIVE_YEARS_RULE.scored,
    rules: [SEVENTY_FIVE_YEARS_RULE.id],
    references: [SEVENTY_FIVE_YEARS_RULE.reference],
    uncertain,
    reason:
      `Le registre de ${actYear} est librement communicable depuis le ` +
      `${formatFrenchDate(freeCommunicabilityDate(actYear))}, 75 ans après sa clôture : ` +
      `${FORM_LABELS[form]} ${ACT_LABELS[act]} se délivre alors à toute personne.`,
  };
}

function fromQuality(quality: Entitlement, act: ActType): Right {
  return {
    entitled: quality.entitled,
    alternatives: quality.alternatives,
    scored: quality.scored,
    rules: [quality.rule.id],
    references: [deliveryArticle(act)],
    uncertain: quality.uncertain,
    reason: quality.reason,
  };
}
