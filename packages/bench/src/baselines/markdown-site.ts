/**
 * The floor for the site: a plain Astro project with the same number of pages as Markdown, the
 * text taken from the same reports and news with the project's MDX elements reduced to text.
 * Pure: returns the project's files; `run-bench.ts` writes and builds it.
 */
import type { ContentFiles } from '../generate-content.ts';

/** `<GroupRef id="x" />` becomes `x`; other element tags go, their children stay. */
export function mdxToPlainMarkdown(body: string): string {
  return body
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\bid=["']([^"']*)["'][^>]*\/>/g, '$1')
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '');
}

function bodiesOf(files: ContentFiles): { title: string; body: string }[] {
  return [...files]
    .filter(([path]) => /^(reports|news)\/.*\.mdx$/.test(path))
    .map(([path, text]) => {
      const [, frontmatter = '', body = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? path;
      return { title, body: mdxToPlainMarkdown(body) };
    });
}

/** An Astro project of `pages` Markdown pages; node_modules is linked in by the caller. */
export function markdownSiteFiles(files: ContentFiles, pages: number): Map<string, string> {
  const sources = bodiesOf(files);
  const project = new Map<string, string>([
    ['package.json', `${JSON.stringify({ name: 'markdown-baseline', private: true, type: 'module' })}\n`],
    ['astro.config.mjs', 'export default {};\n'],
  ]);
  if (sources.length === 0) return project;
  for (let page = 0; page < pages; page++) {
    const source = sources[page % sources.length] as { title: string; body: string };
    const title = JSON.stringify(source.title.replace(/^["']|["']$/g, ''));
    project.set(
      `src/pages/sivu/${page}.md`,
      `---\ntitle: ${title}\n---\n\n# ${source.title}\n${source.body}`,
    );
  }
  return project;
}
