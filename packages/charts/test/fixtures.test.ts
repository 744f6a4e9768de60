/**
 * Pins the whole SVG of a few small charts, so any change to the drawing shows up in review.
 * `vitest run -u` rewrites `expected.svg` after an intended change (then look at the diff); a
 * missing one fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgNode } from '@valmistelu/domain/org-tree';
import { timelineSchema } from '@valmistelu/domain/schema';
import { timelineModel } from '@valmistelu/domain/timeline';
import { describe, expect, it } from 'vitest';
import { layoutOrgChart } from '../src/org-chart-layout.ts';
import { renderOrgChartSvg } from '../src/org-chart-svg.ts';
import { layoutTimeline } from '../src/timeline-geometry.ts';
import { renderTimelineSvg } from '../src/timeline-svg.ts';

interface FixtureInput {
  asOf?: string;
  timeline?: unknown;
  tree?: OrgNode[];
  /** Layout options, e.g. a phone layout's; default none. */
  options?: Record<string, unknown>;
}

const fixturesDir = join(import.meta.dirname, 'fixtures');

function render(input: FixtureInput): string {
  if (input.tree) return renderOrgChartSvg(layoutOrgChart(input.tree, input.options));
  return renderTimelineSvg(
    layoutTimeline(timelineModel(timelineSchema.parse(input.timeline), input.asOf), input.options),
  );
}

describe('fixtures', () => {
  for (const name of readdirSync(fixturesDir).sort()) {
    it(name, async () => {
      const input = JSON.parse(readFileSync(join(fixturesDir, name, 'input.json'), 'utf8')) as FixtureInput;
      const actual = `${render(input)}\n`;
      await expect(actual).toMatchFileSnapshot(join(fixturesDir, name, 'expected.svg'));
    });
  }
});
