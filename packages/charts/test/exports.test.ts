import { expect, it } from 'vitest';
import * as charts from '../src/index.ts';

it('exports exactly the public API', () => {
  expect(Object.keys(charts).sort()).toEqual([
    'colours',
    'contrastRatio',
    'defaultFontFamily',
    'escapeXml',
    'estimateTextWidth',
    'layoutOrgChart',
    'layoutTimeline',
    'renderOrgChartSvg',
    'renderTimelineSvg',
    'wrapText',
  ]);
});
