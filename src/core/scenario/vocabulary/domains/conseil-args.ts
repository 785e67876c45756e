import { z } from '../rule-bridge';

/** The arguments the council's calculators share: dates, sizes and comma-separated lists of names. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue');
export const population = z.number().int().min(0);
export const count = z.number().int().min(0);

/* Lists travel through scenario variables, which are scalars: names are written « Garnier, Lemoine, Roux ». */
export const nameList = z.string().regex(/^[^,>:]*(,[^,>:]*)*$/, 'noms séparés par des virgules attendus');

/** The trimmed, non-empty names of a comma-separated list. */
export function namesOf(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
