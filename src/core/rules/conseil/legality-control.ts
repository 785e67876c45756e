import { formatFrenchCents } from '../../french-format';
import { addDays, nextWorkingDayFrom, type IsoDate } from '../../dates';
import { addCalendarMonths } from './calendar';
import { uncertainInfo, type LegalRule, type UncertainInfo } from './legal-basis';

/** L2131-2: acts transmitted to the préfet. */
export const TRANSMISSION_RULE: LegalRule = {
  reference: 'CGCT L2131-2',
  confidence: 'P',
  statement:
    'Sont transmis au préfet : les délibérations du conseil et les décisions prises par délégation (sauf les ' +
    'tarifs des droits de voirie et de stationnement, le classement et l’alignement des voies communales, ' +
    'certaines délibérations relatives aux centres de gestion), les actes de police du maire (sauf circulation ' +
    'et stationnement), les marchés au-dessus d’un seuil, les décisions individuelles relatives au personnel.',
};

/** L2131-6: the préfet's déféré. */
export const DEFERRAL_RULE: LegalRule = {
  reference: 'CGCT L2131-6',
  confidence: 'C',
  statement:
    'Le préfet défère au tribunal administratif les actes transmis qu’il estime illégaux dans les deux mois ' +
    'suivant leur transmission ; il peut demander leur suspension.',
};

/** L2131-3: acts not transmitted, which the préfet may ask for. */
export const NON_TRANSMITTED_ACTS_RULE: LegalRule = {
  reference: 'CGCT L2131-3',
  confidence: 'C',
  statement:
    'Le préfet peut demander communication des actes non transmissibles dans les deux mois suivant la date où ' +
    'ils sont devenus exécutoires, puis les déférer dans les deux mois de leur communication.',
};

/** Threshold from which a marché is transmitted (D2131-5-1): by analogy with the 2026-2027 formalised threshold. */
export const MARKET_TRANSMISSION_THRESHOLD_HT = 216_000;

/** An act, described by what L2131-2 looks at. */
export type CommuneAct =
  | {
      readonly kind: 'deliberation' | 'decisionParDelegation';
      readonly exception?: 'voirie' | 'centreDeGestion' | null;
    }
  | {
      readonly kind: 'police';
      readonly subject: 'general' | 'circulationStationnement' | 'debitBoissonsAssociation';
    }
  | { readonly kind: 'marche'; readonly amountHT: number }
  | { readonly kind: 'personnel' }
  | { readonly kind: 'empruntOuConcession' | 'reglementaireAutre' | 'urbanisme' }
  | { readonly kind: 'autre' };

/** Whether an act goes to the préfet, and how sure the engine is. */
export interface TransmissionDecision {
  readonly transmissible: boolean;
  /** True when the answer rests on an unverified detail: information only, never a verdict. */
  readonly uncertain: boolean;
  readonly reference: string;
  /** French. */
  readonly note: string;
}

const REFERENCE = TRANSMISSION_RULE.reference;

function decision(transmissible: boolean, uncertain: boolean, note: string): TransmissionDecision {
  return { transmissible, uncertain, reference: REFERENCE, note };
}

/**
 * Classifies an act against L2131-2. Its confirmed core (délibérations, police acts, personnel decisions and
 * their listed exceptions) is certain; the market threshold and the items read only in an undated copy of the
 * article (other regulatory acts, loans and concessions, urbanisme, débits de boissons) are flagged uncertain.
 */
export function transmissionToPrefect(act: CommuneAct): TransmissionDecision {
  switch (act.kind) {
    case 'deliberation':
    case 'decisionParDelegation':
      if (act.exception === 'voirie')
        return decision(
          false,
          false,
          'Délibération de voirie (tarifs, classement, alignement) : non transmise.',
        );
      if (act.exception === 'centreDeGestion')
        return decision(
          false,
          false,
          'Délibération relative au centre de gestion ou aux taux de promotion : non transmise.',
        );
      return decision(true, false, 'Délibération ou décision prise par délégation : transmise au préfet.');
    case 'police':
      if (act.subject === 'circulationStationnement')
        return decision(
          false,
          false,
          'Arrêté de police de la circulation ou du stationnement : non transmis.',
        );
      if (act.subject === 'debitBoissonsAssociation')
        return decision(
          false,
          true,
          'Débit de boissons temporaire d’une association : non transmis (texte lu dans une copie non datée).',
        );
      return decision(true, false, 'Arrêté de police du maire : transmis au préfet.');
    case 'marche':
      return decision(
        act.amountHT >= MARKET_TRANSMISSION_THRESHOLD_HT,
        true,
        `Marché : transmis à partir de ${formatFrenchCents(MARKET_TRANSMISSION_THRESHOLD_HT * 100, '€ HT')} (seuil de D2131-5-1 retenu par analogie avec le seuil formalisé 2026-2027).`,
      );
    case 'personnel':
      return decision(true, false, 'Décision individuelle relative au personnel : transmise au préfet.');
    case 'empruntOuConcession':
    case 'reglementaireAutre':
    case 'urbanisme':
      return decision(
        true,
        true,
        'Acte listé par L2131-2 d’après une copie non datée de l’article : à vérifier.',
      );
    case 'autre':
      return decision(
        false,
        false,
        'Acte non listé par L2131-2 : non transmis ; le préfet peut en demander communication (L2131-3).',
      );
  }
}

/**
 * Fifteen days from signature to transmit an individual decision: legal-facts.md §7 item 8 (placed in L2131-2
 * since 2022, from memory). Information only.
 */
export function individualDecisionTransmissionDeadline(signedOn: IsoDate): UncertainInfo<IsoDate> {
  return uncertainInfo(
    addDays(signedOn, 15),
    REFERENCE,
    'Délai de quinze jours lu dans l’ancienne version de L2131-1 ; sa place actuelle dans L2131-2 n’est pas vérifiée.',
  );
}

/** Where the préfet's déféré stands on a given day. */
export interface DeferralWindow {
  /** `ouvert`: the préfet may still refer; `forclos`: too late; `incertain`: depends on how the days are counted. */
  readonly status: 'ouvert' | 'incertain' | 'forclos';
  /** Two calendar months after the transmission. */
  readonly nominalDeadline: IsoDate;
  /** Latest possible end if the period is a délai franc extended to the next working day (unverified). */
  readonly latestPossibleDeadline: IsoDate;
  readonly reference: string;
}

/** The two-month period of the déféré préfectoral (L2131-6), counted from the transmission. */
export function prefectDeferralWindow(transmittedOn: IsoDate, on: IsoDate): DeferralWindow {
  const nominalDeadline = addCalendarMonths(transmittedOn, 2);
  // The délai franc and the working-day extension are not in the fact sheet: the days between the two ends
  // are reported as uncertain rather than scored.
  const latestPossibleDeadline = nextWorkingDayFrom(addDays(nominalDeadline, 1));
  const status = on <= nominalDeadline ? 'ouvert' : on <= latestPossibleDeadline ? 'incertain' : 'forclos';
  return { status, nominalDeadline, latestPossibleDeadline, reference: DEFERRAL_RULE.reference };
}

/** Last day on which the préfet may ask for a non-transmitted act (L2131-3), nominal count. */
export function prefectCommunicationRequestDeadline(executoryOn: IsoDate): IsoDate {
  return addCalendarMonths(executoryOn, 2);
}
