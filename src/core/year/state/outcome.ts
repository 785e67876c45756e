import type { IsoDate } from '../../dates';
import { METERS } from '../../scenario/catalogue';
import type { Evidence } from '../../scoring/evidence';
import type { YearEnv } from '../env';
import { CONSEQUENCES, type ConsequenceId } from './consequences';
import type { JournalEntry, Meter, MeterEntry, YearState } from './types';

/** The particulars of one consequence as it fires. */
export interface ConsequenceDetails {
  readonly date: IsoDate;
  /** The task or the consequence it is about (the evidence's step). */
  readonly step: string;
  /** The task whose deadline caused it, if any (traced as an « échéance » in the « pourquoi ? » panel). */
  readonly taskId?: string;
  /** French: what the SGM did, as the bilan recalls it. */
  readonly choice: string;
  /** French: what had to be done and why, with dates. */
  readonly explanation: string;
  /** French: the line of the journal (and the reason shown by the meters). */
  readonly journal: string;
  readonly competences?: readonly string[];
  /** Replaces the table's reference (a short event cites the référentiel line of its own competence). */
  readonly reference?: string;
  readonly meters?: Readonly<Partial<Record<Meter, number>>>;
}

/** Appends a journal line. */
export function withJournal(state: YearState, entry: JournalEntry): YearState {
  return { ...state, journal: [...state.journal, entry] };
}

/** Appends traced meter changes. */
export function withMeters(state: YearState, entries: readonly MeterEntry[]): YearState {
  return entries.length === 0 ? state : { ...state, meterLog: [...state.meterLog, ...entries] };
}

/**
 * Applies a consequence of the table: its evidence (scored like any decision, against the year's title), its
 * meters (each traced to its cause) and its journal line.
 */
export function withConsequence(
  env: YearEnv,
  state: YearState,
  id: ConsequenceId,
  details: ConsequenceDetails,
): YearState {
  const spec = CONSEQUENCES[id];
  const reference = details.reference ?? spec.reference;
  const evidence: Evidence[] =
    spec.verdict === null
      ? []
      : [
          {
            scenarioId: env.config.id,
            step: details.step,
            date: details.date,
            role: 'sgm',
            competences: details.competences ?? spec.competences,
            verdict: spec.verdict,
            weight: spec.weight,
            choice: details.choice,
            explanation: details.explanation,
            reference,
          },
        ];
  const cause: MeterEntry['cause'] =
    details.taskId !== undefined
      ? { kind: 'echeance', taskId: details.taskId, reference }
      : { kind: 'consequence', consequenceId: id, reference };
  const deltas: Readonly<Partial<Record<Meter, number>>> = details.meters ?? spec.meters;
  const meters = METERS.flatMap((meter): MeterEntry[] => {
    const delta = deltas[meter];
    return delta === undefined || delta === 0
      ? []
      : [{ meter, delta, reason: details.journal, date: details.date, cause }];
  });
  const tone =
    spec.verdict === 'conforme' ? 'succes' : spec.verdict === null && !spec.key ? 'info' : 'alerte';
  return withMeters(
    withJournal(
      { ...state, evidence: [...state.evidence, ...evidence] },
      { date: details.date, text: details.journal, reference, key: spec.key, tone },
    ),
    meters,
  );
}
