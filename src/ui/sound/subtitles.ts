/** The strip that shows sound subtitles (« [Le téléphone sonne] ») when subtitles are on. */
export interface Subtitles {
  show(text: string): void;
  clear(): void;
}

export interface SubtitleStrip {
  textContent: string | null;
  hidden: HTMLElement['hidden'];
}

export interface SubtitleOptions {
  readonly enabled: () => boolean;
  /** How long a subtitle stays, in milliseconds. */
  readonly durationMs?: number;
  readonly schedule?: (run: () => void, ms: number) => () => void;
}

const defaultSchedule = (run: () => void, ms: number) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

export function createSubtitles(strip: SubtitleStrip, options: SubtitleOptions): Subtitles {
  const schedule = options.schedule ?? defaultSchedule;
  let cancel: (() => void) | null = null;
  const clear = () => {
    cancel?.();
    cancel = null;
    strip.textContent = '';
    strip.hidden = true;
  };
  clear();
  return {
    show(text) {
      if (!options.enabled()) return;
      cancel?.();
      strip.textContent = text;
      strip.hidden = false;
      cancel = schedule(clear, options.durationMs ?? 3500);
    },
    clear,
  };
}
