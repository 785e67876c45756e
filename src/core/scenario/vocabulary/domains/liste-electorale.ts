/** Rules de la liste électorale (code électoral, L11 et suivants) a scenario may name; each is a reading of `src/core/rules/liste-electorale`. */
export const listeElectoraleCalculators = {};

/** Whole-submission judgements of the same domain (see {@link listeElectoraleCalculators}). */
export const listeElectoraleAssessors = {};
