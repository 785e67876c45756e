/** Budget rules a scenario may name (CGCT L1612-1 to L1612-20). */
export const budgetCalculators = {} as const;

/** Budget assessors. */
export const budgetAssessors = {} as const;
