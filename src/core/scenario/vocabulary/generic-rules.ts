import { addDays } from '../../dates/iso-date';
import { defineAssessor, defineCalculator, z } from './rule-bridge';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Calculators that belong to no legal domain. */
export const genericCalculators = {
  'date.addDays': defineCalculator({
    summary: 'une date décalée d’un nombre de jours',
    args: z.strictObject({ date: isoDate, days: z.number().int() }),
    compute: ({ date, days }) => addDays(date, days),
  }),
  sum: defineCalculator({
    summary: 'la somme de montants',
    args: z.record(z.string(), z.number()),
    compute: (args) => Object.values(args).reduce((total, value) => total + value, 0),
  }),
} as const;

function amountOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Assessors that belong to no legal domain. */
export const genericAssessors = {
  'allocate.balanced': defineAssessor({
    summary: 'deux groupes de lignes ont le même total',
    args: z.strictObject({
      left: z.array(z.string()).min(1),
      right: z.array(z.string()).min(1),
      explanation: z.string(),
      reference: z.string(),
    }),
    assess: (values, { left, right, explanation, reference }) => {
      const total = (lines: readonly string[]) =>
        lines.reduce((sum, line) => sum + amountOf(values[line]), 0);
      const balanced = Math.abs(total(left) - total(right)) < 0.005;
      return {
        verdict: balanced ? 'conforme' : 'illegal',
        explanation: balanced ? '' : explanation,
        reference,
      };
    },
  }),
} as const;
