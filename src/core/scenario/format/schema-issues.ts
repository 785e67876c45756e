import type { z } from '../../validation/schema';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'une chaîne de caractères',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  object: 'un objet { … }',
  array: 'une liste [ … ]',
};

/** The step types a scenario may use, for the message of an unknown `type`. */
export const STEP_TYPES = [
  'dialogue',
  'choice',
  'inspect',
  'form',
  'classify',
  'allocate',
  'rank',
  'branch',
  'queue',
  'sub',
  'end',
] as const;

/** What a schema problem expected, said in French for an author. */
export function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `une valeur parmi : ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `au plus ${String(issue.maximum)} élément(s)`
        : `au plus ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'un texte non vide';
      return issue.origin === 'array'
        ? `au moins ${String(issue.minimum)} élément(s)`
        : `au moins ${String(issue.minimum)}`;
    case 'unrecognized_keys':
      return 'uniquement les clés prévues par le format';
    case 'invalid_format':
      return 'le format décrit par le message';
    case 'invalid_key':
      return 'une clé au format d’un identifiant';
    case 'invalid_union':
      return issue.path[issue.path.length - 1] === 'type'
        ? `un type d’étape parmi : ${STEP_TYPES.join(', ')}`
        : 'l’une des formes admises (voir docs/AUTHORING.md)';
    default:
      return 'voir docs/AUTHORING.md';
  }
}

/** The message of a schema problem, made precise where zod's own stays vague. */
export function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && issue.path[issue.path.length - 1] === 'type')
    return 'Type d’étape inconnu.';
  if (issue.code === 'invalid_key')
    return 'Identifiant invalide (lettres, chiffres, « - », « _ », sans point).';
  return issue.message;
}
