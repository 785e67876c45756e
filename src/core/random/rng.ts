/**
 * A seeded pseudo-random generator (mulberry32) whose whole state is one integer,
 * so it lives in a machine's JSON context and replays exactly.
 */
export type RngState = number;

/**
 * Turns any integer seed (a trainer's code) into a generator state. The seed is mixed first (MurmurHash3's
 * finaliser) so that neighbouring codes — 1, 2, 3 — start far apart and draw different variants.
 */
export function seedRng(seed: number): RngState {
  let h = seed >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A number in [0, 1) and the generator's next state. */
export function nextFloat(state: RngState): [value: number, next: RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** An integer in [0, bound) and the next state. */
export function nextInt(state: RngState, bound: number): [value: number, next: RngState] {
  const [value, next] = nextFloat(state);
  return [Math.floor(value * bound), next];
}

/** One element of a non-empty list and the next state. */
export function pick<T>(state: RngState, items: readonly [T, ...T[]]): [value: T, next: RngState] {
  const [index, next] = nextInt(state, items.length);
  return [items[index] ?? items[0], next];
}

/** A shuffled copy (Fisher–Yates) and the next state. */
export function shuffle<T>(state: RngState, items: readonly T[]): [value: T[], next: RngState] {
  const out = [...items];
  let current = state;
  for (let i = out.length - 1; i > 0; i -= 1) {
    const [j, next] = nextInt(current, i + 1);
    current = next;
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return [out, current];
}
