/**
 * The charts as pdfmake `svg` nodes, drawn by `@valmistelu/charts` from the same geometry as the
 * site's: this package computes no chart layout of its own.
 */
import { layoutOrgChart, layoutTimeline, renderOrgChartSvg, renderTimelineSvg } from '@valmistelu/charts';
import { documentWords } from '@valmistelu/domain/document-words';
import { organisationTree } from '@valmistelu/domain/org-tree';
import type { ContentModel, Language, Timeline } from '@valmistelu/domain/schema';
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
  language: Language = 'fi',
): PdfContent {
  const words = documentWords[language].charts;
  const svg = memoised(content, `organisation\u0000${language}`, () =>
    renderOrgChartSvg(
      layoutOrgChart(organisationTree(content, { changeDirector: words.director, members: words.members })),
      { title: words.organisation, idPrefix: 'org', language },
    ),
  );
  return { svg, fit: [fit.width, fit.height], alignment: 'center' };
}

export function timelineSvg(
  content: ContentModel,
  timeline: Timeline,
  fit: { width: number; height: number },
  idPrefix = timeline.id,
  language: Language = 'fi',
): PdfContent {
  const svg = memoised(timeline, `${content.site.asOf}\u0000${idPrefix}\u0000${language}`, () =>
    renderTimelineSvg(layoutTimeline(timelineModel(timeline, content.site.asOf, language), { language }), {
      title: timeline.title,
      idPrefix,
      language,
    }),
  );
  return { svg, fit: [fit.width, fit.height], alignment: 'center' };
}
