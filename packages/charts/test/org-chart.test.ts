import { flattenTree } from '@valmistelu/domain/org-tree';
import { describe, expect, it } from 'vitest';
import { layoutOrgChart, type OrgBox } from '../src/org-chart-layout.ts';
import { renderOrgChartSvg } from '../src/org-chart-svg.ts';
import { estimateTextWidth } from '../src/text-width.ts';
import { organisation } from './models.ts';
import { parseSvg, textsOf, unsupportedElements } from './parse-svg.ts';

const tree = organisation();
const layout = layoutOrgChart(tree);
const boxById = (id: string): OrgBox => {
  const box = layout.boxes.find((candidate) => candidate.id === id);
  if (!box) throw new Error(`no box ${id}`);
  return box;
};
const overlaps = (a: OrgBox, b: OrgBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutOrgChart', () => {
  it('draws one box per node and counts them by kind', () => {
    expect(layout.boxes.map((box) => box.id).sort()).toEqual(
      flattenTree(tree)
        .map((node) => node.id)
        .sort(),
    );
    expect(layout.counts).toEqual({ bodies: 6, lines: 4, groups: 32 });
  });

  it('never overlaps two boxes and keeps them inside the chart', () => {
    layout.boxes.forEach((box, index) => {
      for (const other of layout.boxes.slice(index + 1))
        expect(overlaps(box, other), `${box.id} × ${other.id}`).toBe(false);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    });
  });

  it('puts bodies on top, the lines in one row under VATE and groups under their line', () => {
    const vate = boxById('vate');
    expect(boxById('ohry').y).toBeLessThan(vate.y);
    const lines = ['tl1', 'tl2', 'tl3', 'lapaiseva'].map(boxById);
    expect(new Set(lines.map((line) => line.y)).size).toBe(1);
    for (const body of layout.boxes.filter((box) => box.kind === 'body')) {
      expect(body.y + body.height).toBeLessThan(lines[0]?.y ?? 0);
    }
    for (const [line, group] of [
      ['tl1', 'sote-1'],
      ['tl2', 'konserni-6'],
      ['lapaiseva', 'turvallisuus'],
    ] as const) {
      const lineBox = boxById(line);
      const groupBox = boxById(group);
      expect(groupBox.y).toBeGreaterThan(lineBox.y + lineBox.height);
      expect(groupBox.x).toBeGreaterThanOrEqual(lineBox.x);
      expect(groupBox.x + groupBox.width).toBeLessThanOrEqual(lineBox.x + lineBox.width);
    }
  });

  it('indents sub-groups under their parent group', () => {
    const parent = boxById('aluekehitys');
    for (const id of ['keskustelut', 'rakennerahastot']) {
      const child = boxById(id);
      expect(child.x).toBeGreaterThan(parent.x);
      expect(child.y).toBeGreaterThan(parent.y);
      expect(child.depth).toBe(2);
    }
  });

  it('splits the fifteen TL1 groups into side-by-side columns for a landscape page', () => {
    const tl1Columns = new Set(layout.boxes.filter((box) => box.id.startsWith('sote-')).map((box) => box.x));
    expect(tl1Columns.size).toBeGreaterThan(1);
    expect(layout.width / layout.height).toBeGreaterThan(1.2);
    expect(layout.width / layout.height).toBeLessThan(2.6);
  });

  it('connects every child to its parent, from edge to edge', () => {
    for (const connector of layout.connectors) {
      const from = boxById(connector.from);
      const to = boxById(connector.to);
      const first = connector.points[0];
      const last = connector.points.at(-1);
      expect(first?.y).toBeCloseTo(from.y + from.height, 1);
      expect(last?.x === to.x || last?.y === to.y).toBe(true);
    }
    const children = flattenTree(tree).flatMap((node) =>
      node.children.map((child) => `${node.id}>${child.id}`),
    );
    expect(layout.connectors.map((c) => `${c.from}>${c.to}`).sort()).toEqual(children.sort());
  });

  it('wraps labels to fit their boxes', () => {
    for (const box of layout.boxes) {
      expect([...box.labelLines].map((line) => line.text).join(' ')).toBe(box.label);
      for (const line of box.labelLines) {
        expect(estimateTextWidth(line.text, layout.fontSize, box.kind !== 'group')).toBeLessThanOrEqual(
          box.width,
        );
        expect(line.y).toBeLessThan(box.y + box.height);
      }
    }
  });
});

describe('renderOrgChartSvg', () => {
  const svg = renderOrgChartSvg(layout, { title: 'Satakunnan valmisteluorganisaatio' });
  const { root } = parseSvg(svg);

  it('shows every node label and detail as text inside its box group', () => {
    const groups = [...root.querySelectorAll('g')];
    for (const node of flattenTree(tree)) {
      const group = groups.find((g) => g.querySelector('title')?.textContent?.startsWith(node.label));
      const texts = textsOf(group ?? root);
      const box = boxById(node.id);
      expect(texts.slice(0, box.labelLines.length).join(' ')).toBe(node.label);
      if (node.detail) expect(texts.slice(box.labelLines.length).join(' ')).toBe(node.detail);
    }
  });

  it('is an accessible image with a spoken outline', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(root.querySelector('title')?.textContent).toBe('Satakunnan valmisteluorganisaatio');
    const description = root.querySelector('desc')?.textContent ?? '';
    expect(description).toContain('6 toimielintä, 4 valmistelulinjaa, 32 valmisteluryhmää');
    expect(description).toContain('Aluekehityspalvelut (Aluekehityskeskustelut, Rakennerahastoasiat)');
  });

  it('draws one path per connector and no unsupported elements', () => {
    expect(root.querySelectorAll('path')).toHaveLength(layout.connectors.length);
    for (const name of unsupportedElements) expect(root.querySelectorAll(name)).toHaveLength(0);
  });

  it('escapes labels and is deterministic', () => {
    const tricky = [{ kind: 'body' as const, id: 'x', label: 'A & <B> "C" \'D\' åäö', children: [] }];
    const tricked = renderOrgChartSvg(layoutOrgChart(tricky));
    expect(textsOf(parseSvg(tricked).root)).toContain('A & <B> "C" \'D\' åäö');
    expect(tricked).not.toContain('<B>');
    expect(
      renderOrgChartSvg(layoutOrgChart(organisation()), { title: 'Satakunnan valmisteluorganisaatio' }),
    ).toBe(svg);
  });
});

describe('renderOrgChartSvg in Swedish', () => {
  it('has a Swedish title and description, the boxes as the tree gives them', () => {
    const { root } = parseSvg(renderOrgChartSvg(layoutOrgChart(organisation()), { language: 'sv' }));
    const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(root.querySelector(`[id="${titleId}"]`)?.textContent).toBe('Beredningsorganisationen');
    expect(root.querySelector(`[id="${descId}"]`)?.textContent).toMatch(
      /^Organisationsschema: \d+ organ, \d+ beredningslinjer, \d+ beredningsgrupper\./,
    );
  });
});
