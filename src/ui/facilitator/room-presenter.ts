import { roomDebrief, type RoomDecision } from '../../core/binome';
import type { ScenarioFile } from '../../core/scenario';
import type { FacilitatorDraft } from './facilitator-presenter';

/** A share of the pairs, as a bar and as its words. */
export interface Share {
  /** 0 to 100: the bar's width. */
  readonly percent: number;
  /** « 2 sur 3 (67 %) »: the bar's text equivalent. */
  readonly text: string;
}

/** One decision in the room's table. */
export interface RoomRow {
  readonly decision: string;
  readonly topic: string;
  readonly pairs: number;
  readonly agreed: Share;
  readonly legal: Share;
  readonly split: Share;
}

/** The room's debrief, ready to project and to print. */
export interface RoomModel {
  readonly heading: string;
  /** « 3 binômes comptés. » */
  readonly pairsLine: string;
  /** The situations that split at least one pair, most split first, for the discussion. */
  readonly toDiscuss: readonly string[];
  /** Every decision of the pack: those played, most split first, then those nobody drew. */
  readonly rows: readonly RoomRow[];
  /** One French line per code or file not counted. */
  readonly problems: readonly string[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

function share(part: number, whole: number): Share {
  const value = percent(part, whole);
  return { percent: value, text: whole === 0 ? 'non jouée' : `${part} sur ${whole} (${value} %)` };
}

function rowOf(decision: RoomDecision): RoomRow {
  return {
    decision: decision.decision,
    topic: decision.topic,
    pairs: decision.pairs,
    agreed: share(decision.agreed, decision.pairs),
    legal: share(decision.legal, decision.pairs),
    split: share(decision.pairs - decision.agreed, decision.pairs),
  };
}

/**
 * The room's debrief from what the facilitator entered: the typed codes (numbered by their line) and the files
 * of the chosen pack are counted; a refused code, a refused file or a file of another pack is listed, not counted.
 */
export function presentRoom(
  pack: ScenarioFile,
  draft: FacilitatorDraft,
  packs: readonly ScenarioFile[],
): RoomModel {
  const titleOf = (packId: string) => packs.find((candidate) => candidate.id === packId)?.title ?? packId;
  const fileProblems: string[] = [];
  const fileCodes: string[] = [];
  for (const file of draft.files) {
    if (!file.ok) fileProblems.push(`Fichier « ${file.name} » : ${file.error}`);
    else if (file.packId !== pack.id)
      fileProblems.push(
        `Fichier « ${file.name} » : c’est un résultat du pack « ${titleOf(file.packId)} », pas de « ${pack.title} » ; il n’est pas compté.`,
      );
    else fileCodes.push(file.code);
  }
  // The typed lines go first, blank ones included, so that « Code n° 3 » is the textarea's third line.
  const room = roomDebrief(pack, [...draft.typed.split('\n'), ...fileCodes]);
  const played = new Set(room.mostSplit.map((decision) => decision.decision));
  const unplayed = room.decisions.filter((decision) => !played.has(decision.decision));
  return {
    heading: `Débrief de la salle — ${pack.title}`,
    pairsLine:
      room.pairs === 0
        ? 'Aucun binôme compté : aucun code ni fichier n’a pu être lu.'
        : `${room.pairs} binôme${room.pairs > 1 ? 's' : ''} compté${room.pairs > 1 ? 's' : ''}.`,
    toDiscuss: room.mostSplit
      .filter((decision) => decision.splitPercent > 0)
      .map((decision) => `${decision.topic} : ${decision.splitPercent} % des binômes en désaccord.`),
    rows: [...room.mostSplit, ...unplayed].map(rowOf),
    problems: [...room.problems, ...fileProblems],
  };
}
