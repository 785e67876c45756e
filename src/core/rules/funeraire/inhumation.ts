import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import type { Confidence, InhumationCase } from './types';

/** R2213-33 (décret 2024-790): burial « au plus tard le quatorzième jour calendaire suivant » the day of death. */
export const INHUMATION_MAX_JOURS = 14;
/** At least 24 hours after the death (R2213-33). */
export const INHUMATION_MIN_HEURES = 24;
/**
 * The décret 2024-790 (JO of 11 July 2024) applies from 12 July 2024 to the persons who died from then on: before,
 * the old rule (6 days) applied, which this engine does not model.
 */
export const DECRET_2024_790_DEPUIS: IsoDate = '2024-07-12';

/** The `inhumation` answer. */
export interface InhumationResult {
  readonly auPlusTard: IsoDate;
  readonly references: readonly string[];
  readonly kind: 'inhumation';
  readonly confidence: Confidence;
  /** Null when no planned date was given, or when it is the day after the death (the hour decides the 24 hours). */
  readonly inhumationPrevueDansLeDelai: boolean | null;
  readonly explication: string;
}

/**
 * R2213-33: the 14th calendar day after the day of death, that day not counted, with no carry to a working day
 * (« jour calendaire »): death Saturday 7 November 2026 → Saturday 21 November 2026. Later, only a dérogation of
 * the préfet allows it. The same délai holds for a cremation. A death on 12 July 2024 itself, the day the décret
 * came into force, is marked M: sources differ on « depuis » or « postérieurement à » that day.
 */
export function decideInhumation(input: InhumationCase): InhumationResult {
  const auPlusTard = addDays(input.decesDate, INHUMATION_MAX_JOURS);
  const prevue = input.inhumationPrevueDate;
  const dansLeDelai = prevue === undefined ? null : isPlannedDateInTime(input.decesDate, prevue, auPlusTard);
  const planned =
    prevue === undefined
      ? ''
      : ` Inhumation prévue le ${formatFrenchDate(prevue)} : ${
          dansLeDelai === null
            ? 'le lendemain du décès, les 24 heures dépendent de l’heure du décès.'
            : dansLeDelai
              ? 'dans le délai.'
              : prevue > auPlusTard
                ? 'hors délai, une dérogation du préfet est nécessaire.'
                : 'moins de 24 heures après le décès, trop tôt.'
        }`;
  return {
    auPlusTard,
    references: ['CGCT R2213-33'],
    kind: 'inhumation',
    confidence: input.decesDate === DECRET_2024_790_DEPUIS ? 'M' : 'C',
    inhumationPrevueDansLeDelai: dansLeDelai,
    explication:
      `Décès le ${formatFrenchDate(input.decesDate)} : inhumation (ou crémation) au moins 24 heures après le ` +
      `décès et au plus tard le ${formatFrenchDate(auPlusTard)}, 14e jour calendaire suivant celui du décès, ` +
      'sans report au jour ouvrable suivant. Au-delà, une dérogation du préfet est nécessaire (une dérogation ' +
      `générale ne peut pas dépasser 21 jours).${planned}`,
  };
}

function isPlannedDateInTime(decesDate: IsoDate, prevue: IsoDate, auPlusTard: IsoDate): boolean | null {
  if (prevue === decesDate || prevue > auPlusTard) return false;
  if (prevue === addDays(decesDate, 1)) return null;
  return true;
}
