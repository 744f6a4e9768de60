import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../src/timeline-geometry.ts';
import { renderTimelineSvg } from '../src/timeline-svg.ts';
import { eighteenRows, workProgramme } from './models.ts';
import { parseSvg, textsOf, unsupportedElements } from './parse-svg.ts';

const geometry = layoutTimeline(workProgramme());
const svg = renderTimelineSvg(geometry);
const { root } = parseSvg(svg);
/** Each row is a `<g>` whose `<title>` starts with the row's label. */
const rowGroup = (label: string) => {
  const group = [...root.querySelectorAll('g')].find((g) =>
    g.querySelector('title')?.textContent?.startsWith(label),
  );
  if (!group) throw new Error(`no row group for ${label}`);
  return group;
};

describe('renderTimelineSvg', () => {
  it('is one accessible image with a title and a description', () => {
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${geometry.width} ${geometry.height}`);
    const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(root.querySelector(`[id="${titleId}"]`)?.textContent).toBe(
      'Maakuntastrategian työohjelma 2018–2019',
    );
    const description = root.querySelector(`[id="${descId}"]`)?.textContent ?? '';
    expect(description).toContain('Aikajana 6/2018–12/2019, 6 riviä.');
    expect(description).toContain('Kansalaiskysely: 16.8.2018–15.10.2018');
  });

  it('shows every row label as text, whole once its wrapped lines are joined', () => {
    for (const row of geometry.rows) {
      const lines = textsOf(rowGroup(row.label)).filter((text) => text !== '?');
      expect(lines.join(' ')).toBe(row.label);
    }
  });

  it('draws tentative bars with a dashed outline and a "?" mark', () => {
    const seminar = rowGroup('Seminaari');
    expect(textsOf(seminar)).toContain('?');
    expect([...seminar.querySelectorAll('rect')].some((rect) => rect.getAttribute('stroke-dasharray'))).toBe(
      true,
    );
    const confirmed = rowGroup('Nykytilan analyysi');
    expect(textsOf(confirmed)).not.toContain('?');
    expect(
      [...confirmed.querySelectorAll('rect')].some((rect) => rect.getAttribute('stroke-dasharray')),
    ).toBe(false);
  });

  it('hatches estimates and fills confirmed spans solid', () => {
    const estimate = rowGroup('Strategian käsittely');
    expect(estimate.querySelectorAll('line').length).toBeGreaterThan(3);
    expect(rowGroup('Nykytilan analyysi').querySelectorAll('line')).toHaveLength(0);
    const fills = (label: string) =>
      [...rowGroup(label).querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'));
    expect(fills('Nykytilan analyysi')[0]).not.toBe(fills('Strategian käsittely')[0]);
  });

  it('draws tentative milestones as dashed diamonds with a "?"', () => {
    const draft = rowGroup('Luonnos valmis');
    expect(draft.querySelector('polygon')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(textsOf(draft)).toContain('?');
  });

  it('labels the year bands, months, vertical lines and legend in Finnish', () => {
    const texts = textsOf(root);
    expect(texts).toEqual(expect.arrayContaining(['2018', '2019', '6', '12']));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Maakuntavaalit 5/2019 ?',
        'Vahvistettu',
        'Arvio',
        'Epävarma (?)',
        'Virstanpylväs',
        'Tilanne 15.3.2019',
      ]),
    );
  });

  it('draws the legend, the "as of" line, the dates and the description in Swedish when asked', () => {
    const swedish = renderTimelineSvg(layoutTimeline(workProgramme('2019-03-15', 'sv'), { language: 'sv' }), {
      language: 'sv',
    });
    const { root: sv } = parseSvg(swedish);
    expect(textsOf(sv)).toEqual(
      expect.arrayContaining(['Bekräftat', 'Uppskattning', 'Osäkert (?)', 'Milstolpe', 'Läget 15 mars 2019']),
    );
    expect(textsOf(sv)).not.toContain('Vahvistettu');
    const [, descId] = (sv.getAttribute('aria-labelledby') ?? '').split(' ');
    const description = sv.querySelector(`[id="${descId}"]`)?.textContent ?? '';
    expect(description).toContain('Tidslinje 6/2018–12/2019, 6 rader.');
    expect(description).toContain('Kansalaiskysely: 16 augusti 2018–15 oktober 2018');
  });

  it('lets the caller replace the title and the "as of" text', () => {
    const { root: custom } = parseSvg(
      renderTimelineSvg(geometry, { title: 'Oma otsikko', asOfLabel: 'Nyt' }),
    );
    expect(custom.querySelector('title')?.textContent).toBe('Oma otsikko');
    expect(textsOf(custom).filter((text) => text === 'Nyt')).toHaveLength(2);
    expect(textsOf(custom)).not.toContain('Tilanne 15.3.2019');
  });

  it('escapes &, < and quotes so that the text survives parsing', () => {
    expect(svg).not.toContain('<ohry>');
    expect(textsOf(rowGroup('Seminaari'))).toContain('Seminaari <ohry> & "VATE"');
  });

  it('uses only plain elements and attributes that pdfmake can draw', () => {
    for (const name of unsupportedElements) expect(root.querySelectorAll(name)).toHaveLength(0);
    const all = [...root.querySelectorAll('*')];
    expect(all.some((element) => element.hasAttribute('class') || element.hasAttribute('style'))).toBe(false);
    for (const text of root.querySelectorAll('text')) {
      for (const name of ['x', 'y', 'font-family', 'font-size', 'fill'])
        expect(text.hasAttribute(name)).toBe(true);
    }
  });

  it('writes no coordinate with more than two decimals', () => {
    const values = [...root.querySelectorAll('*')].flatMap((element) =>
      ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height'].map((name) => element.getAttribute(name) ?? '0'),
    );
    for (const value of values) expect(value).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('is deterministic: the same model gives byte-identical SVG', () => {
    expect(renderTimelineSvg(layoutTimeline(workProgramme()))).toBe(svg);
    const big = () => renderTimelineSvg(layoutTimeline(eighteenRows()));
    expect(big()).toBe(big());
  });
});
