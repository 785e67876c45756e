/** Public procurement rules a scenario may name (code de la commande publique). */
export const commandePubliqueCalculators = {} as const;

/** Public procurement assessors. */
export const commandePubliqueAssessors = {} as const;
