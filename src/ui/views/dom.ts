/**
 * The only way the views build DOM: createElement, setAttribute and text nodes. Scenario text is data and
 * must never become markup, so there is deliberately no helper taking HTML.
 */

export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Creates an element with a class, attributes, text content and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className !== undefined) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  if (options.text !== undefined) node.textContent = options.text;
  node.append(...children);
  return node;
}

/** A real button (type="button") with its text. */
export function button(text: string, className = 'v-button', attrs: Readonly<Record<string, string>> = {}) {
  return el('button', { className, text, attrs: { type: 'button', ...attrs } });
}

/** A DOM id built from scenario ids: only letters, digits, '-' and '_' survive. */
export function domId(...parts: readonly string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, '_')).join('--');
}

/** The step's heading, focusable by script only (the host moves focus there). */
export function stepHeadingElement(text: string, id: string): HTMLHeadingElement {
  return el('h2', { className: 'v-step-heading', text, attrs: { id, tabindex: '-1' } });
}
