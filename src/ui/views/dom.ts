import { h } from '../dom';

/**
 * What the views add to the overlay's element builder (`h` of src/ui/dom.ts, createElement and text nodes
 * only: scenario text is data and never becomes markup).
 */

/** A real button (type="button") with its text. */
export function button(
  text: string,
  className = 'v-button',
  attrs: Readonly<Record<string, string>> = {},
): HTMLButtonElement {
  return h('button', { class: className, text, attrs: { type: 'button', ...attrs } });
}

/** A DOM id built from scenario ids: only letters, digits, '-' and '_' survive. */
export function domId(...parts: readonly string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, '_')).join('--');
}

/**
 * The step's heading, focusable by script only: the host moves focus there at each step, and the shell's
 * screen host finds it by `data-autofocus` when the scenario screen opens.
 */
export function stepHeadingElement(text: string, id: string): HTMLHeadingElement {
  return h('h2', { class: 'v-step-heading', text, attrs: { id, tabindex: '-1', 'data-autofocus': '' } });
}
