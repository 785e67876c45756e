/**
 * The xAPI statements the game sends a cmi5 platform, as pure data: one per scored decision (`answered`), one per
 * step reached (`progressed`, the xAPI Serious Games profile's verb with its progress extension), and the cmi5
 * milestones of the assignable unit (AU): `initialized`, `completed`, `passed`/`failed`, `terminated`. The
 * values (result, type, pass mark) come from the SCORM report's pure pieces; ids and timestamps are given by
 * the caller (an RNG and a clock injected in the adapter). cmi5's statement rules (spec §9) are kept here: the
 * LMS's context template in every context, the cmi5 and moveOn categories, the LMS's masteryScore, nothing
 * judged outside the Normal launch mode, each milestone at most once, nothing after `terminated`.
 */
import type { Evidence } from '../core/scoring/evidence';
import { PASS_MARK, resultOf, type InteractionType } from './scorm12-report';
import {
  isoDurationOf,
  type XapiActivity,
  type XapiAgent,
  type XapiContext,
  type XapiResult,
  type XapiStatement,
} from './xapi-types';
import {
  CMI5_CATEGORY,
  INTERACTION_TYPE,
  MASTERY_EXTENSION,
  MOVE_ON_CATEGORY,
  OBJECTIVE_TYPE,
  PROGRESS_EXTENSION,
  SCENARIO_EXTENSION,
  SEED_EXTENSION,
  STEP_EXTENSION,
  VERBS,
  VERDICT_EXTENSION,
  competenceIri,
  decisionIri,
  type VerbName,
} from './xapi-vocabulary';

/** cmi5's launch modes (LMS.LaunchData): only `Normal` may complete, pass or fail the AU. */
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What the launch says of the AU, from the launch URL and the LMS.LaunchData state document. */
export interface AuContext {
  readonly actor: XapiAgent;
  readonly registration: string;
  /** The AU's activity id, as the LMS gave it (`activityId`). */
  readonly activityId: string;
  /** The LMS's `contextTemplate`: the base of every statement's context (it carries the session id). */
  readonly contextTemplate: XapiContext;
  readonly launchMode: LaunchMode;
  /** The LMS's masteryScore (0–1), which overrides the game's pass mark when given. */
  readonly masteryScore: number | null;
}

/** One run of a scenario, as its statements name it. */
export interface RunRef {
  readonly scenarioId: string;
  readonly seed: number;
}

/** What happened, in the game's terms, at `at` (ISO 8601). The builders turn it into statements. */
export type Moment =
  | { readonly kind: 'initialized'; readonly at: string }
  | {
      readonly kind: 'progressed';
      readonly at: string;
      readonly run: RunRef;
      readonly step: string;
      /** How far in the run, in [0, 1]. */
      readonly progress: number;
    }
  | {
      readonly kind: 'answered';
      readonly at: string;
      readonly run: RunRef;
      readonly evidence: Evidence;
      readonly interactionType: InteractionType;
    }
  | {
      readonly kind: 'finished';
      readonly at: string;
      readonly run: RunRef;
      /** The mark /20, or null when nothing was marked. */
      readonly mark: number | null;
      readonly elapsedMs: number;
    }
  | { readonly kind: 'terminated'; readonly at: string; readonly elapsedMs: number };

/** The cmi5 milestones already sent in this session: each is sent at most once, and nothing after terminated. */
export interface Milestones {
  readonly completed: boolean;
  readonly judged: 'passed' | 'failed' | null;
  readonly terminated: boolean;
}

export const NO_MILESTONES: Milestones = { completed: false, judged: null, terminated: false };

/** Whether a mark /20 passes: at the LMS's masteryScore (on the scaled score) if any, else at 10/20. */
export function isPassing(mark: number, masteryScore: number | null): boolean {
  return masteryScore === null ? mark >= PASS_MARK : mark / 20 >= masteryScore;
}

const activity = (id: string, definition?: XapiActivity['definition']): XapiActivity =>
  definition ? { objectType: 'Activity', id, definition } : { objectType: 'Activity', id };

