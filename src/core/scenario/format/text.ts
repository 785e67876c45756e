import { formatFrenchDate, isIsoDate } from '../../dates/iso-date';
import type { Scalar } from './schema';

/** `{name}` or `{name|filter}` inside a scenario text. */
const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9_]*)(?:\|(date|euros|nombre))?\}/g;

/** Markup or script in a text: scenario text is shown as text, so any of these is an authoring error. */
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript:|data:text\/html|\bon[a-z]+\s*=|&#?[a-z0-9]+;/i;

/** French number formatting with a narrow no-break space as thousands separator, as in official documents. */
export function formatFrenchNumber(value: number): string {
  const [whole = '0', decimals] = Math.abs(value)
    .toFixed(Number.isInteger(value) ? 0 : 2)
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${value < 0 ? '−' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** « 1 234 € » or « 1 234,50 € ». */
export function formatEuros(value: number): string {
  return `${formatFrenchNumber(value)}\u00a0€`;
}

function render(value: Scalar, filter: string | undefined): string {
  if (filter === 'date' && typeof value === 'string' && isIsoDate(value)) return formatFrenchDate(value);
  if (filter === 'euros' && typeof value === 'number') return formatEuros(value);
  if (filter === 'nombre' && typeof value === 'number') return formatFrenchNumber(value);
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
