/**
 * The parts of an xAPI 1.0.3 statement the game writes (xAPI-Data §2.4), as plain JSON types, and the two formats
 * they need: UUIDs and ISO 8601 durations. The LMS's context template is read into {@link XapiContext} and kept
 * as it came.
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

/** A duration in milliseconds as an ISO 8601 duration (`PT83.45S`), to the hundredth of a second. */
export function isoDurationOf(ms: number): string {
  const centis = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  return `PT${Math.floor(centis / 100)}.${String(centis % 100).padStart(2, '0')}S`;
}

/**
 * A version 4 UUID (RFC 4122) from 16 random bytes: the adapter draws them with `crypto.getRandomValues`, the
 * tests give fixed ones. Statement ids make an LRS's POSTs idempotent: a statement sent twice is stored once.
 */
export function uuidOf(bytes: Uint8Array): string {
  if (bytes.length < 16) throw new Error('16 octets aléatoires attendus');
  const hex = Array.from(bytes.slice(0, 16), (byte, index) => {
    if (index === 6) return ((byte & 0x0f) | 0x40).toString(16).padStart(2, '0');
    if (index === 8) return ((byte & 0x3f) | 0x80).toString(16).padStart(2, '0');
    return byte.toString(16).padStart(2, '0');
  }).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
