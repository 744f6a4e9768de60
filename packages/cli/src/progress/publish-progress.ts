/** The publishing steps' reports as steps of the progress line, in Finnish. */
import type { SiteProgress } from '@valmistelu/site';
import type { ProgressUpdate } from './progress-model.ts';
import type { ProgressDisplay } from './terminal-progress.ts';

const siteSteps: Record<SiteProgress['phase'], string> = {
  astro: 'Sivusto: Astro kokoaa',
  pages: 'Sivusto: sivut',
  search: 'Sivusto: hakuhakemisto',
};

/** The site's phases, each a step; the pages counted one by one. */
export function siteProgress(display: ProgressDisplay): (progress: SiteProgress) => void {
  let phase: SiteProgress['phase'] | undefined;
  return (progress) => {
    if (progress.phase !== phase) {
      phase = progress.phase;
      display.step(siteSteps[phase]);
    }
    if (progress.phase === 'pages') display.update(progress);
  };
}

/** The PDFs as one step, counted by document. */
export function pdfProgress(display: ProgressDisplay): (progress: ProgressUpdate) => void {
  let started = false;
  return (progress) => {
    if (!started) display.step('PDF-tiedostot');
    started = true;
    display.update(progress);
  };
}
