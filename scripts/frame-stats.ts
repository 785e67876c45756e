// Frame times for the bench's `frames` section: a recorder installed in the page before it loads, and the
// statistics of its windows (p50, p95, p99, and their spread from window to window).
import type { Page } from 'playwright-core';

/** The budget: 60 frames a second at the 95th percentile. */
const BUDGET_P95_MS = 16.7;

declare global {
  interface Window {
    __frames?: { on: boolean; last: number; deltas: number[]; longFrames: number };
  }
}

/** Records requestAnimationFrame deltas while `__frames.on`, and counts long animation frames (≥ 50 ms). */
export const RECORDER = `(() => {
  const frames = (window.__frames = { on: false, last: 0, deltas: [], longFrames: 0 });
  const tick = (time) => {
    if (frames.on) {
      if (frames.last > 0) frames.deltas.push(time - frames.last);
      frames.last = time;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      if (frames.on) frames.longFrames += list.getEntries().length;
    }).observe({ type: 'long-animation-frame' });
  } catch {}
})()`;

export const startFrames = (page: Page) =>
  page.evaluate(() => {
    const frames = window.__frames;
    if (frames) Object.assign(frames, { on: true, last: 0, deltas: [], longFrames: 0 });
  });

export const stopFrames = (page: Page) =>
  page.evaluate(() => {
    const frames = window.__frames;
    if (!frames) throw new Error('enregistreur absent');
    frames.on = false;
    return { deltas: frames.deltas, longFrames: frames.longFrames };
  });

const round = (value: number) => Math.round(value * 10) / 10;

export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return round(sorted[Math.max(0, index)] ?? 0);
}

export function summary({ deltas, longFrames }: { deltas: number[]; longFrames: number }, ms: number) {
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    seconds: round(ms / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: round(sorted.at(-1) ?? 0),
    over16_7: sorted.filter((delta) => delta > BUDGET_P95_MS).length,
    longAnimationFrames: longFrames,
  };
}

export type Summary = ReturnType<typeof summary>;

/** Every window's figures, and the spread of their p95 and p99 from run to run. */
export function runs(windows: Summary[]) {
  const range = (key: 'p95' | 'p99') => [
    Math.min(...windows.map((w) => w[key])),
    Math.max(...windows.map((w) => w[key])),
  ];
  const worstP95 = Math.max(...windows.map((w) => w.p95));
  return {
    runs: windows,
    p95Range: range('p95'),
    p99Range: range('p99'),
    budgetP95Ms: BUDGET_P95_MS,
    withinBudget: worstP95 <= BUDGET_P95_MS,
  };
}
