import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import type { MissingElement } from './convocation';
import type { LegalRule } from './legal-basis';

/** L2121-15 (version of 1 July 2022): the procès-verbal. */
export const MINUTES_RULE: LegalRule = {
  reference: 'CGCT L2121-15',
  confidence: 'C',
  statement:
    'Le procès-verbal est rédigé par le ou les secrétaires, arrêté au commencement de la séance suivante et ' +
    'signé par le maire et le ou les secrétaires ; dans la semaine qui suit la séance où il a été arrêté, il est ' +
    'publié sous forme électronique sur le site internet de la commune, s’il existe, et un exemplaire papier ' +
    'est mis à la disposition du public.',
};

/** L2121-25: the liste des délibérations, which replaced the compte rendu on 1 July 2022. */
export const DELIBERATIONS_LIST_RULE: LegalRule = {
  reference: 'CGCT L2121-25',
  confidence: 'C',
  statement:
    'Dans un délai d’une semaine, la liste des délibérations examinées en séance est affichée à la mairie et ' +
    'mise en ligne sur le site internet de la commune, s’il existe.',
};

/** « Dans la semaine » read as seven calendar days after the starting day. */
export const ONE_WEEK_DAYS = 7;

/** An element the procès-verbal must contain. */
export type MinutesElement =
  | 'dateHeure'
  | 'president'
  | 'presentsRepresentes'
  | 'secretaires'
  | 'quorum'
  | 'ordreDuJour'
  | 'deliberationsEtRapports'
  | 'demandesDeScrutin'
  | 'resultatsDesScrutins'
  | 'teneurDesDiscussions';

/** The compulsory content of the procès-verbal (L2121-15), with French labels. */
export const MINUTES_REQUIRED_CONTENT: readonly {
  readonly element: MinutesElement;
  readonly label: string;
}[] = [
  { element: 'dateHeure', label: 'la date et l’heure de la séance' },
  { element: 'president', label: 'le nom du président' },
  { element: 'presentsRepresentes', label: 'les noms des membres présents ou représentés' },
  { element: 'secretaires', label: 'le nom du ou des secrétaires de séance' },
  { element: 'quorum', label: 'le quorum' },
  { element: 'ordreDuJour', label: 'l’ordre du jour de la séance' },
  {
    element: 'deliberationsEtRapports',
    label: 'les délibérations adoptées et les rapports au vu desquels elles l’ont été',
  },
  { element: 'demandesDeScrutin', label: 'les demandes de scrutin particulier' },
  {
    element: 'resultatsDesScrutins',
    label:
      'le résultat des scrutins, avec le nom des votants et le sens de leur vote pour les scrutins publics',
  },
  { element: 'teneurDesDiscussions', label: 'la teneur des discussions' },
];

/** The compulsory elements a procès-verbal lacks. */
export function missingMinutesContent(included: readonly MinutesElement[]): MissingElement<MinutesElement>[] {
  return MINUTES_REQUIRED_CONTENT.filter(({ element }) => !included.includes(element)).map(
    ({ element, label }) => ({
      element,
      label,
      reference: MINUTES_RULE.reference,
      confidence: 'C',
    }),
  );
}

/** Who signed the procès-verbal. */
export interface MinutesSignatures {
  readonly maire: boolean;
  readonly secretaries: boolean;
}

/** Missing signatures (French); empty when the maire and the secretaries signed. */
export function minutesSignatureProblems(signed: MinutesSignatures): string[] {
  const problems: string[] = [];
  if (!signed.maire) problems.push('Le procès-verbal doit être signé par le maire.');
  if (!signed.secretaries)
    problems.push('Le procès-verbal doit être signé par le ou les secrétaires de séance.');
  return problems;
}

/** True when the procès-verbal is arrêté at the beginning of the session that follows the one it records. */
export function isMinutesAdoptedAtNextSession(adoptedOn: IsoDate, nextSessionDate: IsoDate): boolean {
  return adoptedOn === nextSessionDate;
}

/** Last day to put the procès-verbal online: one week after the session where it was arrêté. */
export function minutesOnlineDeadline(adoptedOn: IsoDate): IsoDate {
  return addDays(adoptedOn, ONE_WEEK_DAYS);
}

/** How the procès-verbal was made public. */
export interface MinutesPublication {
  readonly adoptedOn: IsoDate;
  readonly publishedOnlineOn: IsoDate | null;
  readonly communeHasWebsite: boolean;
  readonly paperCopyAvailable: boolean;
}

/** True when `on` falls within the week that starts on `from`. */
function withinOneWeek(from: IsoDate, on: IsoDate | null): boolean {
  return on !== null && on >= from && on <= addDays(from, ONE_WEEK_DAYS);
}

/** Publication problems of the procès-verbal (French); empty when compliant. */
export function minutesPublicationProblems(publication: MinutesPublication): string[] {
  const problems: string[] = [];
  if (publication.communeHasWebsite && !withinOneWeek(publication.adoptedOn, publication.publishedOnlineOn)) {
    problems.push(
      `Le procès-verbal doit être mis en ligne au plus tard le ${formatFrenchDate(minutesOnlineDeadline(publication.adoptedOn))}, une semaine après la séance où il a été arrêté.`,
    );
  }
  if (!publication.paperCopyAvailable)
    problems.push('Un exemplaire papier du procès-verbal doit être mis à la disposition du public.');
  return problems;
}

/** Last day to display and put online the liste des délibérations: one week after the meeting. */
export function deliberationsListDeadline(meetingDate: IsoDate): IsoDate {
  return addDays(meetingDate, ONE_WEEK_DAYS);
}

/** How the liste des délibérations was made public. */
export interface DeliberationsListPublication {
  readonly meetingDate: IsoDate;
  readonly displayedOn: IsoDate | null;
  readonly onlineOn: IsoDate | null;
  readonly communeHasWebsite: boolean;
}

/** Publication problems of the liste des délibérations (French); empty when compliant. */
export function deliberationsListProblems(publication: DeliberationsListPublication): string[] {
  const deadline = formatFrenchDate(deliberationsListDeadline(publication.meetingDate));
  const problems: string[] = [];
  if (!withinOneWeek(publication.meetingDate, publication.displayedOn)) {
    problems.push(`La liste des délibérations doit être affichée à la mairie au plus tard le ${deadline}.`);
  }
  if (publication.communeHasWebsite && !withinOneWeek(publication.meetingDate, publication.onlineOn)) {
    problems.push(`La liste des délibérations doit être mise en ligne au plus tard le ${deadline}.`);
  }
  return problems;
}
