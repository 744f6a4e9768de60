/**
 * The charts as pdfmake `svg` nodes, drawn by `@valmistelu/charts` from the same geometry as the
 * site's: this package computes no chart layout of its own.
 */
import { layoutOrgChart, layoutTimeline, renderOrgChartSvg, renderTimelineSvg } from '@valmistelu/charts';
import { organisationTree } from '@valmistelu/domain/org-tree';
import type { ContentModel, Timeline } from '@valmistelu/domain/schema';
import { timelineModel } from '@valmistelu/domain/timeline';
import type { PdfContent } from '../pdfmake-types.ts';

// Every meeting pack repeats the organisation chart and a timeline: at 10× the organisation the
// chart's layout and SVG took about 30 ms a pack. The model is not changed once loaded, so each
// SVG string is built once per model (or timeline) object and kept as long as that object lives.
const built = new WeakMap<object, Map<string, string>>();

function memoised(owner: object, key: string, build: () => string): string {
  let svgs = built.get(owner);
  if (!svgs) {
    svgs = new Map();
    built.set(owner, svgs);
  }
  let svg = svgs.get(key);
  if (svg === undefined) {
    svg = build();
    svgs.set(key, svg);
  }
  return svg;
}

export function organisationChartSvg(
  content: ContentModel,
  fit: { width: number; height: number },
): PdfContent {
  const svg = memoised(content, 'organisation', () =>
    renderOrgChartSvg(layoutOrgChart(organisationTree(content)), {
      title: 'Valmisteluorganisaatio',
      idPrefix: 'org',
    }),
  );
  return { svg, fit: [fit.width, fit.height], alignment: 'center' };
}

export function timelineSvg(
  content: ContentModel,
  timeline: Timeline,
  fit: { width: number; height: number },
  idPrefix = timeline.id,
): PdfContent {
  const svg = memoised(timeline, `${content.site.asOf}\u0000${idPrefix}`, () =>
    renderTimelineSvg(layoutTimeline(timelineModel(timeline, content.site.asOf)), {
      title: timeline.title,
      idPrefix,
    }),
  );
  return { svg, fit: [fit.width, fit.height], alignment: 'center' };
}
