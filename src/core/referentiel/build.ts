import type { Bloc, Competence, RncpCertificationId } from './types';

/** A competence as written in a data file: its id and wording; the bloc and fiche are filled in by `rncpBloc`. */
export interface CompetenceSource {
  readonly id: string;
  readonly wording: string;
  readonly summaryWording?: string;
}

/** Builds an RNCP bloc from its source lines, so each data file states every ID and wording only once. */
export function rncpBloc(
  certification: RncpCertificationId,
  code: string,
  title: string,
  sources: readonly CompetenceSource[],
): Bloc {
  const blocId = `${certification}-${code}`;
  const competences: Competence[] = sources.map((source) => ({ ...source, certification, blocId }));
  return { id: blocId, certification, code, title, competences, topics: [], hours: null };
}
