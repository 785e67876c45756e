import { addDays, daysBetween, nextWorkingDayFrom } from '../../../dates';
import {
  budgetVisa,
  classifyAgendaItem,
  convocationDeadline,
  convocationRegime,
  earliestMeetingDate,
  expectedConvocationChannel,
  isConvocationInTime,
  isReglementInterieurCompulsory,
  legalCouncilSize,
  missingConvocationContent,
  missingConvocationFormalities,
  periodicityStatus,
  quarterEnd,
  quarterOf,
  type ConvocationFormalities,
} from '../../../rules/conseil';
import { defineCalculator, z } from '../rule-bridge';
import { isoDate, population } from './conseil-args';
import { actesCalculators } from './conseil-actes';
import { seanceCalculators } from './conseil-seance';

const FORMALITIES: readonly (keyof ConvocationFormalities)[] = [
  'madeByMaire',
  'mentionedInRegister',
  'displayedOrPublished',
];

/*
 * The year's budget vote date, when the year passes it; an empty string when the scenario is played alone, and
 * the rule then takes the legal deadline of the year (CGCT L1612-2).
 */
const budgetVisaArgs = z.strictObject({
  meetingDate: isoDate,
  budgetVoteDate: z.union([isoDate, z.literal('')]),
  renewalYear: z.boolean().optional(),
});

function visaOf({ meetingDate, budgetVoteDate, renewalYear }: z.infer<typeof budgetVisaArgs>) {
  return budgetVisa({
    meetingDate,
    ...(budgetVoteDate === '' ? {} : { budgetVoteDate }),
    ...(renewalYear === undefined ? {} : { renewalYear }),
  });
}

