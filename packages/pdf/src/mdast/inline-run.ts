/**
 * A flat run of text with its formatting. pdfmake drops the styles of nested inline arrays, so
 * every inline construct adds its property to the runs of its children instead of wrapping them.
 */
export interface InlineRun {
  text: string;
  style?: string[];
  bold?: boolean;
  italics?: boolean;
  decoration?: 'underline' | 'lineThrough';
  sup?: boolean;
  link?: string;
  linkToDestination?: string;
}

export function withStyle(runs: readonly InlineRun[], style: string): InlineRun[] {
  return runs.map((run) => ({ ...run, style: [...(run.style ?? []), style] }));
}
