import type { Verdict } from '../../scoring/evidence';
import { z } from '../../validation/schema';
import type { Scalar } from '../format/schema';
import type { SubmittedValue } from '../step-view';

/**
 * A rule of a domain engine that computes an expected value for a scenario (the latest sending date of a
 * convocation, the estimated value of a contract…). Scenario files name it with its arguments.
 */
export interface Calculator<A> {
  readonly summary: string;
  readonly args: z.ZodType<A>;
  readonly compute: (args: A) => Scalar;
}

/** The judgement of a whole submission by a domain rule (a balanced budget, a legal ranking…). */
export interface Assessment {
  readonly verdict: Verdict;
  /** French: what should have been done and why (empty when conforme). */
  readonly explanation: string;
  readonly reference: string;
}

/** A domain rule judging a step's submitted values, with arguments given by the scenario. */
export interface Assessor<A> {
  readonly summary: string;
  readonly args: z.ZodType<A>;
  readonly assess: (values: Readonly<Record<string, SubmittedValue>>, args: A) => Assessment;
}

/** Typed helper to declare a calculator. */
export function defineCalculator<A>(calculator: Calculator<A>): Calculator<A> {
  return calculator;
}

/** Typed helper to declare an assessor. */
export function defineAssessor<A>(assessor: Assessor<A>): Assessor<A> {
  return assessor;
}

export { z };
