import { isIsoDate } from '../../dates/iso-date';
import { UNIT_SEPARATOR, formatFrenchDate, formatFrenchNumber } from '../../french-format';
import type { Scalar } from './schema';

/** `{name}` or `{name|filter}` inside a scenario text. */
const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)(?:\|(date|euros|nombre))?\}/g;

/** Markup or script in a text: scenario text is shown as text, so any of these is an authoring error. */
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript:|data:text\/html|\bon[a-z]+\s*=|&#?[a-z0-9]+;/i;

/** A number as scenario texts print it: whole, or with exactly two decimals (« 1 234 », « 12,50 »). */
export function formatTextNumber(value: number): string {
  return formatFrenchNumber(value, 2, Number.isInteger(value) ? 0 : 2);
}

/** « 1 234 € » or « 1 234,50 € ». */
export function formatTextEuros(value: number): string {
  return `${formatTextNumber(value)}${UNIT_SEPARATOR}€`;
}

function render(value: Scalar, filter: string | undefined): string {
  if (filter === 'date' && typeof value === 'string' && isIsoDate(value)) return formatFrenchDate(value);
  if (filter === 'euros' && typeof value === 'number') return formatTextEuros(value);
  if (filter === 'nombre' && typeof value === 'number') return formatTextNumber(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return String(value);
}

/** Replaces `{var}` placeholders by the variables' values; unknown names are left visible for the author. */
export function interpolate(template: string, vars: Readonly<Record<string, Scalar>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string, filter: string | undefined) => {
    const value = vars[name];
    return value === undefined ? whole : render(value, filter);
  });
}

/** Names of the variables a text uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** The first piece of markup or script found in a text, or null. */
export function findMarkup(text: string): string | null {
  const match = MARKUP.exec(text);
  return match ? match[0] : null;
}
