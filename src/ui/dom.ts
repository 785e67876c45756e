// A small element builder: the overlay is built with real elements, never parsed markup, so every text is escaped.

type Child = Node | string | null | false | undefined;

export interface ElementProps {
  readonly class?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly style?: Readonly<Record<string, string>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.style ?? {})) element.style.setProperty(name, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    if (listener) element.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child !== null && child !== false && child !== undefined) element.append(child);
  }
  return element;
}

/** Moves focus without scrolling the stage. */
export function focusElement(element: HTMLElement | null | undefined): void {
  element?.focus({ preventScroll: true });
}
