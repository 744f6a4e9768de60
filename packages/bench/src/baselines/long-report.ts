/**
 * One long report, about a hundred printed pages, for comparing pdfmake with Chromium's
 * print-to-PDF on the same text: each of the seven sections holds that section of every report,
 * `repeat` times. It comes as a content folder (the organisation without reports, meetings and
 * news, plus this report) and as a standalone HTML page. Pure.
 */
import { parseMdx } from '@valmistelu/markdown/parse';
import { mdxToHtml } from '@valmistelu/markdown/to-html';
import { parse } from 'yaml';
import type { ContentFiles } from '../generate-content.ts';

export const longReportId = 'pitka-vertailuraportti';
const title = 'Pitkä vertailuraportti';

interface Section {
  number: number;
  heading: string;
  parts: string[];
}

/** Sections of every report body, keyed by their number; `<ReportRef>` becomes text, since the
 * folder holds no other report to point at. */
function sectionsOf(files: ContentFiles): Section[] {
  const sections = new Map<number, Section>();
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!/^reports\/.*\.mdx$/.test(path)) continue;
    const body = text
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/<ReportRef\b[^>]*\bid=["']([^"']*)["'][^>]*\/>/g, '$1');
    for (const chunk of body.split(/^(?=## )/m)) {
      const match = /^## (\d+)\. [^\n]*/.exec(chunk);
      if (!match) continue;
      const number = Number(match[1]);
      const section = sections.get(number) ?? { number, heading: match[0], parts: [] };
      section.parts.push(chunk.slice(match[0].length).trim());
      sections.set(number, section);
    }
  }
  return [...sections.values()].sort((a, b) => a.number - b.number);
}

function groupOf(files: ContentFiles): { id: string; start: string; end: string } {
  const path = files.has('groups/talous.yaml')
    ? 'groups/talous.yaml'
    : [...files.keys()].find((key) => key.startsWith('groups/'));
  const group = parse(files.get(path ?? '') ?? '') as { mandate: { start: string; end: string } };
  return { id: (path ?? '').slice('groups/'.length, -'.yaml'.length), ...group.mandate };
}

/** The long report's MDX body. */
export function longReportBody(files: ContentFiles, repeat: number): string {
  return sectionsOf(files)
    .map(({ heading, parts }) => {
      const text = Array.from({ length: repeat }, () => parts.join('\n\n')).join('\n\n');
      return `${heading}\n\n${text}\n`;
    })
    .join('\n');
}

/** The organisation of `files` with the long report as its only report, and no meetings or news. */
export function longReportContent(files: ContentFiles, repeat: number): Map<string, string> {
  const kept = [...files].filter(([path]) => !/^(reports|meetings|news)\//.test(path));
  const group = groupOf(files);
  const frontmatter = [
    `title: ${title}`,
    `group: ${group.id}`,
    'kind: interim',
    'period:',
    `  start: ${group.start}`,
    `  end: ${group.end}`,
    `due: ${group.end}`,
    'state: submitted',
    `submitted: ${group.end}`,
  ].join('\n');
  const report = `---\n${frontmatter}\n---\n\n${longReportBody(files, repeat)}`;
  return new Map([...kept, [`reports/${longReportId}.mdx`, report]]);
}

/** The same report as one printable HTML page, through the project's own MDX → HTML path. */
export function longReportHtml(files: ContentFiles, repeat: number): string {
  const people = (parse(files.get('people.yaml') ?? '') ?? []) as { id: string; name: string }[];
  const names = new Map(people.map((person) => [person.id, person.name]));
  const { tree } = parseMdx(longReportBody(files, repeat));
  const { html } = tree
    ? mdxToHtml(tree, {
        link: (_kind, id) => ({ href: `#${id}`, text: id }),
        personName: (id) => names.get(id),
      })
    : { html: '' };
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>${title}</title>
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: Roboto, "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.35; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px 4px; }
.action, .note { border-left: 3px solid #555; padding-left: 6px; margin: 6px 0; }
</style></head>
<body><h1>${title}</h1>
${html}
</body></html>
`;
}
