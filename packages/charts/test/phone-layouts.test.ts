/**
 * The phone layouts: the same geometry functions re-laid for a narrow screen, so that the charts
 * need no sideways scrolling and their text keeps its size (labels above the bars; the
 * organisation as one indented column).
 */
import { describe, expect, it } from 'vitest';
import { layoutOrgChart, type OrgBox } from '../src/org-chart-layout.ts';
import { renderOrgChartSvg } from '../src/org-chart-svg.ts';
import { estimateTextWidth } from '../src/text-width.ts';
import { layoutTimeline } from '../src/timeline-geometry.ts';
import { longLabel, organisation, workProgramme } from './models.ts';
import { parseSvg, textsOf } from './parse-svg.ts';

const phoneWidth = 320;

describe('timeline with labels above the bars', () => {
  const geometry = layoutTimeline(workProgramme(), { width: phoneWidth, fontSize: 12, labels: 'above' });

  it('spans the plot across the whole width', () => {
    expect(geometry.width).toBe(phoneWidth);
    expect(geometry.plot.x).toBeLessThanOrEqual(10);
    expect(geometry.plot.x + geometry.plot.width).toBeGreaterThanOrEqual(phoneWidth - 10);
  });

  it("puts each row's label lines above its bar or diamond, inside the row", () => {
    for (const row of geometry.rows) {
      const shapeTop = row.bar?.y ?? (row.milestone ? row.milestone.cy - row.milestone.r : 0);
      const lastBaseline = Math.max(...row.labelLines.map((line) => line.y));
      expect(lastBaseline, row.id).toBeLessThanOrEqual(shapeTop);
      expect(row.labelLines[0]?.y ?? 0, row.id).toBeGreaterThan(row.y);
      expect(shapeTop + (row.bar?.height ?? 2 * (row.milestone?.r ?? 0)), row.id).toBeLessThanOrEqual(
        row.y + row.height,
      );
    }
  });

  it('wraps every label within the width, the long one over several lines', () => {
    for (const row of geometry.rows)
      for (const line of row.labelLines)
        expect(estimateTextWidth(line.text, geometry.fontSize)).toBeLessThanOrEqual(phoneWidth - 16);
    const long = geometry.rows.find((row) => row.label === longLabel);
    expect(long?.labelLines.length).toBeGreaterThan(2);
  });

  it('keeps the default layout beside the bars', () => {
    const wide = layoutTimeline(workProgramme());
    expect(wide.plot.x).toBeGreaterThan(wide.width * 0.3);
  });
});

describe('organisation chart stacked in one column', () => {
  const tree = organisation();
  const layout = layoutOrgChart(tree, { stacked: true, width: phoneWidth, fontSize: 12, detailFontSize: 11 });
  const byId = new Map(layout.boxes.map((box) => [box.id, box]));

  it('is as wide as asked, every box inside it and under the one before', () => {
    expect(layout.width).toBe(phoneWidth);
    let previous: OrgBox | undefined;
    for (const box of layout.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(phoneWidth);
      if (previous) expect(box.y).toBeGreaterThanOrEqual(previous.y + previous.height);
      previous = box;
    }
    expect((previous?.y ?? 0) + (previous?.height ?? 0)).toBeLessThanOrEqual(layout.height);
  });

  it('draws every node once, each child indented under its parent and joined to it', () => {
    expect(layout.boxes.length).toBe(layoutOrgChart(tree).boxes.length);
    expect(layout.counts).toEqual(layoutOrgChart(tree).counts);
    for (const connector of layout.connectors) {
      const parent = byId.get(connector.from);
      const child = byId.get(connector.to);
      expect(child && parent && child.x > parent.x, `${connector.from} → ${connector.to}`).toBe(true);
      expect(child && parent && child.y > parent.y).toBe(true);
    }
    expect(layout.connectors.length).toBe(layout.boxes.length - tree.length);
  });

  it('keeps every text line within its box, and the whole label', () => {
    for (const box of layout.boxes) {
      expect(box.labelLines.map((line) => line.text).join(' ')).toBe(box.label.replace(/\s+/g, ' ').trim());
      for (const line of box.labelLines)
        expect(estimateTextWidth(line.text, layout.fontSize, box.kind !== 'group')).toBeLessThanOrEqual(
          box.width,
        );
    }
  });

  it('describes the lines with their groups, as the wide chart does', () => {
    const { root } = parseSvg(renderOrgChartSvg(layout, { idPrefix: 'kapea' }));
    const { root: wide } = parseSvg(renderOrgChartSvg(layoutOrgChart(tree), { idPrefix: 'kapea' }));
    expect(root.querySelector('desc')?.textContent).toBe(wide.querySelector('desc')?.textContent);
    expect(textsOf(root).join(' ').replace(/\s+/g, ' ')).toContain(layout.boxes.at(-1)?.label ?? '-');
  });
});
