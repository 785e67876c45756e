import { birthDeclarationDeadline, isBirthDeclarationLate } from '../../../rules/etat-civil';
import { defineCalculator, z } from '../rule-bridge';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue');

/** Civil-status rules a scenario may name (code civil art. 55, décret 60-1265). */
export const etatCivilCalculators = {
  'etatCivil.birthDeclarationDeadline': defineCalculator({
    summary: 'dernier jour pour déclarer une naissance (code civil art. 55)',
    args: z.strictObject({ birthDate: isoDate }),
    compute: ({ birthDate }) => birthDeclarationDeadline(birthDate).lastDay,
  }),
  'etatCivil.isBirthDeclarationLate': defineCalculator({
    summary: 'la déclaration de naissance est hors délai (code civil art. 55)',
    args: z.strictObject({ birthDate: isoDate, declarationDate: isoDate }),
    compute: ({ birthDate, declarationDate }) => isBirthDeclarationLate(birthDate, declarationDate),
  }),
} as const;
