/**
 * The preview template: a report's title as the heading, its days (the submission day, the
 * period's start and end) as the site writes them, other fields drawn by Sveltia by their labels.
 * Rendered with a stand-in `createElement` that keeps the tree as plain data.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatFinnishDate } from '@valmistelu/domain/dates';
import { describe, expect, test } from 'vitest';
import { previewsByCollection } from '../src/admin-files.ts';
import { buildCmsConfig } from '../src/index.ts';
import { previewTemplate } from '../src/preview-template.ts';

const sveltiaRoot = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
const { fromJS } = createRequire(join(sveltiaRoot, 'package.json'))('immutable') as {
  fromJS(value: unknown): { getIn(path: readonly string[]): unknown };
};

interface Element {
  type: string;
  props: Record<string, unknown> | null;
  children: unknown[];
}

const h = (type: string, props: Record<string, unknown> | null, ...children: unknown[]): Element => ({
  type,
  props,
  children: children.flat().filter((child) => child !== null),
});

function text(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && 'children' in node)
    return (node as Element).children.map(text).join(' ');
  return '';
}

function sections(node: Element): Element[] {
  return node.children.filter((child): child is Element => (child as Element).type === 'section');
}

const previews = previewsByCollection(buildCmsConfig({ backend: { name: 'test-repo' } }));

describe('preview template', () => {
  test('is made for every collection of items, none for the list files', () => {
    expect(Object.keys(previews)).toEqual(
      expect.arrayContaining(['news', 'reports', 'meetings', 'groups', 'timelines']),
    );
    expect(previews.people).toBeUndefined();
    expect(previews.news?.map((field) => field.name)).not.toContain('example');
  });

  test("shows a report's title as its heading and its days in Finnish form", () => {
    const entry = fromJS({
      data: {
        title: 'Kasvupalvelut: väliraportti',
        group: 'kasvupalvelut',
        submitted: '2018-05-31',
        period: { start: '2018-01-01', end: '2018-04-30' },
        summary: '',
        draft: false,
        body: 'Teksti.',
      },
    });
    const drawn: string[] = [];
    const widgetFor = (keyPath: string) => {
      drawn.push(keyPath);
      return `[${keyPath}]`;
    };
    const article = previewTemplate(
      previews.reports ?? [],
      formatFinnishDate,
      h,
    )({ entry, widgetFor }) as Element;
    const [heading] = article.children as Element[];
    expect(heading).toMatchObject({ type: 'h1', children: ['Kasvupalvelut: väliraportti'] });
    const byKey = new Map(sections(article).map((section) => [section.props?.key, section]));
    expect(text(byKey.get('submitted'))).toBe('Jätetty 31.5.2018');
    const period = byKey.get('period');
    expect(period && sections(period).map(text)).toEqual(['Alku 1.1.2018', 'Loppu 30.4.2018']);
    // Sveltia draws the others (the group by its name, the body with the components' previews).
    expect(drawn).toEqual(expect.arrayContaining(['group', 'body']));
    // An empty field is not shown, nor a switch that is off.
    expect(byKey.has('summary')).toBe(false);
    expect(byKey.has('draft')).toBe(false);
    expect(text(article)).not.toMatch(/\d{4}-\d\d-\d\d/);
  });
});
