/**
 * Draws the progress model on a terminal as one line, rewritten in place (`\r`, then "erase to
 * the end of the line") and erased at the end. Only for a person watching: in CI, in a pipe or
 * in a file the escape codes would be noise, so `wantsProgress` says no there.
 */
import {
  advanceStep,
  beginStep,
  type ProgressState,
  type ProgressUpdate,
  progressLine,
  startProgress,
} from './progress-model.ts';

export interface ProgressDisplay {
  /** Begins a step; its line shows until the next step or the end. */
  step(label: string): void;
  update(update: ProgressUpdate): void;
  /** Erases the line so that other output starts at the margin; the next update draws it again. */
  clear(): void;
  /** Erases the line for good. */
  end(): void;
}

export interface TerminalProgressOptions {
  write: (text: string) => void;
  /** The terminal's width, read at each draw: a line that wraps can no longer be rewritten. */
  columns: () => number | undefined;
  now?: () => number;
}

const eraseLine = '\r\x1b[K';
/** At most this often for updates, which can come thousands a second (pages, documents). */
const minRedrawMs = 100;
/** Elapsed time moves on while a step reports nothing (Astro bundling, Pagefind). */
const tickMs = 1000;

/** True when standard error is a terminal a person watches: not CI, not a pipe, not a dumb terminal. */
export function wantsProgress(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return stream.isTTY === true && !ci && env.TERM !== 'dumb';
}

export function terminalProgress({
  write,
  columns,
  now = () => performance.now(),
}: TerminalProgressOptions): ProgressDisplay {
  let state: ProgressState = startProgress(now());
  let shown = false;
  let drawnAt = Number.NEGATIVE_INFINITY;
  const draw = () => {
    if (!state.step) return;
    drawnAt = now();
    // A terminal that does not tell its width (0, as under `script`) gets the classic 80.
    write(`${eraseLine}${progressLine(state, drawnAt, (columns() || 80) - 1)}`);
    shown = true;
  };
  const clear = () => {
    if (shown) write(eraseLine);
    shown = false;
  };
  const ticker = setInterval(draw, tickMs);
  // The ticker never keeps the process alive.
  ticker.unref();
  return {
    step(label) {
      state = beginStep(state, label, now());
      draw();
    },
    update(update) {
      state = advanceStep(state, update, now());
      if (now() - drawnAt >= minRedrawMs || update.done >= update.total) draw();
    },
    clear,
    end() {
      clearInterval(ticker);
      clear();
      state = startProgress(now());
    },
  };
}
