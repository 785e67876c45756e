import { h } from './dom';

/** Reads the optional session code: digits only; anything else is refused with a French message. */
export function parseSessionCode(
  text: string,
): { ok: true; seed: number | null } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, seed: null };
  if (!/^\d{1,9}$/.test(trimmed)) {
    return { ok: false, message: 'Le code de session est un nombre de 1 à 9 chiffres, par exemple 2027.' };
  }
  return { ok: true, seed: Number(trimmed) };
}

/** The trainer's session code: a labelled input with its help and its error message. */
export interface SessionCodeField {
  readonly element: HTMLElement;
  /** The seed typed, null when empty; on a wrong code, shows the message, focuses the input and returns undefined. */
  read(): number | null | undefined;
}

export function sessionCodeField(id: string, help: string): SessionCodeField {
  const input = h('input', {
    class: 'champ-code',
    attrs: {
      id,
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      'aria-describedby': `${id}-aide ${id}-erreur`,
    },
  });
  const error = h('p', { class: 'erreur-code', attrs: { id: `${id}-erreur`, role: 'alert' } });
  return {
    element: h('div', { class: 'situations-code' }, [
      h('label', { text: 'Code de session (facultatif)', attrs: { for: id } }),
      input,
      h('p', { class: 'aide', text: help, attrs: { id: `${id}-aide` } }),
      error,
    ]),
    read() {
      const code = parseSessionCode(input.value);
      if (code.ok) return code.seed;
      error.textContent = code.message;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return undefined;
    },
  };
}
