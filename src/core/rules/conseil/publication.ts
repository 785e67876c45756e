import type { IsoDate } from '../../dates';
import { laterDate } from './calendar';
import { LARGE_COMMUNE_THRESHOLD } from './convocation';
import type { LegalRule } from './legal-basis';

/** L2131-1 (since 1 July 2022): publicity and executory force of the commune's acts. */
export const PUBLICATION_RULE: LegalRule = {
  reference: 'CGCT L2131-1',
  confidence: 'C',
  statement:
    'Les actes sont exécutoires de plein droit dès qu’ils ont été portés à la connaissance des intéressés ' +
    '(publication, ou notification pour les décisions individuelles) et, pour ceux que liste l’article L2131-2, ' +
    'transmis au préfet. Les actes réglementaires et ceux qui ne sont ni réglementaires ni individuels sont ' +
    'publiés sous forme électronique ; sous 3 500 habitants, le conseil choisit par délibération l’affichage, la ' +
    'publication papier ou la publication électronique, cette dernière s’appliquant à défaut de délibération.',
};

/** How the commune publishes its acts. */
export type PublicationMode = 'affichage' | 'papier' | 'electronique';

/** The publication mode in force, and whether the council chose it. */
export interface PublicationModeDecision {
  readonly mode: PublicationMode;
  readonly chosenByCouncil: boolean;
  readonly reference: string;
}

/**
 * The publication mode (L2131-1 III and IV): electronic from 3 500 inhabitants; below, the council's choice,
 * or electronic when the council chose nothing.
 */
export function publicationMode(
  population: number,
  councilChoice: PublicationMode | null,
): PublicationModeDecision {
  const reference = PUBLICATION_RULE.reference;
  if (population >= LARGE_COMMUNE_THRESHOLD || councilChoice === null) {
    return { mode: 'electronique', chosenByCouncil: false, reference };
  }
  return { mode: councilChoice, chosenByCouncil: true, reference };
}

/** The nature of an act, which decides how it is brought to the knowledge of those concerned. */
export type ActNature = 'reglementaire' | 'individuel' | 'niReglementaireNiIndividuel';

/** What was done with an act. */
export interface ActFormalities {
  readonly nature: ActNature;
  /** Publication (affichage, papier or electronic) of a non-individual act. */
  readonly publishedOn?: IsoDate | null;
  /** Notification of an individual decision to the person concerned. */
  readonly notifiedOn?: IsoDate | null;
  /** Whether L2131-2 requires transmission to the préfet (see `transmissionToPrefect`). */
  readonly transmissible: boolean;
  readonly transmittedOn?: IsoDate | null;
}

/**
 * The day the act becomes exécutoire (L2131-1): the later of its publication or notification and, when
 * transmissible, its transmission; null while a formality is missing.
 */
export function executoryDate(act: ActFormalities): IsoDate | null {
  const known = act.nature === 'individuel' ? act.notifiedOn : act.publishedOn;
  if (!known) return null;
  if (!act.transmissible) return known;
  return act.transmittedOn ? laterDate(known, act.transmittedOn) : null;
}

/** True when the act is exécutoire on the given day. */
export function isExecutoryOn(act: ActFormalities, on: IsoDate): boolean {
  const date = executoryDate(act);
  return date !== null && date <= on;
}
