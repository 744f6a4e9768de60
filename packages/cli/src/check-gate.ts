/**
 * The content check of `build`, run while the site and the PDFs are already being built into
 * the temporary folder. The PDFs' process runs it (its load of the content is the one the PDFs
 * then use), prints what it finds through `io` at once, ahead of what the parts print, and
 * settles `passed`. The site's part waits for it before it finishes, and stops early when it fails:
 * nothing is published from content that has not passed its check.
 */
import type { CliIo } from './cli-io.ts';
import type { HelsinkiNow } from './helsinki-now.ts';

/** What the check needs besides the folder: `--as-of` (validated) and the run's clock reading. */
export interface CheckClock {
  asOf: string | undefined;
  now: HelsinkiNow;
}

export interface CheckGate extends CheckClock {
  /** Where the check prints, at once. */
  io: CliIo;
  /** True once the check has passed and its date is the build's; false when not. */
  passed: Promise<boolean>;
  /** Settles `passed`; the first call decides. */
  settle(passed: boolean): void;
  /** How the check ended; undefined while it has not (or never started). */
  verdict(): boolean | undefined;
}

export function checkGate(io: CliIo, clock: CheckClock): CheckGate {
  let resolve!: (passed: boolean) => void;
  const passed = new Promise<boolean>((settle) => {
    resolve = settle;
  });
  let verdict: boolean | undefined;
  return {
    ...clock,
    io,
    passed,
    settle(outcome) {
      verdict ??= outcome;
      resolve(verdict);
    },
    verdict: () => verdict,
  };
}
