/**
 * The SCORM 1.2 adapter: the only module that talks to a learning platform. It finds the platform's `API`
 * object (RTE 1.2, §3.3.6.1: this window, then its parents, then its opener's), opens the session
 * (`LMSInitialize`), reads what a relaunch needs (`cmi.core.entry`, `cmi.suspend_data`,
 * `cmi.interactions._count`), writes each report ({@link cmiValuesOf}) then `LMSCommit`, and at the end writes the
 * session time and the exit and calls `LMSFinish`. Nothing here decides a value: scorm12-report.ts does.
 */
import type { ScoLaunch } from './launch';
import { cmiValuesOf, sessionTimeOf, type ScoReport } from './scorm12-report';

/** The SCORM 1.2 runtime API an LMS exposes as `window.API` (strings in, strings out). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The part of a window the discovery walks. */
export interface ApiHost {
  readonly API?: unknown;
  readonly parent: ApiHost | null;
  readonly opener: ApiHost | null;
}

const API_METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'] as const;
/** The RTE's own bound on the parent chain. */
const MAX_DEPTH = 7;

function apiOf(host: ApiHost): Scorm12Api | null {
  try {
    const api = host.API;
    if (typeof api !== 'object' || api === null) return null;
    const record = api as Record<string, unknown>;
    return API_METHODS.every((name) => typeof record[name] === 'function') ? (api as Scorm12Api) : null;
  } catch {
    // A parent of another origin: no API there for us.
    return null;
  }
}

function searchChain(start: ApiHost | null): Scorm12Api | null {
  let host = start;
  for (let depth = 0; host && depth <= MAX_DEPTH; depth += 1) {
    const api = apiOf(host);
    if (api) return api;
    let parent: ApiHost | null;
    try {
      parent = host.parent;
    } catch {
      return null;
    }
    if (!parent || parent === host) return null;
    host = parent;
  }
  return null;
}

/** The platform's SCORM 1.2 API seen from `win`: in it or its parents, else in its opener or theirs. */
export function findScormApi(win: ApiHost): Scorm12Api | null {
  const found = searchChain(win);
  if (found) return found;
  try {
    return searchChain(win.opener);
  } catch {
    return null;
  }
}

/** A SCO's session with its platform. */
export interface LmsLink {
  readonly launch: ScoLaunch;
  /** The save string to resume from, or null for a first attempt (`cmi.core.entry` is not `resume`). */
  readonly resumeData: string | null;
  /** How many interactions the platform holds for this attempt (`cmi.interactions._count`, then those written). */
  interactionCount(): number;
  /**
   * Reports the SCO's progress and commits; returns the French problem when the save string does not fit in
   * `cmi.suspend_data` (nothing is then written there), else null.
   */
  report(report: ScoReport): string | null;
  /** The learner leaves: session time, exit (`suspend` midway, `""` when finished), `LMSFinish`. Once. */
  finish(): void;
}

/** An LMS call that answered `false`, with the platform's error. */
function complain(api: Scorm12Api, call: string, log: (message: string) => void): void {
  const code = api.LMSGetLastError();
  log(`SCORM ${call} : erreur ${code} (${api.LMSGetErrorString(code)})`);
}

/**
 * Opens the SCO's session on `api`. `elapsed` gives the milliseconds since launch (the shell's clock); `log`
 * hears the platform's refusals (the console: the learner is not the one to fix them).
 */
export function openLmsLink(
  api: Scorm12Api,
  launch: ScoLaunch,
  elapsed: () => number,
  log: (message: string) => void,
): LmsLink | null {
  if (api.LMSInitialize('') !== 'true') {
    complain(api, 'LMSInitialize', log);
    return null;
  }
  const entry = api.LMSGetValue('cmi.core.entry');
  const stored = api.LMSGetValue('cmi.suspend_data');
  let written = Number.parseInt(api.LMSGetValue('cmi.interactions._count'), 10) || 0;
  let finished = false;
  let closed = false;
  const set = (element: string, value: string) => {
    if (api.LMSSetValue(element, value) !== 'true') complain(api, `LMSSetValue ${element}`, log);
  };
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted')
    set('cmi.core.lesson_status', 'incomplete');
  return {
    launch,
    resumeData: entry === 'resume' && stored !== '' ? stored : null,
    interactionCount: () => written,
    report(report) {
      if (closed) return null;
      const { values, problem } = cmiValuesOf(report, written);
      for (const [element, value] of values) set(element, value);
      written = Math.max(written, report.firstInteraction + report.interactions.length);
      finished = report.finished;
      if (finished) set('cmi.core.exit', '');
      if (api.LMSCommit('') !== 'true') complain(api, 'LMSCommit', log);
      return problem;
    },
    finish() {
      if (closed) return;
      closed = true;
      set('cmi.core.session_time', sessionTimeOf(elapsed()));
      set('cmi.core.exit', finished ? '' : 'suspend');
      if (api.LMSCommit('') !== 'true') complain(api, 'LMSCommit', log);
      if (api.LMSFinish('') !== 'true') complain(api, 'LMSFinish', log);
    },
  };
}
