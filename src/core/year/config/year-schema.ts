import { isIsoDate } from '../../dates';
import { z } from '../../validation/schema';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant attendu (minuscules, chiffres, « - »)');
const isoDate = z.string().refine(isIsoDate, 'date AAAA-MM-JJ attendue');
const hours = z
  .number()
  .min(0.5)
  .max(8)
  .refine((value) => Number.isInteger(value * 2), 'durée en heures, par demi-heure');
const french = (max: number) => z.string().min(3).max(max);

/** A meeting of the municipal council set by the maire for the year. */
const councilSchema = z.strictObject({
  id,
  date: isoDate,
  label: french(120),
  /** Agenda, French. */
  agenda: french(300),
  /** This meeting votes the budget primitif and the tax rates (CGCT L1612-2, CGI art. 1639 A). */
  votesBudget: z.boolean().optional(),
  /** This meeting closes last year's accounts (compte administratif or compte financier unique). */
  votesAccounts: z.boolean().optional(),
  /**
   * First meeting after the general renewal: held de plein droit between the Friday and the Sunday after the
   * election (CGCT L2121-7), so it cannot be postponed.
   */
  installation: z.boolean().optional(),
});

/**
 * A scenario of the catalogue scheduled in the year: on a date, at a council meeting, on election day, or on
 * the date its own variant sets (`scenarioDate`). `variants` keeps only the variants that fit this year.
 */
const scheduledSchema = z.strictObject({
  id,
  scenario: z.string().min(1),
  hours,
  date: isoDate.optional(),
  council: id.optional(),
  electionRound: z.union([z.literal(1), z.literal(2)]).optional(),
  scenarioDate: z.literal(true).optional(),
  variants: z.array(z.string().min(1)).min(1).optional(),
  /**
   * The version of the year configuration that added this item. A game started with an earlier version goes on
   * without it (see `yearConfigAsOf`): an activity added to a week already played would make its save unplayable.
   */
  since: z.number().int().min(2).optional(),
});

/** How a short event reaches the SGM. */
export const CHANNELS = ['courrier', 'telephone', 'visiteur', 'maire', 'incident'] as const;

/** A short event between the scheduled scenarios: a small scenario file of scenarios/events/. */
const eventSchema = z.strictObject({
  id,
  scenario: z.string().min(1),
  channel: z.enum(CHANNELS),
  /** Who writes, calls or comes, French. */
  from: french(80),
  /** One line shown in the inbox, French. */
  subject: french(160),
  arrives: isoDate,
  /** Days the SGM has to deal with it (a service standard of the game, not a legal time limit). */
  dueDays: z.number().int().min(1).max(60),
  hours,
  priority: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /**
   * The version of the year configuration that added this item. A game started with an earlier version goes on
   * without it (see `yearConfigAsOf`): an activity added to a week already played would make its save unplayable.
   */
  since: z.number().int().min(2).optional(),
});

const electionSchema = z.strictObject({
  kind: z.enum(['presidentielle', 'municipales', 'legislatives', 'europeennes']),
  label: french(80),
  rounds: z.array(isoDate).min(1).max(2),
  /** French note shown with the dates when they are a hypothesis of the game (no decree yet). */
  datesNote: french(300).optional(),
  preparationHours: hours,
});

/** A year of play, as data (scenarios/years/…): its calendar, its scenarios and its short events. */
export const yearConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('annee'),
    id,
    version: z.number().int().min(1),
    year: z.number().int().min(2024).max(2100),
    title: french(120),
    summary: french(600),
    world: id,
    /** A year of general renewal of the municipal councils (2026): budget by 30 April (CGCT L1612-2). */
    renewalYear: z.boolean(),
    election: electionSchema.optional(),
    councils: z.array(councilSchema).min(4),
    scheduled: z.array(scheduledSchema).min(1),
    events: z.array(eventSchema),
    /** Two sessions of preparation, half the hours each. */
    budget: z.strictObject({
      preparationArrives: isoDate,
      preparationHours: z.number().int().min(2).max(16),
    }),
    accounts: z.strictObject({ preparationArrives: isoDate, preparationHours: hours }),
  })
  .superRefine((config, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const inYear = (date: string) => date.startsWith(`${config.year}-`);
    const councilIds = config.councils.map((council) => council.id);
    config.councils.forEach((council, index) => {
      if (!inYear(council.date)) issue(['councils', index, 'date'], `date hors de l’année ${config.year}`);
    });
    const ids = [...councilIds, ...config.scheduled.map((s) => s.id), ...config.events.map((e) => e.id)];
    const duplicate = ids.find((value, index) => ids.indexOf(value) !== index);
    if (duplicate !== undefined) issue([], `identifiant en double : « ${duplicate} »`);
    if (config.councils.filter((council) => council.votesBudget === true).length !== 1)
      issue(['councils'], 'une et une seule séance vote le budget (« votesBudget »)');
    if (config.councils.filter((council) => council.votesAccounts === true).length !== 1)
      issue(['councils'], 'une et une seule séance arrête les comptes (« votesAccounts »)');
    if (config.renewalYear && !config.councils.some((council) => council.installation === true))
      issue(['councils'], 'une année de renouvellement a sa séance d’installation (« installation »)');
    config.scheduled.forEach((item, index) => {
      const anchors = [item.date, item.council, item.electionRound, item.scenarioDate].filter(
        (value) => value !== undefined,
      );
      if (anchors.length !== 1)
        issue(
          ['scheduled', index],
          'une seule ancre : « date », « council », « electionRound » ou « scenarioDate »',
        );
      if (item.date !== undefined && !inYear(item.date))
        issue(['scheduled', index, 'date'], `date hors de l’année ${config.year}`);
      if (item.council !== undefined && !councilIds.includes(item.council))
        issue(['scheduled', index, 'council'], `séance inconnue : « ${item.council} »`);
      if (item.electionRound !== undefined && (config.election?.rounds.length ?? 0) < item.electionRound)
        issue(['scheduled', index, 'electionRound'], 'ce tour de scrutin n’existe pas dans « election »');
    });
    config.events.forEach((event, index) => {
      if (!inYear(event.arrives)) issue(['events', index, 'arrives'], `date hors de l’année ${config.year}`);
    });
    const lists = [
      ['scheduled', config.scheduled],
      ['events', config.events],
    ] as const;
    for (const [list, items] of lists)
      items.forEach((item, index) => {
        if (item.since !== undefined && item.since > config.version)
          issue(
            [list, index, 'since'],
            `ajouté par la version ${item.since}, plus récente que l’année (version ${config.version})`,
          );
      });
  });

/** A year configuration as loaded from its data file. */
export type YearConfig = z.infer<typeof yearConfigSchema>;
/** A council meeting of the year's configuration. */
export type CouncilDef = z.infer<typeof councilSchema>;
/** A scheduled scenario of the year's configuration. */
export type ScheduledDef = z.infer<typeof scheduledSchema>;
/** A short event of the year's configuration. */
export type EventDef = z.infer<typeof eventSchema>;
/** One of {@link CHANNELS}. */
export type Channel = (typeof CHANNELS)[number];
