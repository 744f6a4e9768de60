/** The progress model with a clock of our own: estimates checked without waiting. */
import { describe, expect, it } from 'vitest';
import {
  advanceStep,
  beginStep,
  formatDuration,
  progressLine,
  remainingMs,
  startProgress,
} from '../src/progress/progress-model.ts';

const second = 1000;

describe('remainingMs', () => {
  it('keeps the pace of the step so far: 2 of 10 in 4 s leaves 16 s', () => {
    const state = advanceStep(beginStep(startProgress(0), 'PDF', 1 * second), { done: 2, total: 10 }, 0);
    expect(state.step && remainingMs(state.step, 5 * second)).toBe(16 * second);
  });

  it('counts from the start of the step, not of the command', () => {
    let state = beginStep(startProgress(0), 'Sisältö', 0);
    state = beginStep(state, 'Sivut', 60 * second);
    state = advanceStep(state, { done: 50, total: 100 }, 0);
    expect(state.step && remainingMs(state.step, 70 * second)).toBe(10 * second);
  });

  it('gives no estimate before the first item, or for a step without a count', () => {
    const counted = advanceStep(beginStep(startProgress(0), 'PDF', 0), { done: 0, total: 10 }, 0);
    expect(counted.step && remainingMs(counted.step, 3 * second)).toBeUndefined();
    const uncounted = beginStep(startProgress(0), 'Astro', 0);
    expect(uncounted.step && remainingMs(uncounted.step, 3 * second)).toBeUndefined();
  });

  it('is zero once every item is done', () => {
    const state = advanceStep(beginStep(startProgress(0), 'PDF', 0), { done: 10, total: 10 }, 0);
    expect(state.step && remainingMs(state.step, 9 * second)).toBe(0);
  });
});

describe('progressLine', () => {
  const running = advanceStep(
    beginStep(startProgress(0), 'PDF-tiedostot', 20 * second),
    { done: 12, total: 48, current: '/pdf/raportit/lape-valiraportti.pdf' },
    0,
  );

  it('shows done/total, the current item, the time since the command began and the time left', () => {
    expect(progressLine(running, 44 * second)).toBe(
      'PDF-tiedostot 12/48 · /pdf/raportit/lape-valiraportti.pdf · kulunut 0:44 · jäljellä noin 1:12',
    );
  });

  it('fits the width by shortening the current item from its start', () => {
    const line = progressLine(running, 44 * second, 70);
    expect(line).toBe('PDF-tiedostot 12/48 · …aportti.pdf · kulunut 0:44 · jäljellä noin 1:12');
    expect(line.length).toBeLessThanOrEqual(70);
  });

  it('shows a step without a count by its name and the time', () => {
    expect(progressLine(beginStep(startProgress(0), 'Sivusto: Astro kokoaa', 0), 5 * second)).toBe(
      'Sivusto: Astro kokoaa · kulunut 0:05',
    );
  });

  it('is empty before any step', () => {
    expect(progressLine(startProgress(0), 5 * second)).toBe('');
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours from an hour on', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(61.4 * second)).toBe('1:01');
    expect(formatDuration(3 * 3600 * second + 5 * 60 * second + 9 * second)).toBe('3:05:09');
  });
});
