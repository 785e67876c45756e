import { isIsoDate } from '../../dates';
import { z } from '../../validation/schema';

/** A real calendar date `AAAA-MM-JJ` (2026-02-30 is refused), with the field's meaning in the message. */
export function isoDateField(what: string) {
  return z
    .string({ error: `${what} attendue au format AAAA-MM-JJ` })
    .refine(isIsoDate, { error: `${what} invalide : une date réelle au format AAAA-MM-JJ est attendue` });
}

/** A yes/no field, with the question in the message. */
export function booleanField(what: string) {
  return z.boolean({ error: `booléen attendu (true ou false) : ${what}` });
}

/** The most populous French commune has about 2.1 million inhabitants: ten million is a typo. */
const MAX_POPULATION = 10_000_000;

/** A commune's population: a whole number of inhabitants, zero allowed (a few communes have none). */
export const populationField = z
  .number({ error: 'population attendue (nombre entier d’habitants)' })
  .int({ error: 'population attendue (nombre entier d’habitants)' })
  .min(0, { error: 'population négative refusée' })
  .max(MAX_POPULATION, { error: 'population hors de proportion (plus de dix millions d’habitants)' });

/** A century is a typo for any contract or stage. */
const MAX_MONTHS = 1200;

/** A duration in months, strictly positive (decimals allowed: a contract of six weeks is 1.5 month). */
export function monthsField(what: string) {
  return z
    .number({ error: `${what} attendue en mois (nombre)` })
    .positive({ error: `${what} : un nombre de mois strictement positif est attendu` })
    .max(MAX_MONTHS, { error: `${what} hors de proportion (plus de cent ans)` });
}

/** Free French text for trainers, ignored by the rules. */
export const descriptionField = z.string({ error: 'description : texte attendu' }).optional();
