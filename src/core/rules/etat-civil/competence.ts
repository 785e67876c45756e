import { ABROAD_RULE, PLACE_OF_EVENT_RULE, type EtatCivilRule } from './rule-catalogue';
import type { ActOrientation, ActType, EventPlace } from './vocabulary';

/** Who delivers the act: this commune, or another office the person is sent to. */
export interface CompetentAuthority {
  /** True when this commune holds the act and delivers it. */
  readonly holdsAct: boolean;
  /** Where to send the person when this commune does not hold the act. */
  readonly orientation: ActOrientation | null;
  readonly rule: EtatCivilRule;
  /** The article for this kind of act. */
  readonly reference: string;
  /** French explanation. */
  readonly reason: string;
}

/** The code civil article that places each kind of act in the commune of the event. */
const PLACE_ARTICLE: Readonly<Record<ActType, string>> = {
  naissance: 'code civil art. 55',
  mariage: 'code civil art. 165',
  deces: 'code civil art. 78 et 80',
};

const PLACE_REASON: Readonly<Record<ActType, string>> = {
  naissance: 'L’acte de naissance est détenu par la mairie du lieu de naissance',
  mariage: 'L’acte de mariage est détenu par la mairie où le mariage a été célébré',
  deces: 'L’acte de décès est détenu par la mairie du lieu du décès ou du dernier domicile du défunt',
};

/**
 * The office that delivers an act: this commune when it holds it; the mairie of the place of the event
 * for another commune (code civil art. 55, 165, 78 and 80); the Service central d'état civil in Nantes for
 * an event abroad (décret 65-422 du 1er juin 1965).
 */
export function competentAuthority(act: ActType, eventPlace: EventPlace): CompetentAuthority {
  if (eventPlace === 'etranger') {
    return {
      holdsAct: false,
      orientation: 'scec_nantes',
      rule: ABROAD_RULE,
      reference: ABROAD_RULE.reference,
      reason:
        'L’événement a eu lieu à l’étranger : l’acte est détenu par le Service central d’état civil ' +
        '(ministère des Affaires étrangères, Nantes), auprès duquel la demande se fait, de préférence en ligne.',
    };
  }
  const reference = PLACE_ARTICLE[act];
  if (eventPlace === 'autre_commune') {
    return {
      holdsAct: false,
      orientation: 'mairie_du_lieu',
      rule: PLACE_OF_EVENT_RULE,
      reference,
      reason: `${PLACE_REASON[act]}, et non par notre commune : la demande est à adresser à cette mairie.`,
    };
  }
  return {
    holdsAct: true,
    orientation: null,
    rule: PLACE_OF_EVENT_RULE,
    reference,
    reason: `${PLACE_REASON[act]} : la commune détient l’acte et le délivre.`,
  };
}

/** True when this commune holds the act (guard-friendly form of {@link competentAuthority}). */
export function holdsAct(eventPlace: EventPlace): boolean {
  return eventPlace === 'commune';
}
