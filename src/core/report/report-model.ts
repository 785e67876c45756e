import type { IsoDate } from '../dates/iso-date';
import type { CrosswalkTarget } from '../referentiel/types';
import type { Evidence, Role, Verdict } from '../scoring/evidence';
import type { Mastery } from '../scoring/mastery';

/** What a report is built from: everything is injected, the clock included. */
export interface ReportInput {
  /** Title of the scenario or of the year played. */
  readonly title: string;
  /** How the trainer knows the player (name, initials, group); omitted for an anonymous game. */
  readonly playerLabel?: string;
  /** Real-world date the game was played, given by the caller (the core reads no clock). */
  readonly playedOn: IsoDate;
  /** Every evidence of the game. */
  readonly evidence: readonly Evidence[];
  /** Scenario titles by scenario ID, so the report names scenarios as the player saw them. */
  readonly scenarioTitles?: Readonly<Record<string, string>>;
}

/** A mark with what it is made of. */
export interface ReportMark {
  readonly evidenceCount: number;
  readonly points: number;
  readonly weight: number;
  /** /20 to the half point; null when nothing was assessed. */
  readonly mark: number | null;
}

/** One bloc of the scored référentiel in a report. */
export interface ReportBloc extends ReportMark {
  readonly blocId: string;
  readonly code: string;
  readonly title: string;
  readonly validated: boolean;
}

/** One competence in a report. */
export interface ReportCompetence {
  readonly competenceId: string;
  readonly blocId: string;
  readonly wording: string;
  readonly evidenceCount: number;
  readonly illegalCount: number;
  /** Share of the weight earned (0–1), null when not assessed. */
  readonly ratio: number | null;
  readonly mastery: Mastery | null;
}

/** One decision in a report, in game order. */
export interface ReportEvidence {
  /** 1-based position in the game order (in-game date, then the order the decisions were taken). */
  readonly rank: number;
  readonly scenarioId: string;
  readonly scenarioTitle: string | null;
  readonly step: string;
  readonly date: IsoDate;
  readonly role: Role;
  readonly competenceIds: readonly string[];
  readonly verdict: Verdict;
  readonly weight: number;
  readonly points: number;
  /** What the player did. */
  readonly choice: string;
  /** What should have been done, and why. */
  readonly explanation: string;
  /** Legal reference (code + article) or référentiel line. */
  readonly reference: string;
  /** Anything not `conforme` is a mistake the debrief explains. */
  readonly isMistake: boolean;
}

/** The structured report of one game against RNCP41781: plain JSON, the source of the debrief, print and CSV. */
export interface Report {
  readonly version: 1;
  readonly certification: 'RNCP41781';
  readonly certificationTitle: string;
  readonly title: string;
  readonly playerLabel: string | null;
  readonly playedOn: IsoDate;
  readonly overall: ReportMark;
  readonly blocs: readonly ReportBloc[];
  readonly validatedBlocIds: readonly string[];
  readonly competences: readonly ReportCompetence[];
  readonly evidence: readonly ReportEvidence[];
  readonly mistakeCount: number;
}

/** One competence of RNCP41406 in a crosswalk view. */
export interface CrosswalkUnit {
  readonly id: string;
  readonly wording: string;
  /** The RNCP41781 competences whose evidence counts here. */
  readonly sourceCompetenceIds: readonly string[];
  readonly evidenceCount: number;
  readonly ratio: number | null;
  readonly mastery: Mastery | null;
}

/** One bloc of RNCP41406 or of the DU in a crosswalk view. */
export interface CrosswalkBloc extends ReportMark {
  readonly blocId: string;
  readonly code: string;
  readonly title: string;
  readonly validated: boolean;
  readonly sourceCompetenceIds: readonly string[];
  /** RNCP41406 competences of the bloc; empty for the DU, whose blocs list topics. */
  readonly units: readonly CrosswalkUnit[];
}

/** The same game expressed against RNCP41406 or the DU, for a group preparing that certification. */
export interface CrosswalkReport {
  readonly certification: CrosswalkTarget;
  readonly certificationTitle: string;
  readonly title: string;
  readonly playerLabel: string | null;
  readonly playedOn: IsoDate;
  readonly overall: ReportMark;
  readonly blocs: readonly CrosswalkBloc[];
  readonly validatedBlocIds: readonly string[];
  /** Assessed RNCP41781 competences with no counterpart in the target: their evidence is not counted here. */
  readonly unmappedCompetenceIds: readonly string[];
}
