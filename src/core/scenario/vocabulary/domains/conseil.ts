import { convocationDeadline, isConvocationInTime, legalCouncilSize } from '../../../rules/conseil';
import { defineCalculator, z } from '../rule-bridge';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue');
const population = z.number().int().min(0);

/** Council rules a scenario may name (CGCT L2121-2, L2121-11, L2121-12). */
export const conseilCalculators = {
  'council.latestSendDate': defineCalculator({
    summary: 'dernière date d’envoi de la convocation (CGCT L2121-11 / L2121-12)',
    args: z.strictObject({ meetingDate: isoDate, population, urgency: z.boolean().optional() }),
    compute: ({ meetingDate, population: size, urgency }) =>
      convocationDeadline(meetingDate, { population: size, urgency: urgency ?? false }).latestSendDate,
  }),
  'council.isConvocationInTime': defineCalculator({
    summary: 'la convocation laisse les jours francs requis (CGCT L2121-11 / L2121-12)',
    args: z.strictObject({
      meetingDate: isoDate,
      sentDate: isoDate,
      population,
      urgency: z.boolean().optional(),
    }),
    compute: ({ meetingDate, sentDate, population: size, urgency }) =>
      isConvocationInTime(
        sentDate,
        meetingDate,
        convocationDeadline(meetingDate, { population: size, urgency: urgency ?? false }).requiredFullDays,
      ),
  }),
  'council.legalSize': defineCalculator({
    summary: 'effectif légal du conseil municipal (CGCT L2121-2)',
    args: z.strictObject({ population }),
    compute: ({ population: size }) => legalCouncilSize(size),
  }),
} as const;
