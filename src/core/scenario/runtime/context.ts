import type { IsoDate } from '../../dates/iso-date';
import type { Evidence } from '../../scoring/evidence';
import type { Scalar } from '../format/schema';
import type { NetworkAsk } from '../network';
import type { ScenarioEvent } from '../step-view';

/** A change of a meter (confiance du maire, sécurité juridique…) with its cause, for the « pourquoi ? » panel. */
export interface MeterChange {
  readonly meter: string;
  readonly delta: number;
  /** French cause, as the player reads it. */
  readonly reason: string;
  readonly step: string;
  readonly date: IsoDate;
}

/** The SGM's advice on a decision the élu takes (binôme mode): the option advised and why, if said. */
export interface AdviceRecord {
  readonly optionId: string;
  /** The SGM's explanation, as typed; empty when the advice came without one. */
  readonly explanation: string;
}

/**
 * The whole state of a running scenario: plain JSON, rebuilt exactly by replaying `log` from the seed.
 */
export interface ScenarioContext {
  readonly scenarioId: string;
  readonly version: number;
  readonly seed: number;
  /** Generator state after the draws made so far. */
  readonly rng: number;
  /** Variant drawn from the seed. */
  readonly variant: string;
  readonly vars: Readonly<Record<string, Scalar>>;
  /** Current in-game date. */
  readonly date: IsoDate;
  /** Decision id → the option chosen (or `timeout`). */
  readonly choices: Readonly<Record<string, string>>;
  /** Decision id → the SGM's advice, given before the élu decides (advise-then-decide steps only). */
  readonly advice: Readonly<Record<string, AdviceRecord>>;
  readonly evidence: readonly Evidence[];
  readonly meterChanges: readonly MeterChange[];
  /** Queue step id → the step ids still waiting. */
  readonly queues: Readonly<Record<string, readonly string[]>>;
  /** Questions put to the secrétaires de mairie's network, in order. */
  readonly network: readonly NetworkAsk[];
  /** Accepted events, in order: with the seed, the source of truth. */
  readonly log: readonly ScenarioEvent[];
}

/** What a scenario run starts from. */
export interface ScenarioInput {
  readonly seed: number;
  /** Overrides the scenario's date (the year schedules it). */
  readonly date?: IsoDate;
  /**
   * Values the world supplies (commune name, population…): above the scenario's defaults, below the variant's
   * own. The default commune's when omitted.
   */
  readonly worldVars?: Readonly<Record<string, Scalar>>;
}
