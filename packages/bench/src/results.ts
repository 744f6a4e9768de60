/**
 * What a benchmark run records, written as JSON for comparison between runs. Every metric the
 * table shows is declared here once, with its label and unit.
 */

export type Unit = 's' | 'ms' | 'MiB' | 'pages' | 'pages/s' | '×';

export interface Metric {
  /** Null when it could not be measured; `note` says why. */
  value: number | null;
  unit: Unit;
  /** Every run's value, when the metric is a median of whole-process runs. */
  runs?: number[];
  note?: string;
}

/** Metrics measured at every scale, in table order. */
export const scaleMetricLabels = {
  check: 'check',
  checkPerFile: 'check per content file',
  build: 'build (site + PDFs), clean',
  editReport: 'edit one report, rebuild (incremental)',
  editReportVsBuild: 'edit one report, rebuild ÷ clean build',
  editNews: 'edit one news item, rebuild (incremental)',
  editNewsVsBuild: 'edit one news item, rebuild ÷ clean build',
  sitePages: 'site pages',
  site: 'site alone: content + Astro, no search index',
  sitePerPage: 'site cost per page',
  markdown: 'baseline: plain Astro Markdown, same pages',
  markdownPerPage: 'baseline: Markdown cost per page',
  siteVsMarkdown: 'site ÷ Markdown per page',
  search: 'search index: Pagefind alone, on that site',
  searchPerPage: 'search index cost per page',
  pdf: 'pdf (every PDF)',
  pdfPages: 'PDF pages',
  pdfPerPage: 'pdf cost per page',
  reportPagesPerSecond: 'report PDFs, pages/s',
  packPagesPerSecond: 'meeting packs, pages/s (pdf − pdf without packs)',
  pack: 'pack, one meeting',
  packPages: 'pack pages',
  peakBuild: 'peak memory: build, all its processes',
  peakBuildLargest: 'peak memory: build, largest process',
  peakSite: 'peak memory: site phase (site alone, search index)',
  peakPdf: 'peak memory: PDF phase (valmistelu pdf)',
  peakRss: 'peak memory: largest process of any run',
} as const;
export type ScaleMetricKey = keyof typeof scaleMetricLabels;

/** Metrics measured once per run, in table order. */
export const onceMetricLabels = {
  startup: 'startup: pnpm valmistelu help',
  noopRebuild: 'no-op pnpm build (turbo cache hit)',
  coldBuild: 'build of the default content',
  smallPdf: 'small PDF in-process, fonts loaded once',
  longReportPdfmake: 'long report: pdfmake (valmistelu pdf)',
  longReportPdfmakePages: 'long report: pdfmake pages',
  longReportPdfmakeRate: 'long report: pdfmake pages/s',
  longReportChromium: 'long report: Chromium --print-to-pdf',
  longReportChromiumPages: 'long report: Chromium pages',
  longReportChromiumRate: 'long report: Chromium pages/s',
  pdfmakeVsChromium: 'pdfmake ÷ Chromium pages/s',
} as const;
export type OnceMetricKey = keyof typeof onceMetricLabels;

/** Costs whose growth from 1× is reported: per item, so linear growth is a ratio of 1. */
export const growthMetrics = [
  'checkPerFile',
  'sitePerPage',
  'markdownPerPage',
  'searchPerPage',
  'pdfPerPage',
  'peakBuild',
] as const;

/** Per-item costs and the totals they divide, for the marginal cost of one more item between scales. */
export const marginalMetrics = {
  checkPerFile: 'check',
  sitePerPage: 'site',
  markdownPerPage: 'markdown',
  searchPerPage: 'search',
  pdfPerPage: 'pdf',
} as const satisfies Partial<Record<ScaleMetricKey, ScaleMetricKey>>;

export interface ContentCounts {
  files: number;
  people: number;
  lines: number;
  groups: number;
  reports: number;
  meetings: number;
  news: number;
}

export interface ScaleResult {
  scale: number;
  counts: ContentCounts;
  metrics: Partial<Record<ScaleMetricKey, Metric>>;
}

export interface BenchResults {
  version: 1;
  mode: 'quick' | 'full';
  seed: number;
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; memoryGiB: number; node: string; chromium?: string; astro?: string };
  /** Runs per measurement at each scale: light (check, start-up) and heavy (builds, PDFs, baselines). */
  runs: Record<string, { light: number; heavy: number }>;
  scales: ScaleResult[];
  once: Partial<Record<OnceMetricKey, Metric>>;
  /** Metric → scale → cost at that scale ÷ cost at 1×. */
  growth: Partial<Record<(typeof growthMetrics)[number], Record<string, number | null>>>;
  /** Metric → "1→10" → seconds per added item: Δ total ÷ Δ items between consecutive scales. */
  marginal: Partial<Record<keyof typeof marginalMetrics, Record<string, number | null>>>;
}

export const measured = (value: number, unit: Unit, runs?: number[]): Metric => ({
  value,
  unit,
  ...(runs && { runs }),
});

export const missing = (unit: Unit, note: string): Metric => ({ value: null, unit, note });
