import { describe, expect, it } from 'vitest';
import type { ProgressUpdate } from '../src/progress/progress-model.ts';
import { recordingProgress, stepTimings } from '../src/progress/step-timings.ts';
import type { ProgressDisplay } from '../src/progress/terminal-progress.ts';

/** A clock the test moves by hand, in milliseconds since the process started. */
function handClock(start = 0) {
  let at = start;
  return {
    now: () => at,
    move(milliseconds: number) {
      at += milliseconds;
    },
  };
}

describe('step timings', () => {
  it('times each part on its own: a step ends when its part begins the next one or ends', () => {
    const clock = handClock(500);
    const timings = stepTimings(clock.now);
    timings.begin('sivusto', 'Sivusto: Astro kokoaa');
    clock.move(1000);
    timings.begin('PDF', 'PDF-tiedostot');
    clock.move(2500);
    timings.begin('sivusto', 'Sivusto: sivut');
    clock.move(250);
    timings.end('PDF');
    clock.move(750);
    timings.end('sivusto');
    expect(timings.report()).toEqual({
      seconds: 5,
      steps: [
        { part: 'sivusto', step: 'Sivusto: Astro kokoaa', start: 0.5, end: 4 },
        { part: 'PDF', step: 'PDF-tiedostot', start: 1.5, end: 4.25 },
        { part: 'sivusto', step: 'Sivusto: sivut', start: 4, end: 5 },
      ],
    });
  });

  it('reports a step still running as ending at the report, and goes on timing it', () => {
    const clock = handClock();
    const timings = stepTimings(clock.now);
    timings.begin('julkaisu', 'vaihto');
    clock.move(1234.4);
    expect(timings.report().steps).toEqual([{ part: 'julkaisu', step: 'vaihto', start: 0, end: 1.234 }]);
    clock.move(766);
    timings.end('julkaisu');
    expect(timings.report()).toEqual({
      seconds: 2,
      steps: [{ part: 'julkaisu', step: 'vaihto', start: 0, end: 2 }],
    });
  });

  it('records the steps a part shows, and passes everything on to the display a person watches', () => {
    const clock = handClock();
    const timings = stepTimings(clock.now);
    const shown: string[] = [];
    const display: ProgressDisplay = {
      step: (label) => shown.push(`step ${label}`),
      update: (update: ProgressUpdate) => shown.push(`update ${update.done}/${update.total}`),
      clear: () => shown.push('clear'),
      end: () => shown.push('end'),
    };
    const progress = recordingProgress(timings, 'PDF', display);
    progress.step('PDF-tiedostot');
    progress.update({ done: 1, total: 2 });
    clock.move(500);
    progress.clear();
    progress.end();
    expect(shown).toEqual(['step PDF-tiedostot', 'update 1/2', 'clear', 'end']);
    expect(timings.report().steps).toEqual([{ part: 'PDF', step: 'PDF-tiedostot', start: 0, end: 0.5 }]);
    // Nobody watching: the steps are still recorded.
    recordingProgress(timings, 'sivusto', undefined).step('Sivusto: sivut');
    expect(timings.report().steps.map((step) => step.part)).toEqual(['PDF', 'sivusto']);
  });
});