/** The LMS's template with the statement's own context activities and extensions added to it. */
function contextOf(
  au: AuContext,
  add: {
    readonly category?: readonly string[];
    readonly parent?: boolean;
    readonly other?: readonly XapiActivity[];
    readonly extensions?: Readonly<Record<string, unknown>>;
  },
): XapiContext {
  const template = au.contextTemplate.contextActivities ?? {};
  const merged: Record<string, readonly XapiActivity[]> = { ...template };
  const append = (key: 'category' | 'parent' | 'other', added: readonly XapiActivity[]) => {
    if (added.length > 0) merged[key] = [...(template[key] ?? []), ...added];
  };
  append(
    'category',
    (add.category ?? []).map((id) => activity(id)),
  );
  append('parent', add.parent ? [activity(au.activityId)] : []);
  append('other', add.other ?? []);
  const extensions = { ...au.contextTemplate.extensions, ...add.extensions };
  return {
    ...au.contextTemplate,
    registration: au.registration,
    ...(Object.keys(merged).length > 0 ? { contextActivities: merged } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
}

const runExtensions = (run: RunRef) => ({ [SCENARIO_EXTENSION]: run.scenarioId, [SEED_EXTENSION]: run.seed });

/** A statement without its id and timestamp. */
type Draft = Omit<XapiStatement, 'id' | 'timestamp'>;

function draftOf(
  au: AuContext,
  verb: VerbName,
  object: XapiActivity,
  context: XapiContext,
  result?: XapiResult,
) {
  const draft: Draft = {
    actor: au.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object,
    context,
  };
  return result ? { ...draft, result } : draft;
}

/** The cmi5-defined statement of a milestone, on the AU itself. */
function milestone(
  au: AuContext,
  verb: VerbName,
  result: XapiResult | undefined,
  moveOn: boolean,
  mastery = false,
) {
  const context = contextOf(au, {
    category: moveOn ? [CMI5_CATEGORY, MOVE_ON_CATEGORY] : [CMI5_CATEGORY],
    ...(mastery && au.masteryScore !== null ? { extensions: { [MASTERY_EXTENSION]: au.masteryScore } } : {}),
  });
  return draftOf(au, verb, activity(au.activityId), context, result);
}

/** A scored decision as an `answered` statement on the decision, with its competences as context activities. */
function answered(au: AuContext, moment: Extract<Moment, { kind: 'answered' }>): Draft {
  const { evidence } = moment;
  const outcome = resultOf(evidence.verdict);
  const result: XapiResult = {
    // A legal but sub-optimal answer is neither right nor wrong: no `success`, as SCORM's `neutral`.
    ...(outcome === 'neutral' ? {} : { success: outcome === 'correct' }),
    response: evidence.choice,
    extensions: { [VERDICT_EXTENSION]: evidence.verdict },
  };
  const object = activity(decisionIri(evidence.scenarioId, evidence.step), {
    type: INTERACTION_TYPE,
    interactionType: moment.interactionType,
  });
  const context = contextOf(au, {
    parent: true,
    other: evidence.competences.map((competence) =>
      activity(competenceIri(competence), { type: OBJECTIVE_TYPE }),
    ),
    extensions: runExtensions(moment.run),
  });
  return draftOf(au, 'answered', object, context, result);
}

/**
 * The statements of one moment, in the order they are sent, and the milestones sent afterwards. `nextId` gives a
 * fresh UUID per statement. Nothing follows `terminated`; `completed`, `passed` and `failed` are sent only in the
 * Normal launch mode, `completed` once, `passed` once and never `failed` after it (cmi5 §9.3).
 */
export function statementsOf(
  au: AuContext,
  moment: Moment,
  sent: Milestones,
  nextId: () => string,
): { readonly statements: readonly XapiStatement[]; readonly sent: Milestones } {
  if (sent.terminated) return { statements: [], sent };
  const drafts: Draft[] = [];
  let after = sent;
  switch (moment.kind) {
    case 'initialized':
      drafts.push(milestone(au, 'initialized', undefined, false));
      break;
    case 'progressed': {
      const progress = {
        [PROGRESS_EXTENSION]: Math.min(1, Math.max(0, moment.progress)),
        [STEP_EXTENSION]: moment.step,
      };
      const context = contextOf(au, { extensions: runExtensions(moment.run) });
      drafts.push(draftOf(au, 'progressed', activity(au.activityId), context, { extensions: progress }));
      break;
    }
    case 'answered':
      drafts.push(answered(au, moment));
      break;
    case 'finished': {
      if (au.launchMode !== 'Normal') break;
      const duration = isoDurationOf(moment.elapsedMs);
      if (!sent.completed) drafts.push(milestone(au, 'completed', { completion: true, duration }, true));
      if (moment.mark !== null && sent.judged !== 'passed') {
        const passing = isPassing(moment.mark, au.masteryScore);
        const mark = Math.min(20, Math.max(0, moment.mark));
        const score = { scaled: Math.round((mark / 20) * 10_000) / 10_000, raw: mark, min: 0, max: 20 };
        if (passing || sent.judged === null)
          drafts.push(
            milestone(au, passing ? 'passed' : 'failed', { score, success: passing, duration }, true, true),
          );
        after = { ...after, judged: passing ? 'passed' : (sent.judged ?? 'failed') };
      }
      after = { ...after, completed: true };
      break;
    }
    case 'terminated':
      drafts.push(milestone(au, 'terminated', { duration: isoDurationOf(moment.elapsedMs) }, false));
      after = { ...after, terminated: true };
      break;
  }
  return {
    statements: drafts.map((draft) => ({ id: nextId(), ...draft, timestamp: moment.at })),
    sent: after,
  };
}
