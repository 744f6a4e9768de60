/**
 * Progress of a long command as plain data: the step running, how many of its items are done,
 * the current item, and the time spent and left. Pure, with the clock passed in, so that the
 * estimate is tested without waiting; `terminal-progress.ts` draws it.
 */

/** What a step reports as it goes: items done of all, and the item just handled. */
export interface ProgressUpdate {
  done: number;
  total: number;
  current?: string;
}

export interface ProgressStep extends Partial<ProgressUpdate> {
  /** What the step does, as the user reads it. */
  label: string;
  /** When the step began, in milliseconds of the clock given. */
  startedAt: number;
}

export interface ProgressState {
  /** When the command began: elapsed time counts from here. */
  startedAt: number;
  step?: ProgressStep;
}

export function startProgress(now: number): ProgressState {
  return { startedAt: now };
}

export function beginStep(state: ProgressState, label: string, now: number): ProgressState {
  return { ...state, step: { label, startedAt: now } };
}

export function advanceStep(state: ProgressState, update: ProgressUpdate, now: number): ProgressState {
  const step = state.step ?? { label: '', startedAt: now };
  return { ...state, step: { ...step, ...update } };
}

/**
 * Milliseconds the step still needs at the pace it has kept so far; undefined until an item is
 * done or when the step has no count.
 */
export function remainingMs(step: ProgressStep, now: number): number | undefined {
  const { done, total } = step;
  if (done === undefined || total === undefined || total <= 0 || done <= 0) return undefined;
  if (done >= total) return 0;
  return ((now - step.startedAt) / done) * (total - done);
}

/** `m:ss`, or `h:mm:ss` from an hour on. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * The line a person reads, at most `width` characters: the current item is shortened first,
 * from its start, since its end names it.
 * e.g. `PDF-tiedostot 12/164 · /pdf/raportit/lape.pdf · kulunut 0:42 · jäljellä noin 3:10`
 */
export function progressLine(state: ProgressState, now: number, width = Number.POSITIVE_INFINITY): string {
  const step = state.step;
  if (!step) return '';
  const counted = step.total !== undefined && step.total > 0;
  const head = counted ? `${step.label} ${step.done ?? 0}/${step.total}` : step.label;
  const left = remainingMs(step, now);
  const times = [
    `kulunut ${formatDuration(now - state.startedAt)}`,
    ...(left === undefined ? [] : [`jäljellä noin ${formatDuration(left)}`]),
  ].join(' · ');
  const line = (current: string) => [head, ...(current ? [current] : []), times].join(' · ');
  const full = line(step.current ?? '');
  if (full.length <= width) return full;
  const room = width - line('').length - ' · '.length;
  if (step.current && room > 1) return line(`…${step.current.slice(step.current.length - room + 1)}`);
  return line('').slice(0, Math.max(0, width));
}
