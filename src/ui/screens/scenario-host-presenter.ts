import { formatFrenchDate, isIsoDate } from '../../core/dates';
import type { ScenarioCue } from '../../core/scenario';

/** Where the player stands in the scenario, when the session can tell. */
export interface StepProgress {
  /** 1-based. */
  readonly current: number;
  readonly total: number;
}

export interface HostHeaderModel {
  readonly kicker: string;
  readonly title: string;
  readonly dateIso: string | null;
  readonly dateText: string;
  readonly progressText: string | null;
}

/** The header of the scenario screen: title, in-game date in French, step progress. */
export function presentHostHeader(
  title: string,
  date: string,
  progress: StepProgress | null,
  kicker = 'Mise en situation',
): HostHeaderModel {
  const valid = isIsoDate(date);
  return {
    kicker,
    title,
    dateIso: valid ? date : null,
    dateText: valid ? formatFrenchDate(date) : 'date inconnue',
    progressText:
      progress !== null && progress.total > 0
        ? `Étape ${Math.min(progress.current, progress.total)} sur ${progress.total}`
        : null,
  };
}

/** What the live region says when input is refused. */
export function refusalAnnouncement(count: number): string {
  return count <= 1
    ? 'Réponse refusée : un point à corriger.'
    : `Réponse refusée : ${count} points à corriger.`;
}

/** Whether a cue is also said by the narrator (subtitles show every cue). */
export function isSpoken(cue: ScenarioCue): boolean {
  return cue.kind === 'narration';
}

/** Several texts said as one live-region message, each ending with its punctuation. */
export function joinAnnouncements(parts: readonly (string | null)[]): string {
  return parts
    .filter((part): part is string => part !== null && part.trim() !== '')
    .map((part) => part.trim())
    .map((part) => (/[.!?…»:]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
