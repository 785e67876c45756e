import type { AnswerStatus, NetworkAnswerView, NetworkContact, NetworkView } from '../../core/scenario';

/** A contact's button in the network panel. */
export interface NetworkContactModel {
  readonly id: NetworkContact;
  readonly name: string;
  readonly detail: string;
  /** Already asked about the decision at hand. */
  readonly asked: boolean;
}

/** One answer, as the panel lists it. */
export interface NetworkAnswerModel {
  readonly from: string;
  readonly status: AnswerStatus;
  readonly statusLabel: string;
  readonly text: string;
}

/** The « Demander au réseau » panel of a step. */
export interface NetworkPanelModel {
  /** No decision left to ask about: the panel only lists the answers. */
  readonly canAsk: boolean;
  readonly contacts: readonly NetworkContactModel[];
  readonly answersHeading: string;
  readonly answers: readonly NetworkAnswerModel[];
}

/** The French word of each status, as a badge beside the answer. */
export const STATUS_LABELS: Readonly<Record<AnswerStatus, string>> = {
  attendue: 'en attente',
  recue: 'reçue',
  tardive: 'reçue après votre décision',
};

/** The toggle's text and the panel's introduction. */
export const NETWORK_TEXTS = {
  toggle: 'Demander au réseau',
  intro:
    'Un doute ? Le réseau des secrétaires de mairie peut vous aider. Chaque question prend du temps dans votre ' +
    'semaine, et une réponse écrite n’arrive pas tout de suite : demandez avant de décider.',
  askedSuffix: ' (déjà demandé pour cette décision)',
  unread: '· nouvelle réponse',
} as const;

/** The panel's model from the step's network view. */
export function presentNetwork(view: NetworkView): NetworkPanelModel {
  const answers = view.answers.map((answer) => ({
    from: answer.from,
    status: answer.status,
    statusLabel: STATUS_LABELS[answer.status],
    text: answer.text,
  }));
  return {
    canAsk: view.contacts.length > 0,
    contacts: view.contacts.map((contact) => ({
      id: contact.id,
      name: contact.name,
      detail: contact.delayText,
      asked: contact.asked,
    })),
    answersHeading: answers.length === 0 ? '' : `Réponses du réseau (${answers.length})`,
    answers,
  };
}

/** The answers that arrived between two views of the run (awaited, or not yet asked, before), in order. */
export function arrivedAnswers(
  before: NetworkView | undefined,
  after: NetworkView | undefined,
): readonly NetworkAnswerView[] {
  const previous = before?.answers ?? [];
  return (after?.answers ?? []).filter((answer, index) => {
    const earlier = previous[index];
    return answer.status !== 'attendue' && (earlier === undefined || earlier.status === 'attendue');
  });
}

/** What the live region says of an arrived answer. */
export function arrivalText(answer: NetworkAnswerView): string {
  const late = answer.status === 'tardive' ? ', après votre décision' : '';
  return `Réponse reçue${late} — ${answer.from} : ${answer.text}`;
}
