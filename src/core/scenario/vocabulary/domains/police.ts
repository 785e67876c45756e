/** Rules de la police administrative du maire (CGCT L2212-1 et suivants, code de la route) a scenario may name; each is a reading of `src/core/rules/police`. */
export const policeCalculators = {};

/** Whole-submission judgements of the same domain (see {@link policeCalculators}). */
export const policeAssessors = {};
