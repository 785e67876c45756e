import type { NetworkContact, NetworkView } from '../../core/scenario';
import { h } from '../dom';
import { NETWORK_TEXTS, presentNetwork, type NetworkPanelModel } from '../screens/network-presenter';

/** The network panel, mounted once per scenario and updated at every view. */
export interface NetworkPanel {
  readonly element: HTMLElement;
  /** Shows the step's network (hides the panel when the step has none); `fresh`: answers just arrived. */
  update(view: NetworkView | undefined, fresh: boolean): void;
}

/** A button that opens and closes a drawer under it (WAI-ARIA disclosure pattern). */
function disclosure(label: string, drawerId: string, className: string) {
  const toggle = h('button', {
    class: `v-button v-button--small ${className}`,
    text: label,
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': drawerId },
  });
  const drawer = h('div', { class: 'v-network__drawer', attrs: { id: drawerId, hidden: true } });
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    drawer.hidden = !open;
  };
  return { toggle, drawer, setOpen, isOpen: () => drawer.hidden !== true };
}

function contactButton(
  contact: NetworkPanelModel['contacts'][number],
  onAsk: (contact: NetworkContact) => void,
): HTMLElement {
  const detail = contact.asked ? NETWORK_TEXTS.askedSuffix : ` — ${contact.detail}`;
  return h('li', {}, [
    h(
      'button',
      {
        class: 'v-button v-network__contact',
        attrs: { type: 'button', 'data-contact': contact.id, 'aria-disabled': contact.asked },
        on: { click: () => (contact.asked ? undefined : onAsk(contact.id)) },
      },
      [h('strong', { text: contact.name }), h('span', { class: 'v-network__detail', text: detail })],
    ),
  ]);
}

function answerItem(answer: NetworkPanelModel['answers'][number]): HTMLElement {
  return h('li', { class: 'v-network__answer', attrs: { 'data-status': answer.status } }, [
    h('p', { class: 'v-network__from' }, [
      h('strong', { text: answer.from }),
      h('span', { class: 'v-network__status', text: ` — ${answer.statusLabel}` }),
    ]),
    h('p', { class: 'v-network__text', text: answer.text }),
  ]);
}

/**
 * « Demander au réseau » and « Réponses du réseau »: two disclosure buttons over the room, each opening a drawer
 * (the three contacts, each disabled once asked about the decision at hand; the answers, arrived or awaited).
 * Escape closes an open drawer and gives the focus back to its button; the live region says the answers as they
 * arrive, and the answers' button shows « nouvelle » until it is opened.
 */
export function createNetworkPanel(ask: (contact: NetworkContact) => void): NetworkPanel {
  const askDrawer = disclosure(NETWORK_TEXTS.toggle, 'reseau-contacts', 'v-network__toggle');
  const answersDrawer = disclosure('', 'reseau-reponses', 'v-network__answers-toggle');
  const contacts = h('ul', { class: 'v-network__contacts' });
  const answers = h('ul', { class: 'v-network__answers' });
  askDrawer.drawer.append(h('p', { class: 'v-network__intro', text: NETWORK_TEXTS.intro }), contacts);
  answersDrawer.drawer.append(answers);
  const element = h(
    'aside',
    { class: 'v-network', attrs: { 'aria-label': 'Réseau des secrétaires de mairie' } },
    [
      h('div', { class: 'v-network__bar' }, [askDrawer.toggle, answersDrawer.toggle]),
      askDrawer.drawer,
      answersDrawer.drawer,
    ],
  );
  let model: NetworkPanelModel | null = null;
  let unread = false;

  const labelAnswers = () => {
    answersDrawer.toggle.textContent =
      (model?.answersHeading ?? '') + (unread ? ` ${NETWORK_TEXTS.unread}` : '');
  };
  const onAsk = (contact: NetworkContact) => {
    askDrawer.setOpen(false);
    askDrawer.toggle.focus();
    ask(contact);
  };
  askDrawer.toggle.addEventListener('click', () => {
    answersDrawer.setOpen(false);
    askDrawer.setOpen(!askDrawer.isOpen());
  });
  answersDrawer.toggle.addEventListener('click', () => {
    askDrawer.setOpen(false);
    answersDrawer.setOpen(!answersDrawer.isOpen());
    unread = false;
    labelAnswers();
  });
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = [askDrawer, answersDrawer].find((item) => item.isOpen());
    if (!open) return;
    open.setOpen(false);
    open.toggle.focus();
    event.stopPropagation();
  });

  function update(view: NetworkView | undefined, fresh: boolean): void {
    element.hidden = view === undefined;
    if (view === undefined) return;
    model = presentNetwork(view);
    askDrawer.toggle.hidden = !model.canAsk;
    if (!model.canAsk) askDrawer.setOpen(false);
    contacts.replaceChildren(...model.contacts.map((contact) => contactButton(contact, onAsk)));
    answersDrawer.toggle.hidden = model.answers.length === 0;
    answers.replaceChildren(...model.answers.map(answerItem));
    unread = (unread || fresh) && !answersDrawer.isOpen();
    labelAnswers();
  }

  return { element, update };
}
