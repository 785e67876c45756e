import {
  addDays,
  formatFrenchDate,
  isPublicHoliday,
  nextWorkingDayFrom,
  weekday,
  type IsoDate,
} from '../../dates';
import {
  BIRTH_DEADLINE_RULE,
  BIRTH_DECLARANTS_RULE,
  LATE_BIRTH_RULE,
  OTHER_BIRTH_DECLARANTS_RULE,
  PLACE_OF_EVENT_RULE,
  uncertainPoint,
  type UncertainPoint,
} from './rule-catalogue';

/** Days to declare a birth in metropolitan France (code civil art. 55; 8 days only in listed communes of Guyane). */
export const BIRTH_DECLARATION_DAYS = 5;

/** Where the child was born, relative to this commune. */
export type BirthPlace = 'commune' | 'autre_commune' | 'etranger';

/**
 * Who comes to declare: the father, the doctor, the midwife, another person present at the birth (maternity
 * staff included), the person at whose home the mother gave birth — the list of code civil art. 56 — and, outside
 * that list, the mother or another person.
 */
export const BIRTH_DECLARANTS = [
  'pere',
  'medecin',
  'sage_femme',
  'personne_presente',
  'hote',
  'mere',
  'autre',
] as const;
/** A birth declarant. */
export type BirthDeclarant = (typeof BIRTH_DECLARANTS)[number];

/** The declarants code civil art. 56 names. */
export const LISTED_BIRTH_DECLARANTS: readonly BirthDeclarant[] = [
  'pere',
  'medecin',
  'sage_femme',
  'personne_presente',
  'hote',
];

/** The last day to declare a birth. */
export interface BirthDeclarationDeadline {
  /** Fifth day after the birth, the day of birth not counted. */
  readonly nominalLastDay: IsoDate;
  /** The last day after extension to the next working day. */
  readonly lastDay: IsoDate;
  /** True when the nominal last day was a Saturday, a Sunday or a public holiday. */
  readonly extended: boolean;
}

/**
 * Code civil art. 55 and décret 2017-278 art. 1: five days after the birth, the day of birth not counted;
 * a last day falling on a Saturday, a Sunday or a public holiday moves to the next working day.
 * Example: born Monday 21 December 2026 → day 5 is Saturday 26 → Monday 28 December.
 */
export function birthDeclarationDeadline(birthDate: IsoDate): BirthDeclarationDeadline {
  const nominalLastDay = addDays(birthDate, BIRTH_DECLARATION_DAYS);
  const lastDay = nextWorkingDayFrom(nominalLastDay);
  return { nominalLastDay, lastDay, extended: lastDay !== nominalLastDay };
}

/** True when a birth is declared after the last day (code civil art. 55). Throws if declared before the birth. */
export function isBirthDeclarationLate(birthDate: IsoDate, declarationDate: IsoDate): boolean {
  if (declarationDate < birthDate) {
    throw new RangeError(
      `Déclaration du ${declarationDate} antérieure à la naissance du ${birthDate} : dates incohérentes.`,
    );
  }
  return declarationDate > birthDeclarationDeadline(birthDate).lastDay;
}

/** True for the declarants named by code civil art. 56. */
export function isListedBirthDeclarant(declarant: BirthDeclarant): boolean {
  return LISTED_BIRTH_DECLARANTS.includes(declarant);
}

/** A birth declaration presented at the counter. */
export interface BirthDeclaration {
  readonly birthDate: IsoDate;
  readonly declarationDate: IsoDate;
  readonly birthPlace: BirthPlace;
  readonly declarant: BirthDeclarant;
}

/** What the officer does after refusing a late declaration. */
export type LateBirthFollowUp = 'jugement_declaratif' | 'aviser_procureur';

/** The counter's answer to a birth declaration. */
export interface BirthDeclarationAssessment {
  readonly decision: 'recevoir' | 'refuser' | 'orienter';
  /** The mairie of the place of birth, or the French consulate for a birth abroad. */
  readonly orientation: 'mairie_du_lieu' | 'consulat' | null;
  /** Null for a birth abroad (15 days before the consular agents, not this commune's business). */
  readonly deadline: BirthDeclarationDeadline | null;
  readonly late: boolean;
  readonly followUp: readonly LateBirthFollowUp[];
  /** French explanation. */
  readonly reason: string;
  readonly references: readonly string[];
  /** False when the decision rests on an uncertain point. */
  readonly scored: boolean;
  readonly rules: readonly string[];
  readonly uncertain: readonly UncertainPoint[];
}

