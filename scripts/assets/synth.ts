// Every sound of the game from plain math: sine partials, seeded noise, envelopes and a one-pole filter.
import type { SoundKey } from '../../src/core/assets';
import { nextFloat, seedRng } from '../../src/core/random/rng';
import { SAMPLE_RATE } from './wav';

const TAU = Math.PI * 2;

/** Seconds → a silent buffer. */
const buffer = (seconds: number) => new Float32Array(Math.round(seconds * SAMPLE_RATE));

/** White noise from the project's seeded RNG: the same bytes on every run. */
function noise(length: number, seed: number): Float32Array {
  const out = new Float32Array(length);
  let state = seedRng(seed);
  for (let i = 0; i < length; i += 1) {
    const [value, next] = nextFloat(state);
    state = next;
    out[i] = value * 2 - 1;
  }
  return out;
}

/** One-pole low-pass: `amount` near 0 keeps only the rumble, near 1 lets everything through. */
function lowPass(input: Float32Array, amount: number): Float32Array {
  const out = new Float32Array(input.length);
  let y = 0;
  input.forEach((x, i) => {
    y += amount * (x - y);
    out[i] = y;
  });
  return out;
}

const highPass = (input: Float32Array, amount: number) => {
  const low = lowPass(input, amount);
  return input.map((x, i) => x - (low[i] ?? 0));
};

/** Attack then exponential decay. */
const envelope = (t: number, attack: number, decay: number) =>
  t < attack ? t / attack : Math.exp(-(t - attack) / decay);

/** Adds a note made of sine partials, starting at `start` seconds. */
function addTone(
  out: Float32Array,
  start: number,
  frequency: number,
  {
    gain = 0.4,
    attack = 0.005,
    decay = 0.2,
    partials = [1],
    duration = 1,
  }: {
    gain?: number;
    attack?: number;
    decay?: number;
    partials?: readonly number[];
    duration?: number;
  } = {},
): void {
  const from = Math.round(start * SAMPLE_RATE);
  const to = Math.min(out.length, from + Math.round(duration * SAMPLE_RATE));
  for (let i = from; i < to; i += 1) {
    const t = (i - from) / SAMPLE_RATE;
    let value = 0;
    partials.forEach((ratio, k) => {
      value += Math.sin(TAU * frequency * ratio * t) / (k + 1) ** 1.4;
    });
    out[i] = (out[i] ?? 0) + value * gain * envelope(t, attack, decay);
  }
}

/** Adds a filtered noise burst. */
function addNoise(
  out: Float32Array,
  start: number,
  seconds: number,
  seed: number,
  { gain = 0.3, attack = 0.002, decay = 0.05, tone = 0.3 } = {},
): void {
  const from = Math.round(start * SAMPLE_RATE);
  const burst = lowPass(noise(Math.round(seconds * SAMPLE_RATE), seed), tone);
  burst.forEach((x, i) => {
    const index = from + i;
    if (index < out.length)
      out[index] = (out[index] ?? 0) + x * gain * envelope(i / SAMPLE_RATE, attack, decay);
  });
}

/** Short fades at both ends so no sound starts or stops with a click. */
function fadeEdges(out: Float32Array, seconds = 0.004): Float32Array {
  const n = Math.round(seconds * SAMPLE_RATE);
  for (let i = 0; i < n && i < out.length; i += 1) {
    const g = i / n;
    out[i] = (out[i] ?? 0) * g;
    const j = out.length - 1 - i;
    out[j] = (out[j] ?? 0) * g;
  }
  return out;
}

function normalise(out: Float32Array, peak: number): Float32Array {
  const max = out.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
  return max === 0 ? out : out.map((x) => (x / max) * peak);
}

