/**
 * The parts of an xAPI 1.0.3 statement the game writes (xAPI-Data §2.4), as plain JSON types. The LMS's context
 * template is read into {@link XapiContext} and kept as it came.
 */

export type LanguageMap = Readonly<Record<string, string>>;

/** The learner, as the cmi5 launch gives it (an Agent with an account). */
export interface XapiAgent {
  readonly objectType?: 'Agent';
  readonly name?: string;
  readonly account?: { readonly homePage: string; readonly name: string };
  readonly mbox?: string;
}

export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition?: {
    readonly type?: string;
    readonly name?: LanguageMap;
    readonly description?: LanguageMap;
    readonly interactionType?: string;
  };
}

export interface XapiResult {
  readonly score?: {
    readonly scaled: number;
    readonly raw: number;
    readonly min: number;
    readonly max: number;
  };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly duration?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface XapiContextActivities {
  readonly parent?: readonly XapiActivity[];
  readonly grouping?: readonly XapiActivity[];
  readonly category?: readonly XapiActivity[];
  readonly other?: readonly XapiActivity[];
}

export interface XapiContext {
  readonly registration?: string;
  readonly contextActivities?: XapiContextActivities;
  readonly extensions?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context: XapiContext;
  readonly timestamp: string;
}
