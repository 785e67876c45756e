import { daysBetween, formatFrenchDate, isNonWorkingDay, type IsoDate } from '../../dates';
import { z } from '../../validation/schema';
import {
  FRIDAY,
  WEDNESDAY,
  isoDateField,
  nthDayBefore,
  nthWeekdayBefore,
  publishedCalendar,
  scrutinDateField,
} from './scrutin-calendar';
import { weakestConfidence, type Confidence } from './types';

/** How the demand reached the mairie. */
export const CANAUX = ['mairie', 'courrier', 'en-ligne', 'courriel'] as const;
export type Canal = (typeof CANAUX)[number];

/**
 * Distance (days) between the demand and the computed deadline beyond which the verdict holds whatever a
 * one-week miscount of « 6e vendredi » would give: the fiche (§6.6) scores only published day counts.
 */
export const MISCOUNT_MARGIN_DAYS = 7;

/** `kind: "inscription"`: may this demand vote at this scrutin? */
export const inscriptionCaseSchema = z.strictObject({
  kind: z.literal('inscription'),
  scrutinDate: scrutinDateField,
  demandeDate: isoDateField('date de la demande'),
  canal: z.enum(CANAUX, { error: 'canal attendu : « mairie », « courrier », « en-ligne » ou « courriel »' }),
  casL30: z.boolean({ error: 'casL30 attendu : true ou false' }),
});

export type InscriptionCase = z.infer<typeof inscriptionCaseSchema>;

/** The `rules liste-electorale` output for an inscription. */
export interface InscriptionResult {
  readonly kind: 'inscription';
  readonly recevable: boolean;
  /** Last day (included) for a regular demand by this channel; for a courriel, that of a demand in mairie. */
  readonly dateLimite: IsoDate;
  readonly valablePourCeScrutin: boolean;
  readonly references: readonly string[];
  /** The weakest of the three marks below. */
  readonly confidence: Confidence;
  readonly confidences: {
    readonly recevable: Confidence;
    readonly dateLimite: Confidence;
    readonly valablePourCeScrutin: Confidence;
  };
  /** The computation rule of `dateLimite`, with its source. */
  readonly regleDeCalcul: string;
  readonly explication: string;
}

interface Deadline {
  readonly date: IsoDate;
  readonly rule: string;
  readonly references: readonly string[];
  readonly published?: IsoDate;
}

const NO_EXTENSION =
  'jours calendaires, date limite incluse, sans report au jour ouvré suivant (aucun texte ne le prévoit)';

/** The deadline of a demand: L30 cases to the 10th day, téléprocédure to the 6th Wednesday, else the 6th Friday. */
export function inscriptionDeadline(scrutinDate: IsoDate, canal: Canal, casL30: boolean): Deadline {
  const published = publishedCalendar(scrutinDate);
  if (casL30) {
    return {
      date: nthDayBefore(scrutinDate, 10),
      rule: `10e jour précédant le scrutin (code électoral L30) : date du scrutin moins 10 jours ; ${NO_EXTENSION}`,
      references: ['code électoral L30'],
      ...(published ? { published: published.inscriptionL30 } : {}),
    };
  }
  if (canal === 'en-ligne') {
    return {
      date: nthWeekdayBefore(scrutinDate, WEDNESDAY, 6),
      rule: `6e mercredi précédant le scrutin pour la téléprocédure (code électoral R5) ; ${NO_EXTENSION}`,
      references: ['code électoral R5'],
      ...(published ? { published: published.inscriptionEnLigne } : {}),
    };
  }
  return {
    date: nthWeekdayBefore(scrutinDate, FRIDAY, 6),
    rule:
      `6e vendredi précédant le scrutin (code électoral L17)${canal === 'courrier' ? ', date de réception du courrier en mairie' : ''} ; ` +
      NO_EXTENSION,
    references: ['code électoral L17'],
    ...(published ? { published: published.inscriptionMairie } : {}),
  };
}

function deadlineConfidence(deadline: Deadline, canal: Canal, casL30: boolean): Confidence {
  // The fiche does not say whether the téléprocédure serves the L30 cases.
  if (casL30 && canal === 'en-ligne') return 'M';
  return deadline.published === deadline.date ? 'C' : 'M';
}

/**
 * How sure the verdict is: certain for a courriel or a published date; for a computed date, partly sure when the
 * demand is more than a week from it (a miscount of the 6th Friday could not flip it), else uncertain.
 */
function verdictConfidence(input: InscriptionCase, deadline: IsoDate, dateMark: Confidence): Confidence {
  if (input.canal === 'courriel' || dateMark === 'C') return 'C';
  if (input.casL30 && input.canal === 'en-ligne') return 'M';
  return Math.abs(daysBetween(deadline, input.demandeDate)) > MISCOUNT_MARGIN_DAYS ? 'P' : 'M';
}

/**
 * Inscription on the liste électorale (code électoral L17, L30, R5): a courriel is not a demand; a receivable
 * demand votes at the scrutin when received by the deadline of its channel, else it serves the following ones.
 */
export function decideInscription(input: InscriptionCase): InscriptionResult {
  const { scrutinDate, demandeDate, canal, casL30 } = input;
  const recevable = canal !== 'courriel';
  const deadline = inscriptionDeadline(scrutinDate, canal, casL30);
  const inTime = demandeDate <= deadline.date;
  const valable = recevable && inTime;
  const dateMark = deadlineConfidence(deadline, canal, casL30);
  const confidences = {
    recevable: 'C',
    dateLimite: dateMark,
    valablePourCeScrutin: verdictConfidence(input, deadline.date, dateMark),
  } as const;
  const references = [
    ...new Set([...(recevable ? [] : ['code électoral L17', 'code électoral R5']), ...deadline.references]),
  ];
  return {
    kind: 'inscription',
    recevable,
    dateLimite: deadline.date,
    valablePourCeScrutin: valable,
    references,
    confidence: weakestConfidence(Object.values(confidences)),
    confidences,
    regleDeCalcul: deadline.rule,
    explication: explain(input, deadline, recevable, inTime, dateMark),
  };
}

function explain(
  input: InscriptionCase,
  deadline: Deadline,
  recevable: boolean,
  inTime: boolean,
  dateMark: Confidence,
): string {
  const limit = formatFrenchDate(deadline.date);
  const parts: string[] = [];
  if (!recevable) {
    parts.push(
      'Une demande par simple courriel est irrecevable : la demande se fait en mairie, par courrier ou par la ' +
        `téléprocédure, avec le formulaire cerfa 12669 (ou papier libre) et les pièces. Déposée régulièrement, elle devait l’être au plus tard le ${limit}.`,
    );
  } else if (inTime) {
    parts.push(`Demande reçue à temps (au plus tard le ${limit}) : l’électeur vote à ce scrutin.`);
  } else {
    parts.push(
      `Demande reçue après le ${limit} : trop tard pour ce scrutin ; elle vaut pour les scrutins suivants.`,
    );
  }
  if (isNonWorkingDay(deadline.date)) {
    parts.push('La date limite tombe un jour non ouvré : aucun texte ne la reporte.');
  }
  if (dateMark === 'M') {
    parts.push(
      input.casL30 && input.canal === 'en-ligne'
        ? 'Incertain : la fiche ne dit pas si la téléprocédure est ouverte aux cas de L30.'
        : 'Incertain : la fiche ne fait noter que les dates publiées (décompte au jour près, §6.6).',
    );
  }
  return parts.join(' ');
}