const SOUNDS: Readonly<Record<SoundKey, () => Float32Array>> = {
  clic: () => {
    const out = buffer(0.06);
    addTone(out, 0, 1900, { gain: 0.5, attack: 0.001, decay: 0.012, partials: [1, 2.1] });
    addNoise(out, 0, 0.02, 11, { gain: 0.25, decay: 0.004, tone: 0.8 });
    return normalise(out, 0.5);
  },
  courriel: () => {
    const out = buffer(0.7);
    addTone(out, 0, 1318.5, { decay: 0.18, partials: [1, 2, 3] });
    addTone(out, 0.13, 1760, { decay: 0.28, partials: [1, 2, 3] });
    return normalise(out, 0.55);
  },
  telephone: () => {
    const out = buffer(1.6);
    const ringing = 1.1;
    for (let i = 0; i < Math.round(ringing * SAMPLE_RATE); i += 1) {
      const t = i / SAMPLE_RATE;
      const bell = Math.sin(TAU * 880 * t) + 0.6 * Math.sin(TAU * 1320 * t) + 0.3 * Math.sin(TAU * 2210 * t);
      const clapper = 0.5 + 0.5 * Math.sign(Math.sin(TAU * 22 * t));
      const fade = Math.min(1, t / 0.02, (ringing - t) / 0.05);
      out[i] = bell * clapper * fade * 0.3;
    }
    return normalise(lowPass(out, 0.6), 0.5);
  },
  tampon: () => {
    const out = buffer(0.3);
    for (let i = 0; i < out.length; i += 1) {
      const t = i / SAMPLE_RATE;
      const frequency = 70 + 90 * Math.exp(-t / 0.02);
      out[i] = Math.sin(TAU * frequency * t) * envelope(t, 0.002, 0.06);
    }
    addNoise(out, 0, 0.08, 23, { gain: 0.5, decay: 0.015, tone: 0.25 });
    return normalise(out, 0.7);
  },
  papier: () => {
    const out = buffer(0.55);
    [0, 0.09, 0.2, 0.27, 0.38].forEach((start, k) => {
      addNoise(out, start, 0.14, 40 + k, {
        gain: 0.35 + (k % 2) * 0.15,
        attack: 0.02,
        decay: 0.04,
        tone: 0.9,
      });
    });
    return normalise(highPass(out, 0.08), 0.4);
  },
  reussite: () => {
    const out = buffer(1.1);
    [523.25, 659.25, 783.99, 1046.5].forEach((frequency, k) => {
      addTone(out, k * 0.09, frequency, { decay: 0.35, partials: [1, 2, 3.01], gain: 0.3 });
    });
    return normalise(out, 0.55);
  },
  alerte: () => {
    const out = buffer(0.7);
    addTone(out, 0, 740, { decay: 0.12, partials: [1, 3, 5], gain: 0.4, duration: 0.3 });
    addTone(out, 0.26, 554.4, { decay: 0.2, partials: [1, 3, 5], gain: 0.4, duration: 0.44 });
    return normalise(lowPass(out, 0.5), 0.5);
  },
  decompte: () => {
    const out = buffer(0.05);
    addTone(out, 0, 1250, { attack: 0.0005, decay: 0.008, partials: [1, 2.7], gain: 0.6 });
    addNoise(out, 0, 0.01, 57, { gain: 0.2, decay: 0.002, tone: 0.9 });
    return normalise(out, 0.45);
  },
  'ambiance-bureau': () => {
    // Seamless 3 s loop: the hum and ticks are periodic over the buffer; the air noise runs past the end and
    // its overflow is cross-faded into the start, so sample n−1 flows into sample 0.
    const seconds = 3;
    const out = buffer(seconds);
    const n = out.length;
    const fade = Math.round(0.3 * SAMPLE_RATE);
    const air = lowPass(noise(n + fade, 99), 0.025);
    for (let i = 0; i < n; i += 1) {
      const t = i / SAMPLE_RATE;
      const hum = 0.25 * Math.sin(TAU * 100 * t) + 0.1 * Math.sin(TAU * 200 * t);
      const w = i < fade ? i / fade : 1;
      const wind = (air[i] ?? 0) * w + (i < fade ? (air[n + i] ?? 0) * (1 - w) : 0);
      out[i] = wind * 5 + hum * 0.15;
    }
    for (let tick = 0; tick < seconds; tick += 1)
      addTone(out, tick + 0.5, 2600, { attack: 0.0005, decay: 0.006, gain: 0.12, duration: 0.05 });
    return normalise(out, 0.3);
  },
};

/** Synthesises one sound of the registry, faded at both ends unless it loops. */
export function synthesise(key: SoundKey, loops: boolean): Float32Array {
  const samples = SOUNDS[key]();
  return loops ? samples : fadeEdges(samples);
}