/**
 * Decides a birth declaration: place of birth first (code civil art. 55: the officer of the place of birth),
 * then the deadline (art. 55, décret 2017-278 art. 1), then the declarant (art. 56). A late declaration is
 * refused whoever declares: only a jugement déclaratif allows the act, and the officer informs the procureur.
 */
export function assessBirthDeclaration(declaration: BirthDeclaration): BirthDeclarationAssessment {
  const { birthDate, declarationDate, birthPlace, declarant } = declaration;
  if (birthPlace === 'etranger') {
    return {
      decision: 'orienter',
      orientation: 'consulat',
      deadline: null,
      late: false,
      followUp: [],
      reason:
        'Une naissance à l’étranger se déclare dans les quinze jours auprès des agents diplomatiques ou ' +
        'consulaires français, pas en mairie.',
      references: ['code civil art. 55'],
      scored: true,
      rules: [PLACE_OF_EVENT_RULE.id],
      uncertain: [],
    };
  }
  const deadline = birthDeclarationDeadline(birthDate);
  const late = isBirthDeclarationLate(birthDate, declarationDate);
  const timing = describeTiming(birthDate, declarationDate, deadline, late);
  const deadlineRefs = ['code civil art. 55', 'décret 2017-278 art. 1'];
  if (birthPlace === 'autre_commune') {
    return {
      decision: 'orienter',
      orientation: 'mairie_du_lieu',
      deadline,
      late,
      followUp: [],
      reason: `La naissance se déclare à l’officier de l’état civil du lieu de naissance, pas ici. ${timing}`,
      references: ['code civil art. 55'],
      scored: true,
      rules: [PLACE_OF_EVENT_RULE.id, BIRTH_DEADLINE_RULE.id],
      uncertain: [],
    };
  }
  if (late) {
    return {
      decision: 'refuser',
      orientation: null,
      deadline,
      late,
      followUp: ['jugement_declaratif', 'aviser_procureur'],
      reason:
        `${timing} L’officier de l’état civil refuse la déclaration : seul un jugement déclaratif du tribunal ` +
        'judiciaire du lieu de naissance permet d’établir l’acte, et l’officier en avise le procureur de la ' +
        'République.',
      references: deadlineRefs,
      scored: true,
      rules: [BIRTH_DEADLINE_RULE.id, LATE_BIRTH_RULE.id],
      uncertain: [],
    };
  }
  const listed = isListedBirthDeclarant(declarant);
  const declarantRule = listed ? BIRTH_DECLARANTS_RULE : OTHER_BIRTH_DECLARANTS_RULE;
  return {
    decision: 'recevoir',
    orientation: null,
    deadline,
    late,
    followUp: [],
    reason: listed
      ? `${timing} Le déclarant fait partie des personnes que désigne le code civil : la déclaration est reçue.`
      : `${timing} Le déclarant n’est pas désigné par l’article 56 du code civil ; l’instruction générale et la ` +
        'pratique admettent sa déclaration. Ce point n’est pas noté.',
    references: listed
      ? [...deadlineRefs, 'code civil art. 56']
      : [...deadlineRefs, 'code civil art. 56', 'IGREC n° 272-1'],
    scored: listed,
    rules: [BIRTH_DEADLINE_RULE.id, declarantRule.id],
    uncertain: listed
      ? []
      : [
          uncertainPoint(
            OTHER_BIRTH_DECLARANTS_RULE,
            'Déclarant hors de la liste de l’article 56 (la mère, un proche absent lors de l’accouchement) : ' +
              'admis par l’IGREC ou la pratique, texte non relu.',
          ),
        ],
  };
}

function describeTiming(
  birthDate: IsoDate,
  declarationDate: IsoDate,
  deadline: BirthDeclarationDeadline,
  late: boolean,
): string {
  const extension = deadline.extended
    ? `, prorogé au ${formatFrenchDate(deadline.lastDay)} car ce jour est ${nonWorkingLabel(deadline.nominalLastDay)}`
    : '';
  return (
    `Naissance du ${formatFrenchDate(birthDate)} : le délai de cinq jours, jour de l’accouchement non compté, ` +
    `finit le ${formatFrenchDate(deadline.nominalLastDay)}${extension}. Déclaration du ` +
    `${formatFrenchDate(declarationDate)} : ${late ? 'hors délai' : 'dans le délai'}.`
  );
}

function nonWorkingLabel(date: IsoDate): string {
  if (isPublicHoliday(date)) return 'un jour férié';
  return weekday(date) === 6 ? 'un samedi' : 'un dimanche';
}
