/**
 * A new report and a new meeting in the editor start as `valmistelu new` starts them: the report
 * with the template's seven sections, the meeting with the steering body's agenda, and a link for
 * each open scheduled report that fills in what the group's schedule says.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '@valmistelu/content';
import { planMeeting } from '@valmistelu/domain/meeting-scaffold';
import { planReport, promptPrefix } from '@valmistelu/domain/report-scaffold';
import { parseMdx } from '@valmistelu/markdown/parse';
import { parseHTML } from 'linkedom';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { buildCmsConfig } from '../src/cms-config.ts';
import type { CmsField } from '../src/cms-field.ts';
import { reportStarts, reportStartsHtml } from '../src/new-entry-defaults.ts';

const contentDir = join(fileURLToPath(new URL('../../../', import.meta.url)), 'content');
const { content } = await loadContent(contentDir);
const config = buildCmsConfig({ backend: { name: 'test-repo' }, content, today: content.site.asOf });

function fieldsOf(name: string): CmsField[] {
  const collection = (config.collections as { name?: string; fields?: CmsField[] }[]).find(
    (entry) => entry.name === name,
  );
  return collection?.fields ?? [];
}

describe('new entries', () => {
  test('a report’s body starts with a heading and a prompt for each task of the template', () => {
    const body = fieldsOf('reports').find((field) => field.name === 'body')?.default;
    const { tree, messages } = parseMdx(String(body));
    expect(messages).toEqual([]);
    const headings: string[] = [];
    visit(tree ?? { type: 'root', children: [] }, 'heading', (node) => {
      headings.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''));
    });
    expect(headings).toEqual(content.reportTemplate.tasks.map((task) => `${task.number}. ${task.title}`));
    expect(String(body).split(promptPrefix).length - 1).toBe(content.reportTemplate.tasks.length);
    // In state `draft`, as `valmistelu new report` writes it: its prompts are not yet refused.
    expect(fieldsOf('reports').find((field) => field.name === 'state')?.default).toBe('draft');
  });

  test('a meeting starts with the steering body’s agenda as `valmistelu new meeting` makes it', () => {
    const plan = planMeeting(content, content.site.steeringBody, content.site.asOf);
    if (!plan.ok) throw new Error(plan.message);
    const defaults = Object.fromEntries(fieldsOf('meetings').map((field) => [field.name, field.default]));
    expect(defaults.body).toBe(content.site.steeringBody);
    expect(defaults.agenda).toEqual(plan.data.agenda);
    expect(defaults.time).toBe(plan.data.time);
    expect(plan.data.agenda[0]?.title).toBe('Kokouksen avaus');
  });

  test('each open scheduled report has a start that fills in the plan of `valmistelu new report`', () => {
    const starts = reportStarts(content);
    expect(starts.length).toBeGreaterThan(0);
    const { document } = parseHTML(reportStartsHtml(starts));
    const links = [...document.querySelectorAll('main li a')].map((link) => link.getAttribute('href') ?? '');
    expect(links).toHaveLength(starts.length);
    for (const href of links) {
      expect(href.startsWith('./#/collections/reports/new?')).toBe(true);
      const query = new URLSearchParams(href.split('?')[1]);
      const plan = planReport(
        content,
        query.get('group') ?? '',
        query.get('kind') === 'final' ? 'final' : 'interim',
      );
      if (!plan.ok) throw new Error(plan.message);
      expect(query.get('title')).toBe(plan.frontmatter.title);
      expect(query.get('due')).toBe(plan.frontmatter.due);
      expect(query.get('author') ?? undefined).toBe(plan.frontmatter.author);
      expect(query.get('state')).toBe('draft');
    }
  });
});
