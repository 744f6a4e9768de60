/**
 * When each step of a build began and ended, for `build --timings FILE`: the steps are those of
 * the progress line ("Sivusto: sivut", "PDF-tiedostot"), per part, since the parts run at the
 * same time. A maintainer (and `pnpm bench edits`) reads where a build's time goes without
 * adding timing code. Pure but for the clock, which is passed in.
 */
import type { ProgressDisplay } from './terminal-progress.ts';

export interface StepTiming {
  /** The part that ran the step: `tarkistus`, a publisher's name (`sivusto`, `PDF`), `julkaisu`. */
  part: string;
  /** The step's label, as the progress line shows it. */
  step: string;
  /** Seconds from the start of the process (`performance.now()`'s origin). */
  start: number;
  end: number;
}

export interface TimingsReport {
  /** Seconds from the start of the process to the report: the whole command. */
  seconds: number;
  /** In the order the steps began. */
  steps: StepTiming[];
}

export interface StepTimings {
  /** Ends the part's running step, if any, and begins this one. */
  begin(part: string, step: string): void;
  /** Ends the part's running step. */
  end(part: string): void;
  /** Every step so far, a running one ending now. */
  report(): TimingsReport;
}

const roundedSeconds = (milliseconds: number) => Math.round(milliseconds) / 1000;

/** @param now milliseconds since the process started. */
export function stepTimings(now: () => number = () => performance.now()): StepTimings {
  const steps: StepTiming[] = [];
  const running = new Map<string, StepTiming>();
  const elapsed = () => roundedSeconds(now());
  const endAt = (part: string, at: number) => {
    const step = running.get(part);
    if (step) step.end = at;
    running.delete(part);
  };
  return {
    begin(part, label) {
      // One reading of the clock: the step begins where the part's previous one ended.
      const at = elapsed();
      endAt(part, at);
      const step = { part, step: label, start: at, end: at };
      steps.push(step);
      running.set(part, step);
    },
    end: (part) => endAt(part, elapsed()),
    report() {
      const seconds = elapsed();
      return {
        seconds,
        steps: steps.map((step) =>
          running.get(step.part) === step ? { ...step, end: seconds } : { ...step },
        ),
      };
    },
  };
}

/**
 * A progress display that records each step as one of `part`'s, then shows it on `shown`, if
 * any: a part's steps are timed whether or not a person watches.
 */
export function recordingProgress(
  timings: StepTimings,
  part: string,
  shown: ProgressDisplay | undefined,
): ProgressDisplay {
  return {
    step(label) {
      timings.begin(part, label);
      shown?.step(label);
    },
    update: (update) => shown?.update(update),
    clear: () => shown?.clear(),
    end: () => shown?.end(),
  };
}
