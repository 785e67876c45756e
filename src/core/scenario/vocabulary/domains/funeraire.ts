/** Rules funéraire (code général des collectivités territoriales, L2223-1 et suivants) a scenario may name; each is a reading of `src/core/rules/funeraire`. */
export const funeraireCalculators = {};

/** Whole-submission judgements of the same domain (see {@link funeraireCalculators}). */
export const funeraireAssessors = {};
