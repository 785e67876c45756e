import type { IsoDate } from '../../dates';
import type { Evidence } from '../../scoring/evidence';
import type { MeterChange } from '../../scenario/runtime/context';
import type { METERS } from '../../scenario/catalogue';
import type { ScenarioEvent } from '../../scenario/step-view';
import type { InputProblem, ScenarioCue } from '../../scenario/session-port';

/** A meter of the year (confiance du maire, sécurité juridique…), named as scenario effects name it. */
export type Meter = (typeof METERS)[number];

/** What a year is started from: the trainer's code (seed), the year configuration, the post. */
export interface YearSetup {
  readonly configId: string;
  readonly seed: number;
  /** A post of the commune (`temps-plein`, `temps-partage`). */
  readonly post: string;
}

/**
 * What the player (or a bot) does, named by origin as the scenario events are. The year is a pure function of
 * (setup, the accepted events in order).
 */
export type YearEvent =
  /** Commits the week's agenda: task id → weekday (0 = Monday … 4 = Friday). */
  | { readonly type: 'week.plan'; readonly slots: readonly (readonly [taskId: string, day: number])[] }
  /** Opens a scheduled scenario of this week, or a short event planned this week. */
  | { readonly type: 'activity.open'; readonly activityId: string }
  /** Forwards one event to the open scenario. */
  | { readonly type: 'activity.event'; readonly event: ScenarioEvent }
  /** Closes the week: what was not done is late, consequences fall due, the next week starts. */
  | { readonly type: 'week.end' };

/** Why the year refused an event; nothing changed. */
export interface YearRefusal {
  /** French. */
  readonly message: string;
  /** Field-level problems of a refused scenario submission. */
  readonly problems?: readonly InputProblem[];
}

/** What a task is about; each kind has its own consequences when late (see consequences.ts). */
export type TaskKind =
  | 'convocation'
  | 'budget'
  | 'budget-transmission'
  | 'taux'
  | 'comptes'
  | 'comptes-transmission'
  | 'election'
  | 'evenement'
  | 'guichet';

/** A piece of work that arrives with a deadline and a priority. */
export interface Task {
  readonly id: string;
  readonly kind: TaskKind;
  /** French. */
  readonly title: string;
  /** French: what it is and why it matters. */
  readonly detail: string;
  readonly hours: number;
  /** 3 = urgent and important … 1 = can wait. */
  readonly priority: 1 | 2 | 3;
  readonly arrives: IsoDate;
  readonly deadline: IsoDate | null;
  /** Legal basis of the deadline, or null for a service standard of the game. */
  readonly reference: string | null;
  /** The deadline rests on an unverified point: shown, never a consequence. */
  readonly uncertain: boolean;
  /** Tasks to be done first (a budget is prepared before its council is convened). */
  readonly requires: readonly string[];
  /** Counter slots happen on one weekday only (0 = Monday). */
  readonly fixedDay: number | null;
  /** The council (convocation) or the short event (evenement) the task belongs to. */
  readonly subject: string | null;
  readonly status: 'open' | 'done' | 'missed' | 'cancelled';
  readonly doneOn: IsoDate | null;
}

/** A council meeting of the year, as it stands after postponements. */
export interface CouncilState {
  readonly id: string;
  readonly date: IsoDate;
  readonly plannedDate: IsoDate;
  readonly postponements: number;
  readonly status: 'prevue' | 'tenue' | 'annulee';
}

/** A scenario played in the year: a scheduled one (rendez-vous) or a short event. */
export interface Activity {
  readonly id: string;
  readonly kind: 'rendez-vous' | 'evenement';
  readonly scenarioId: string;
  /** Day it is played. */
  readonly date: IsoDate;
  readonly hours: number;
  readonly status: 'a-venir' | 'en-cours' | 'termine' | 'annule';
  /** French, when cancelled. */
  readonly cancelledBecause: string | null;
  readonly seed: number;
  readonly log: readonly ScenarioEvent[];
  /** The step (`dossier/cni` inside a sub-scenario) each event of `log` was sent at: saves key submissions by it. */
  readonly steps: readonly string[];
  readonly evidence: readonly Evidence[];
  readonly meterChanges: readonly MeterChange[];
}

/** Why a meter moved, for the « pourquoi ? » panel. */
export type MeterCause =
  | {
      readonly kind: 'scenario';
      readonly activityId: string;
      readonly scenarioId: string;
      readonly step: string;
    }
  | { readonly kind: 'verdicts'; readonly activityId: string; readonly scenarioId: string }
  | { readonly kind: 'echeance'; readonly taskId: string; readonly reference: string | null }
  | { readonly kind: 'consequence'; readonly consequenceId: string; readonly reference: string }
  | { readonly kind: 'semaine'; readonly week: number };

/** One traced change of a meter. */
export interface MeterEntry {
  readonly meter: Meter;
  readonly delta: number;
  /** French. */
  readonly reason: string;
  readonly date: IsoDate;
  readonly cause: MeterCause;
}

/** A consequence that falls due later (the préfet refers a late budget to the CRC the day after the limit). */
export interface PendingConsequence {
  readonly id: string;
  readonly kind: 'crc-budget-non-vote' | 'reglement-prefet' | 'comptes-hors-delai';
  readonly due: IsoDate;
  /** Fired consequences stay, so that a later postponement does not schedule them again. */
  readonly fired: boolean;
}

/** Something that happened, for the journal of the week and the bilan. */
export interface JournalEntry {
  readonly date: IsoDate;
  /** French. */
  readonly text: string;
  readonly reference: string | null;
  /** A key moment of the year (kept in the bilan). */
  readonly key: boolean;
  readonly tone: 'info' | 'succes' | 'alerte';
}

/** The whole state of a year: plain JSON, rebuilt exactly by replaying `log` from the setup. */
export interface YearState {
  readonly setup: YearSetup;
  /** 0-based index of the current week. */
  readonly week: number;
  readonly weekCount: number;
  readonly phase: 'planning' | 'execution' | 'over';
  /** The committed plan of the current week: task id → weekday. */
  readonly plan: Readonly<Record<string, number>>;
  readonly tasks: readonly Task[];
  readonly councils: readonly CouncilState[];
  readonly activities: readonly Activity[];
  /** The activity being played, if any. */
  readonly active: string | null;
  readonly pending: readonly PendingConsequence[];
  /** Evidence of the year itself (deadlines met or missed); scenario evidence stays with its activity. */
  readonly evidence: readonly Evidence[];
  readonly meterLog: readonly MeterEntry[];
  /** Meter values at the end of each week (index = week), for the trajectory. */
  readonly trajectory: readonly Readonly<Record<Meter, number>>[];
  readonly journal: readonly JournalEntry[];
  /** Days off forced by overwork (no hours that day). */
  readonly restDays: readonly IsoDate[];
  /** Accepted events, in order: with the setup, the source of truth. */
  readonly log: readonly YearEvent[];
}

/**
 * What an accepted event did to the year: the next state, and the cues its scenario emitted (an `activity.event`
 * only). The cues are not part of the state: the year session announces them once, a replay drops them.
 */
export interface YearStep {
  readonly state: YearState;
  readonly cues: readonly ScenarioCue[];
}
