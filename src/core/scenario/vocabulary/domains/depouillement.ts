/** Polling-station count rules a scenario may name (code électoral L65, L66…). */
export const depouillementCalculators = {} as const;

/** Polling-station count assessors. */
export const depouillementAssessors = {} as const;
