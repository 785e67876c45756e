import { err, ok, type Result } from '../../result';
import { BALLOT_MARKS, type Ballot, type BallotMark, type CountContext, type Envelope } from './ballot';
import { classifyEnvelope, classifyLooseBallot, type Classification } from './classification';
import { fr } from './french-text';

/**
 * One item of a lot written in the compact notation: an envelope taken from the urn, or a ballot found in the
 * urn without an envelope. `id` is the author's name for it (a scenario uses it as the id of a classify item).
 */
export type NotedItem =
  | { readonly id: string; readonly origin: 'enveloppe'; readonly envelope: Envelope }
  | { readonly id: string; readonly origin: 'sansEnveloppe'; readonly ballot: Ballot };

const ID = /^[a-z0-9][a-z0-9_-]*$/i;
const NO_ENVELOPE = 'sans-enveloppe';
const NON_REGULATORY = 'non-reglementaire';

function isMark(word: string): word is BallotMark {
  return (BALLOT_MARKS as readonly string[]).includes(word);
}

function parsePaper(text: string, candidates: readonly string[]): Result<Ballot, string> {
  const [head = '', ...rawMarks] = text.split('+').map((part) => part.trim());
  const marks: BallotMark[] = [];
  for (const mark of rawMarks) {
    if (!isMark(mark)) return err(fr`marque inconnue « ${mark} » (attendu : ${BALLOT_MARKS.join(', ')})`);
    marks.push(mark);
  }
  const withMarks = marks.length > 0 ? { marks } : {};
  if (head === 'blanc') return ok({ blank: true, ...withMarks });
  const rank = /^#(\d+)$/.exec(head);
  const name = rank ? candidates[Number(rank[1]) - 1] : undefined;
  if (name === undefined) {
    return err(
      fr`papier « ${head} » : attendu « blanc » ou « #1 » à « #${candidates.length} » (rang du candidat ou de la liste)`,
    );
  }
  return ok({ for: name, ...withMarks });
}

function parseItem(text: string, candidates: readonly string[]): Result<NotedItem, string> {
  const colon = text.indexOf(':');
  const id = colon < 0 ? '' : text.slice(0, colon).trim();
  if (!ID.test(id)) return err(fr`« ${text} » : attendu « identifiant: contenu »`);
  let content = text.slice(colon + 1).trim();
  const loose = content.startsWith(NO_ENVELOPE);
  const nonRegulatory = content.startsWith(NON_REGULATORY);
  if (loose) content = content.slice(NO_ENVELOPE.length).trim();
  if (nonRegulatory) content = content.slice(NON_REGULATORY.length).trim();
  const papers: Ballot[] = [];
  if (content !== 'vide') {
    for (const part of content.split(',')) {
      const paper = parsePaper(part.trim(), candidates);
      if (!paper.ok) return err(fr`${id} : ${paper.error}`);
      papers.push(paper.value);
    }
  }
  if (loose) {
    const [ballot] = papers;
    return ballot !== undefined && papers.length === 1
      ? ok({ id, origin: 'sansEnveloppe', ballot })
      : err(fr`${id} : un bulletin sans enveloppe est un seul papier`);
  }
  const envelope: Envelope = nonRegulatory ? { ballots: papers, nonRegulatory: true } : { ballots: papers };
  return ok({ id, origin: 'enveloppe', envelope });
}

/**
 * Reads a lot written in the compact notation scenario files use, items separated by « ; »:
 * `e1: #1 ; e2: #2 +annotation ; e3: vide ; e4: blanc ; e5: #1, #1 ; e6: non-reglementaire #2 ;
 * s1: sans-enveloppe #1`. A paper is `blanc` or `#n` (the n-th candidate or list of `candidates`), followed by
 * any marks of {@link BALLOT_MARKS} (`+signature`…); papers of one envelope are separated by « , »; `vide` is an
 * empty envelope. Ids are unique. A malformed lot yields one French message naming the faulty item.
 */
export function parseLot(text: string, candidates: readonly string[]): Result<NotedItem[], string> {
  const parts = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return err('lot vide : au moins une enveloppe ou un bulletin attendu');
  const items: NotedItem[] = [];
  for (const part of parts) {
    const item = parseItem(part, candidates);
    if (!item.ok) return item;
    if (items.some((other) => other.id === item.value.id))
      return err(fr`identifiant en double : « ${item.value.id} »`);
    items.push(item.value);
  }
  return ok(items);
}

/** Classifies one noted item (code électoral L65, L66; loi 2025-444 for list ballots). */
export function classifyNoted(item: NotedItem, context: CountContext): Classification {
  return item.origin === 'enveloppe'
    ? classifyEnvelope(item.envelope, context)
    : classifyLooseBallot(item.ballot, context);
}

/** The envelopes and the ballots found without one, in the order noted: the input of `countUrn`. */
export function urnOf(items: readonly NotedItem[]): {
  readonly envelopes: readonly Envelope[];
  readonly looseBallots: readonly Ballot[];
} {
  return {
    envelopes: items.flatMap((item) => (item.origin === 'enveloppe' ? [item.envelope] : [])),
    looseBallots: items.flatMap((item) => (item.origin === 'sansEnveloppe' ? [item.ballot] : [])),
  };
}

/** Where a noted item was found, as a debrief names it: « Enveloppe 3 » (1-based among envelopes), or loose. */
export function placeOf(item: NotedItem, position: number): string {
  return item.origin === 'enveloppe' ? `Enveloppe ${position}` : 'Bulletin trouvé sans enveloppe';
}