/** Council rules a scenario may name (CGCT L2121-2 to L2121-29, L2131-1 to L2131-11). */
export const conseilCalculators = {
  'conseil.sendingDay': defineCalculator({
    summary:
      'jour où la convocation peut partir quand la demande arrive tel jour : le premier jour ouvré suivant (le lendemain matin)',
    args: z.strictObject({ date: isoDate }),
    compute: ({ date }) => nextWorkingDayFrom(addDays(date, 1)),
  }),
  'conseil.daysToNextWorkingDay': defineCalculator({
    summary:
      'jours jusqu’au prochain jour ouvré (1 en semaine, 3 après un vendredi) : les suites d’une séance se font mairie ouverte',
    args: z.strictObject({ date: isoDate }),
    compute: ({ date }) => daysBetween(date, nextWorkingDayFrom(addDays(date, 1))),
  }),
  'conseil.convocationRegime': defineCalculator({
    summary:
      'convocation « ordinaire » si le délai ordinaire tient, « urgence » s’il faut l’abréger, « impossible » sans même un jour franc (CGCT L2121-11)',
    args: z.strictObject({ meetingDate: isoDate, sendDate: isoDate, population }),
    compute: ({ meetingDate, sendDate, population: size }) =>
      convocationRegime(meetingDate, sendDate, size).regime,
  }),
  'conseil.budgetVisa': defineCalculator({
    summary:
      'visa budgétaire d’une délibération de dépense : avant le vote du budget de l’année, L1612-1 et les crédits de l’exercice précédent ; ensuite, le budget primitif (CGCT L1612-1)',
    args: budgetVisaArgs,
    compute: (args) => visaOf(args).visa,
  }),
  'conseil.budgetVisaReason': defineCalculator({
    summary: 'pourquoi ce visa budgétaire, en une phrase pour le bilan (CGCT L1612-1)',
    args: budgetVisaArgs,
    compute: (args) => visaOf(args).reason,
  }),
  'conseil.latestSendDate': defineCalculator({
    summary: 'dernière date d’envoi de la convocation (CGCT L2121-11 / L2121-12)',
    args: z.strictObject({ meetingDate: isoDate, population, urgency: z.boolean().optional() }),
    compute: ({ meetingDate, population: size, urgency }) =>
      convocationDeadline(meetingDate, { population: size, urgency: urgency ?? false }).latestSendDate,
  }),
  'conseil.isConvocationInTime': defineCalculator({
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
  'conseil.earliestMeetingDate': defineCalculator({
    summary:
      'première date de séance possible pour une convocation envoyée tel jour (CGCT L2121-11, L2121-17)',
    args: z.strictObject({
      sentDate: isoDate,
      population,
      urgency: z.boolean().optional(),
      secondConvocation: z.boolean().optional(),
    }),
    compute: ({ sentDate, population: size, urgency, secondConvocation }) =>
      earliestMeetingDate(sentDate, { population: size, urgency, secondConvocation }),
  }),
  'conseil.legalSize': defineCalculator({
    summary: 'effectif légal du conseil municipal (CGCT L2121-2)',
    args: z.strictObject({ population }),
    compute: ({ population: size }) => legalCouncilSize(size),
  }),
  'conseil.quarterEnd': defineCalculator({
    summary: 'dernier jour du trimestre civil d’une date (CGCT L2121-7)',
    args: z.strictObject({ date: isoDate }),
    compute: ({ date }) => quarterEnd(quarterOf(date)),
  }),
  'conseil.periodicity': defineCalculator({
    summary:
      'une séance à cette date laisse-t-elle un trimestre sans réunion depuis la dernière ? « respectee » ou « non-respectee » (CGCT L2121-7)',
    args: z.strictObject({ lastMeeting: isoDate, meetingDate: isoDate }),
    compute: ({ lastMeeting, meetingDate }) =>
      periodicityStatus([lastMeeting, meetingDate], lastMeeting, meetingDate).compliant
        ? 'respectee'
        : 'non-respectee',
  }),
  'conseil.reglementInterieur': defineCalculator({
    summary: 'règlement intérieur « obligatoire » ou « facultatif » (CGCT L2121-8)',
    args: z.strictObject({ population }),
    compute: ({ population: size }) => (isReglementInterieurCompulsory(size) ? 'obligatoire' : 'facultatif'),
  }),
  'conseil.agendaInstrument': defineCalculator({
    summary:
      'l’acte par lequel une affaire se règle : deliberation, deliberation-communautaire, arrete, decision ou aucun (CGCT L2121-29, L5214-16, L2212-2, L2122-22, L2122-23)',
    args: z.strictObject({
      matter: z.enum(['communal', 'intercommunal', 'police', 'delegue', 'information']),
    }),
    compute: ({ matter }) => classifyAgendaItem(matter).instrument,
  }),
  'conseil.convocationChannel': defineCalculator({
    summary: 'canal de la convocation : « dematerialisee » ou « papier » (CGCT L2121-10)',
    args: z.strictObject({ requestedPaper: z.boolean() }),
    compute: ({ requestedPaper }) => expectedConvocationChannel(requestedPaper),
  }),
  'conseil.convocationContent': defineCalculator({
    summary: 'mentions obligatoires de la convocation, séparées par des virgules (CGCT L2121-10, L2121-12)',
    args: z.strictObject({ population }),
    compute: ({ population: size }) =>
      missingConvocationContent({}, size)
        .map((missing) => missing.element)
        .join(','),
  }),
  'conseil.convocationFormalities': defineCalculator({
    summary:
      'formalités de la convocation (madeByMaire, mentionedInRegister, displayedOrPublished), séparées par des virgules (CGCT L2121-10)',
    args: z.strictObject({}),
    // Each formality is required when leaving it out, alone, is reported by the rule.
    compute: () =>
      FORMALITIES.filter(
        (skipped) =>
          missingConvocationFormalities({
            madeByMaire: skipped !== 'madeByMaire',
            mentionedInRegister: skipped !== 'mentionedInRegister',
            displayedOrPublished: skipped !== 'displayedOrPublished',
          }).length > 0,
      ).join(','),
  }),
  ...seanceCalculators,
  ...actesCalculators,
} as const;
