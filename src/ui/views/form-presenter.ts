import { isIsoDate } from '../../core/dates';
import { err, ok, type Result } from '../../core/result';
import type {
  FormFieldType,
  FormFieldView,
  FormView,
  InputProblem,
  SubmittedValue,
} from '../../core/scenario';
import { formatFrenchCents } from '../../core/french-format';
import { parseFrenchAmount, parseFrenchAmountCents, parseFrenchNumber } from './french-number';

/** What the player typed, by field id: text for single inputs, the ticked option ids for `multi`. */
export type FormRaw = Readonly<Record<string, string | readonly string[]>>;

export interface FormFieldModel {
  readonly id: string;
  readonly label: string;
  readonly type: FormFieldType;
  /** `inputmode` hint for touch keyboards. */
  readonly inputMode: 'text' | 'decimal' | 'none';
  readonly help: string | null;
  readonly unit: string | null;
  readonly options: readonly { readonly id: string; readonly label: string }[];
  /** Placeholder-free example shown in the help for number-like fields. */
  readonly example: string | null;
}

export interface FormModel {
  readonly heading: string;
  readonly fields: readonly FormFieldModel[];
  readonly submitLabel: string;
}

const EXAMPLES: Partial<Record<FormFieldType, string>> = {
  amount: 'Format : 1 234,56',
  number: 'Format : 12 ou 12,5',
};

/** View-model of a form. */
export function presentForm(view: FormView): FormModel {
  return {
    heading: view.prompt,
    submitLabel: 'Valider',
    fields: view.fields.map((field) => ({
      id: field.id,
      label: field.label,
      type: field.type,
      inputMode: field.type === 'amount' || field.type === 'number' ? 'decimal' : 'text',
      help: field.help ?? null,
      unit: field.unit ?? (field.type === 'amount' ? '€' : null),
      options: field.options ?? [],
      example: EXAMPLES[field.type] ?? null,
    })),
  };
}

/** Empty answers for every field. */
export function initialFormRaw(view: FormView): FormRaw {
  return Object.fromEntries(view.fields.map((field) => [field.id, field.type === 'multi' ? [] : '']));
}

/**
 * Parses one field's raw input into the value `user.submit` carries: text trimmed, numbers and amounts
 * (euros) as numbers, dates as ISO strings, options as ids. An empty optional input yields undefined
 * (left out of the submission, the scenario says if it was required).
 */
export function parseFormField(
  field: FormFieldView,
  raw: string | readonly string[] | undefined,
): Result<SubmittedValue | undefined, string> {
  if (field.type === 'multi') {
    const ticked = typeof raw === 'object' ? raw : [];
    const known = new Set((field.options ?? []).map((option) => option.id));
    return ok(ticked.filter((id) => known.has(id)));
  }
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (field.type === 'text') return ok(text);
  if (text === '') return ok(undefined);
  switch (field.type) {
    case 'number':
      return parseFrenchNumber(text);
    case 'amount':
      return parseFrenchAmount(text);
    case 'date':
      return isIsoDate(text) ? ok(text) : err('Saisissez une date valide (jour, mois, année).');
    case 'select':
      return (field.options ?? []).some((option) => option.id === text)
        ? ok(text)
        : err('Choisissez une option de la liste.');
  }
}

/** The values of `user.submit`, or the problems found before sending (keyed by field id). */
export function formSubmission(
  view: FormView,
  raw: FormRaw,
): Result<Readonly<Record<string, SubmittedValue>>, readonly InputProblem[]> {
  const values: Record<string, SubmittedValue> = {};
  const problems: InputProblem[] = [];
  for (const field of view.fields) {
    const parsed = parseFormField(field, raw[field.id]);
    if (!parsed.ok) problems.push({ key: field.id, message: parsed.error });
    else if (parsed.value !== undefined) values[field.id] = parsed.value;
  }
  return problems.length > 0 ? err(problems) : ok(values);
}

/** Rewrites a typed amount the French way once the player leaves the field; leaves it alone if unreadable. */
export function reformatAmount(raw: string): string {
  const cents = parseFrenchAmountCents(raw);
  return cents.ok ? formatFrenchCents(cents.value, '') : raw;
}
