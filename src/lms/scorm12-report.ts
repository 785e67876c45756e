import { formatFrenchNumber } from '../core/french-format';
/**
 * What a SCO of the game reports to a SCORM 1.2 platform, as pure data: the score, the status, the session time,
 * the interactions, and the check of `cmi.suspend_data`'s size. No DOM, no clock: `scorm12.ts` is the only module
 * that talks to the platform, with the values computed here.
 *
 * The limits are SCORM 1.2's own (RTE, appendix A), stricter than some runtimes (scorm-again accepts 64 000
 * characters of suspend data and any printable identifier): a package that keeps to them works on every LMS.
 */
import type { Evidence, Verdict } from '../core/scoring/evidence';

/** `cmi.suspend_data` is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;
/** A CMIIdentifier: letters, digits, `-` and `_`, at most 255 characters (RTE A.7, strict). */
export const IDENTIFIER_LIMIT = 255;
/** The pass mark of the game, out of 20. */
export const PASS_MARK = 10;

/** `cmi.core.lesson_status` values the game sends. */
export type LessonStatus = 'passed' | 'failed' | 'completed' | 'incomplete';

/** The mark /20 as `cmi.core.score.raw` on 0–100 (`score.min` 0, `score.max` 100), to the hundredth. */
export function scoreRawOf(mark20: number): number {
  const clamped = Math.min(20, Math.max(0, mark20));
  return Math.round(clamped * 5 * 100) / 100;
}

/**
 * `incomplete` while playing; once finished, `passed` at 10/20 and above, `failed` below, and `completed` when
 * nothing was marked (a binôme pack, whose debrief is never a mark).
 */
