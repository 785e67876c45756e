import type { ScenarioFile } from '../format/schema';
import type { StepTable } from '../runtime/step-table';
import type { ScenarioEvent } from '../step-view';
import { CONTACTS, NETWORK_CONTACTS, type NetworkContact } from './contacts';
import type { NetworkSubject } from './subject';

/** A question put to the network, as the scenario's context keeps it (plain JSON). */
export interface NetworkAsk {
  readonly contact: NetworkContact;
  /** Key of the step the player was at. */
  readonly askedAt: string;
  /** Index of the question in the run's log. */
  readonly logIndex: number;
  readonly subject: NetworkSubject;
}

/** Where an answer stands: still awaited, arrived before the decision it is about, or arrived after it. */
export type AnswerStatus = 'attendue' | 'recue' | 'tardive';

/** One answer of the network, as the player reads it. */
export interface NetworkAnswerView {
  readonly contact: NetworkContact;
  /** « Service juridique du centre de gestion ». */
  readonly from: string;
  readonly status: AnswerStatus;
  /** The answer, once arrived; a French waiting line before. */
  readonly text: string;
}

/** One contact the player may ask at this step. */
export interface NetworkContactView {
  readonly id: NetworkContact;
  readonly name: string;
  readonly delayText: string;
  /** Already asked about the decision at hand: asking again is refused. */
  readonly asked: boolean;
}

/** The network panel of a step: whom to ask about the decision at hand, and the answers so far. */
export interface NetworkView {
  readonly contacts: readonly NetworkContactView[];
  readonly answers: readonly NetworkAnswerView[];
}

/** The answers the player has given since an index of the log (questions to the network are not answers). */
function answersSince(log: readonly ScenarioEvent[], index: number): number {
  return log.slice(index + 1).filter((event) => event.type !== 'network.ask').length;
}

/** The first reference of a decision's (« CGCT L2121-11 ; CGCT L2121-12 » → « CGCT L2121-11 »). */
function firstReference(reference: string): string {
  return reference.split(/\s*[;,]\s*/u)[0] ?? reference;
}

/** What a contact answers about a decision: the law in full, a part of it, or a colleague's practice. */
export function answerText(scenario: ScenarioFile | undefined, ask: NetworkAsk): string {
  const decision = scenario?.scoring[ask.subject.decision];
  const reference = decision?.reference ?? '';
  switch (ask.contact) {
    case 'cdg':
      return (
        `Le service juridique répond : la règle applicable est ${reference}. Relisez ce texte avant de ` +
        'décider ; s’il vous reste un doute, rappelez-nous.'
      );
    case 'forum':
      return (
        `Deux collègues citent ${firstReference(reference)} ; une troisième se souvient d’une règle plus ` +
        'ancienne. Vérifiez la version en vigueur avant de vous fier au forum.'
      );
    case 'voisin':
      return (
        'Votre collègue a déjà eu un cas semblable : « Je ne me souviens plus de l’article. Chez nous, on ne ' +
        'répond jamais avant d’avoir vérifié le texte, et le service juridique du centre de gestion nous aide. »'
      );
  }
}

function statusOf(ask: NetworkAsk, log: readonly ScenarioEvent[]): AnswerStatus {
  const { delay } = CONTACTS[ask.contact];
  if (answersSince(log, ask.logIndex) < delay) return 'attendue';
  return delay > ask.subject.distance ? 'tardive' : 'recue';
}

/**
 * The network panel at a step: the contacts (each asked at most once about a decision) and every answer of the
 * run, arrived or awaited. `subject` is the decision at hand ({@link networkSubject}); null where none is left.
 */
export function networkView(
  table: StepTable,
  asks: readonly NetworkAsk[],
  log: readonly ScenarioEvent[],
  subject: NetworkSubject | null,
): NetworkView | null {
  if (subject === null && asks.length === 0) return null;
  const contacts =
    subject === null
      ? []
      : NETWORK_CONTACTS.map((id) => ({
          id,
          name: CONTACTS[id].name,
          delayText: CONTACTS[id].delayText,
          asked: asks.some((ask) => ask.contact === id && ask.subject.step === subject.step),
        }));
  const answers = asks.map((ask) => {
    const status = statusOf(ask, log);
    return {
      contact: ask.contact,
      from: CONTACTS[ask.contact].name,
      status,
      text:
        status === 'attendue'
          ? 'Réponse attendue après votre prochaine étape.'
          : answerText(table.steps.get(ask.subject.step)?.scenario, ask),
    };
  });
  return { contacts, answers };
}
