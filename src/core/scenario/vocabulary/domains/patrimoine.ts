/** Rules du patrimoine communal (ERP, financement des investissements) a scenario may name; each is a reading of `src/core/rules/patrimoine`. */
export const patrimoineCalculators = {};

/** Whole-submission judgements of the same domain (see {@link patrimoineCalculators}). */
export const patrimoineAssessors = {};
