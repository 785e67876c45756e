import { focusElement, h } from './dom';

/** A native modal <dialog>: focus stays inside, Escape closes it, focus goes back to the opener. */
export interface Modal {
  readonly element: HTMLDialogElement;
  /** The body where the dialog's content goes. */
  readonly body: HTMLElement;
  open(opener?: HTMLElement | null): void;
  close(): void;
  isOpen(): boolean;
}

export interface ModalOptions {
  readonly id: string;
  readonly title: string;
  readonly className?: string;
  /** Label of the closing button (French). */
  readonly closeLabel?: string;
  readonly onClose?: () => void;
  /** Extra buttons shown in the footer, before the closing button. */
  readonly actions?: readonly HTMLElement[];
}

export function createModal(host: HTMLElement, options: ModalOptions): Modal {
  const titleId = `${options.id}-titre`;
  const heading = h('h2', { text: options.title, attrs: { id: titleId, tabindex: -1 } });
  const body = h('div', { class: 'dialogue-corps' });
  const closeButton = h('button', {
    class: 'bouton bouton-principal',
    text: options.closeLabel ?? 'Fermer',
    attrs: { type: 'button', 'data-action': 'fermer' },
  });
  const element = h(
    'dialog',
    {
      class: `dialogue ${options.className ?? ''}`.trim(),
      attrs: { id: options.id, 'aria-labelledby': titleId },
    },
    [
      h('div', { class: 'dialogue-cadre' }, [
        heading,
        body,
        h('div', { class: 'dialogue-actions' }, [...(options.actions ?? []), closeButton]),
      ]),
    ],
  );
  host.append(element);
  let opener: HTMLElement | null = null;
  const close = () => {
    if (element.open) element.close();
  };
  closeButton.addEventListener('click', close);
  element.addEventListener('close', () => {
    options.onClose?.();
    focusElement(opener);
    opener = null;
  });
  return {
    element,
    body,
    open(from) {
      opener = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
      if (!element.open) element.showModal();
      focusElement(heading);
    },
    close,
    isOpen: () => element.open,
  };
}