export function lessonStatusOf(mark20: number | null, finished: boolean): LessonStatus {
  if (!finished) return 'incomplete';
  if (mark20 === null) return 'completed';
  return mark20 >= PASS_MARK ? 'passed' : 'failed';
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * A duration in milliseconds as a CMITimespan, `HHHH:MM:SS.SS` (hours on four digits, at most 9999 hours);
 * a negative or non-finite duration counts as zero.
 */
export function sessionTimeOf(ms: number): string {
  const centis = Number.isFinite(ms) && ms > 0 ? Math.min(Math.round(ms / 10), 9999 * 360_000 + 359_999) : 0;
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centis % 100, 2)}`;
}

/**
 * Any text as a strict CMIIdentifier: accents dropped, every other character outside `[A-Za-z0-9_-]` turned
 * into `-`, cut to 255 characters.
 */
export function cmiIdentifierOf(text: string): string {
  const ascii = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const id = ascii.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, IDENTIFIER_LIMIT);
  return id === '' ? 'decision' : id;
}

/**
 * `cmi.interactions.n.type` values the game uses, from SCORM 1.2's vocabulary (true-false, choice, fill-in,
 * matching, performance, sequencing, likert, numeric: no `other`, which is SCORM 2004's).
 */
export type InteractionType = 'choice' | 'fill-in' | 'matching' | 'performance';
/** `cmi.interactions.n.result` values the game uses. */
export type InteractionResult = 'correct' | 'wrong' | 'neutral';

/** One `cmi.interactions.n`: a scored decision. */
export interface Interaction {
  readonly id: string;
  readonly type: InteractionType;
  readonly result: InteractionResult;
  /** `cmi.interactions.n.objectives.0.id`: the first competence the decision measures. */
  readonly objectiveId: string;
  /** `cmi.interactions.n.weighting`: the decision's weight (1–3). */
  readonly weighting: number;
}

/** A verdict as an interaction result: right is `correct`, legal but sub-optimal `neutral`, the rest `wrong`. */
export function resultOf(verdict: Verdict): InteractionResult {
  switch (verdict) {
    case 'conforme':
      return 'correct';
    case 'acceptable':
      return 'neutral';
    case 'risque':
    case 'illegal':
      return 'wrong';
  }
}

/** The kind of step a decision is taken at (`choice`, `form`, `inspect`…), as the scenario file says. */
export type StepKindOf = (evidence: Evidence) => string | undefined;

/**
 * A step kind as an interaction type: a choice is `choice`, a form `fill-in`, a classification `matching`, the
 * rest (inspecting a document, ranking offers, allocating a budget, a deadline of the year) a `performance`.
 */
export function interactionTypeOf(stepKind: string | undefined): InteractionType {
  if (stepKind === 'choice') return 'choice';
  if (stepKind === 'form') return 'fill-in';
  if (stepKind === 'classify') return 'matching';
  return 'performance';
}

/**
 * One interaction per scored decision, in the order they were taken, numbered from `first` (the platform's index
 * of the first one: a run replayed in the same attempt comes after the previous run's); the id
 * (`3-premier-jour-accueil`) is unique in the attempt because it starts with that index plus one.
 */
export function interactionsOf(
  evidence: readonly Evidence[],
  kindOf: StepKindOf = () => undefined,
  first = 0,
): Interaction[] {
  return evidence.map((item, index) => ({
    id: cmiIdentifierOf(`${first + index + 1}-${item.scenarioId}-${item.step}`),
    type: interactionTypeOf(kindOf(item)),
    result: resultOf(item.verdict),
    objectiveId: cmiIdentifierOf(item.competences[0] ?? item.scenarioId),
    weighting: item.weight,
  }));
}

/**
 * Why a save string cannot go to `cmi.suspend_data` (in French, for the player), or null when it fits. The game
 * goes on and writes nothing to the platform; a year keeps its save on the device.
 */
export function suspendDataProblem(data: string): string | null {
  if (data.length <= SUSPEND_DATA_LIMIT) return null;
  return (
    `La progression est trop volumineuse pour la plateforme de formation (${formatFrenchNumber(data.length)} caractères ` +
    `pour ${formatFrenchNumber(SUSPEND_DATA_LIMIT)} permis par SCORM 1.2) : la plateforme ne pourra pas la reprendre. ` +
    'La partie continue, et une année garde sa sauvegarde sur cet appareil.'
  );
}

/** Everything a SCO reports at one moment. */
export interface ScoReport {
  /** The save string to resume from (`cmi.suspend_data`). */
  readonly suspendData: string;
  /** The run's interactions, the first at the platform's index `firstInteraction`. */
  readonly interactions: readonly Interaction[];
  readonly firstInteraction: number;
  /** The mark /20 once finished, null before or when nothing was marked. */
  readonly mark: number | null;
  readonly finished: boolean;
}

/**
 * The `cmi` values of a report, in the order they are set: status, score (once finished and marked), suspend
 * data (unless too large: then `problem` says why), and the interactions from index `written` on (SCORM 1.2
 * interactions are write-only: each is written once).
 */
export function cmiValuesOf(
  report: ScoReport,
  written: number,
): { readonly values: readonly (readonly [string, string])[]; readonly problem: string | null } {
  const values: [string, string][] = [
    ['cmi.core.lesson_status', lessonStatusOf(report.mark, report.finished)],
  ];
  if (report.finished && report.mark !== null) {
    values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
    values.push(['cmi.core.score.raw', String(scoreRawOf(report.mark))]);
  }
  const problem = suspendDataProblem(report.suspendData);
  if (problem === null) values.push(['cmi.suspend_data', report.suspendData]);
  report.interactions.forEach((interaction, offset) => {
    const index = report.firstInteraction + offset;
    if (index < written) return;
    const key = `cmi.interactions.${index}`;
    values.push(
      [`${key}.id`, interaction.id],
      [`${key}.type`, interaction.type],
      [`${key}.objectives.0.id`, interaction.objectiveId],
      [`${key}.weighting`, String(interaction.weighting)],
      [`${key}.result`, interaction.result],
    );
  });
  return { values, problem };
}
