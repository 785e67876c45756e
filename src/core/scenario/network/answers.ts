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

/**
 * The legal texts of a decision's reference, without the référentiel's own lines, which are no rule a colleague
 * would quote (« RNCP41781 BC01-08 ; CGFP L452-38 » → [« CGFP L452-38 »]).
 */
export function legalTexts(reference: string): readonly string[] {
  return reference
    .split(/\s*;\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^(référentiel\s+)?RNCP/iu.test(part));
}

/** What a contact answers about a decision: the law in full, a part of it, or a colleague's practice. */
export function answerText(scenario: ScenarioFile | undefined, ask: NetworkAsk): string {
  const texts = legalTexts(scenario?.scoring[ask.subject.decision]?.reference ?? '');
  switch (ask.contact) {
    case 'cdg':
      return texts.length === 0
        ? 'Le service juridique répond : ce point ne dépend d’aucun texte particulier, mais de votre façon de ' +
            'travailler avec le maire et le public ; il vous renvoie aux fiches métier du centre de gestion.'
        : `Le service juridique répond : la règle applicable est ${texts.join(' ; ')}. Relisez ce texte ` +
            'avant de décider ; s’il vous reste un doute, rappelez-nous.';
    case 'forum':
      return texts.length === 0
        ? 'Des collègues racontent comment ils font ; aucun ne cite de texte, et leurs pratiques diffèrent.'
        : `Deux collègues citent ${(texts[0] ?? '').split(/\s*,\s*/u)[0] ?? ''} ; une troisième se souvient ` +
            'd’une règle plus ancienne. Vérifiez la version en vigueur avant de vous fier au forum.';
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
