const NBSP = '\u00a0';

/**
 * Applies French typography to a message: typographic apostrophe; non-breaking space before « : ; ! ? », inside
 * guillemets, after « n° » and « § », and between a number and « h » or « % ». Every text the trainee reads goes
 * through it, so that it is typeset as a French jury expects.
 */
export function typeset(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/(n°|§) /g, `$1${NBSP}`)
    .replace(/(\d) (h|%)(?=[\s,.;:)]|$)/g, `$1${NBSP}$2`)
    .replace(/ ([:;!?])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

/** Template tag form of {@link typeset}: fr`Enveloppe vide : blanc` → « Enveloppe vide\u00a0: blanc ». */
export function fr(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return typeset(
    strings.reduce((out, part, i) => out + part + (i < values.length ? String(values[i]) : ''), ''),
  );
}

/** A count in French with its noun, singular or plural: `plural(2, 'bulletin')` → « 2 bulletins ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${Math.abs(count) >= 2 ? pluralForm : singular}`;
}
