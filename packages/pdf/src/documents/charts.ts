/**
 * The charts as pdfmake `svg` nodes, drawn by `@valmistelu/charts` from the same geometry as the
 * site's: this package computes no chart layout of its own.
 */
import { layoutOrgChart, layoutTimeline, renderOrgChartSvg, renderTimelineSvg } from '@valmistelu/charts';
import { organisationTree } from '@valmistelu/domain/org-tree';
import type { Content as Model, Timeline } from '@valmistelu/domain/schema';
import { timelineModel } from '@valmistelu/domain/timeline';
import type { Content } from '../pdfmake-types.ts';

export function organisationChartSvg(content: Model, fit: { width: number; height: number }): Content {
  const svg = renderOrgChartSvg(layoutOrgChart(organisationTree(content)), {
    title: 'Valmisteluorganisaatio',
    idPrefix: 'org',
  });
  return { svg, fit: [fit.width, fit.height], alignment: 'center' };
}

export function timelineSvg(
  content: Model,
  timeline: Timeline,
  fit: { width: number; height: number },
  idPrefix = timeline.id,
): Content {
  const geometry = layoutTimeline(timelineModel(timeline, content.site.asOf));
  const svg = renderTimelineSvg(geometry, { title: timeline.title, idPrefix });
  return { svg, fit: [fit.width, fit.height], alignment: 'center' };
}
