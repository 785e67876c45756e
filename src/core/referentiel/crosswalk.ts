import type { CrosswalkTarget } from './types';

/** Where one RNCP41781 competence lands in the other référentiels. */
export interface CrosswalkEntry {
  /** RNCP41406 competence IDs it corresponds to (may be empty: see docs/REFERENTIEL.md). */
  readonly RNCP41406: readonly string[];
  /** DU bloc IDs that teach it. */
  readonly DU: readonly string[];
}

/** Shorthands so the table below reads as a grid. */
const r = (...codes: string[]): string[] => codes.map((code) => `RNCP41406-${code}`);
const du = (...ranks: number[]): string[] => ranks.map((rank) => `DU-ARTOIS-B${rank}`);

/**
 * RNCP41781 competence → RNCP41406 competences and DU blocs. A reasoned mapping, one row per competence: the
 * reasons are in docs/REFERENTIEL.md. Tests check that every key and every target exists.
 */
export const CROSSWALK: Readonly<Record<string, CrosswalkEntry>> = {
  'RNCP41781-BC01-01': { RNCP41406: r('BC01-12'), DU: du(1) },
  'RNCP41781-BC01-02': { RNCP41406: r('BC01-06', 'BC01-13'), DU: du(1) },
  'RNCP41781-BC01-03': { RNCP41406: r('BC03-04'), DU: du(1, 4) },
  'RNCP41781-BC01-04': { RNCP41406: r(), DU: du(1) },
  'RNCP41781-BC01-05': { RNCP41406: r('BC01-01', 'BC01-03', 'BC01-05'), DU: du(1) },
  'RNCP41781-BC01-06': { RNCP41406: r('BC01-02', 'BC02-09', 'BC02-15'), DU: du(1, 4) },
  'RNCP41781-BC01-07': { RNCP41406: r('BC01-02', 'BC02-18'), DU: du(1) },
  'RNCP41781-BC01-08': { RNCP41406: r('BC01-04'), DU: du(4) },
  'RNCP41781-BC01-09': { RNCP41406: r('BC01-06', 'BC01-07'), DU: du(1) },
  'RNCP41781-BC01-10': { RNCP41406: r('BC01-08', 'BC01-09'), DU: du(1) },
  'RNCP41781-BC02-01': { RNCP41406: r('BC02-01', 'BC02-03', 'BC02-05'), DU: du(3) },
  'RNCP41781-BC02-02': { RNCP41406: r('BC02-04', 'BC02-06', 'BC02-07', 'BC02-10', 'BC02-11'), DU: du(3) },
  'RNCP41781-BC02-03': { RNCP41406: r('BC02-12'), DU: du(3) },
  'RNCP41781-BC02-04': { RNCP41406: r('BC02-13'), DU: du(3) },
  'RNCP41781-BC02-05': { RNCP41406: r('BC02-14'), DU: du(3) },
  'RNCP41781-BC02-06': { RNCP41406: r('BC02-16'), DU: du(3) },
  'RNCP41781-BC02-07': { RNCP41406: r('BC02-16'), DU: du(3) },
  'RNCP41781-BC02-08': { RNCP41406: r('BC02-16'), DU: du(3) },
  'RNCP41781-BC03-01': { RNCP41406: r('BC03-10'), DU: du(2) },
  'RNCP41781-BC03-02': { RNCP41406: r('BC03-11'), DU: du(2) },
  'RNCP41781-BC03-03': { RNCP41406: r('BC03-12'), DU: du(2) },
  'RNCP41781-BC03-04': { RNCP41406: r('BC03-03'), DU: du(2) },
  'RNCP41781-BC03-05': { RNCP41406: r('BC03-02'), DU: du(2) },
  'RNCP41781-BC03-06': { RNCP41406: r('BC03-01', 'BC03-07'), DU: du(2) },
  'RNCP41781-BC03-07': { RNCP41406: r('BC03-07'), DU: du(2) },
  'RNCP41781-BC03-08': { RNCP41406: r('BC03-13'), DU: du(2) },
  'RNCP41781-BC03-09': { RNCP41406: r('BC03-13'), DU: du(2) },
  'RNCP41781-BC03-10': { RNCP41406: r('BC03-14'), DU: du(2) },
  'RNCP41781-BC03-11': { RNCP41406: r('BC03-15'), DU: du(2) },
  'RNCP41781-BC03-12': { RNCP41406: r('BC01-10', 'BC01-11', 'BC03-15'), DU: du(1) },
};

/**
 * The IDs an RNCP41781 competence corresponds to in a target référentiel: RNCP41406 competence IDs, or DU bloc
 * IDs. Empty for an unknown competence or one with no counterpart.
 */
export function correspondingIds(competenceId: string, target: CrosswalkTarget): readonly string[] {
  return CROSSWALK[competenceId]?.[target] ?? [];
}

/** The reverse reading: the RNCP41781 competences that map onto a target ID (RNCP41406 competence or DU bloc). */
export function sourcesOf(targetId: string, target: CrosswalkTarget): readonly string[] {
  return Object.keys(CROSSWALK).filter((competenceId) =>
    correspondingIds(competenceId, target).includes(targetId),
  );
}
