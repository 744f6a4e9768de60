/**
 * `valmistelu format`: rewrites the MDX bodies of the content folder into the form the browser
 * editor reads and saves unchanged, each paragraph on one line (`@valmistelu/markdown/unwrap-paragraphs`).
 * The frontmatter and every other byte stay as they are. Prints the files it changed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { unwrapParagraphs } from '@valmistelu/markdown/unwrap-paragraphs';
import { type Command, contentDirOf } from '../cli-io.ts';

/** The file with its body in the editor's form; the frontmatter, up to its closing `---`, as it was. */
export function formatMdxFile(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return text;
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) return text;
  const head = `${lines.slice(0, close + 1).join('\n')}\n`;
  return head + unwrapParagraphs(text.slice(head.length));
}

export const formatCommand: Command = {
  summary:
    'kirjoittaa MDX-tiedostojen kappaleet yhdelle riville, siihen muotoon, jonka sisällönhallinta tallentaa',
  async run(context) {
    const { io } = context;
    const contentDir = contentDirOf(context);
    const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    let changed = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const formatted = formatMdxFile(text);
      if (formatted === text) continue;
      await writeFile(file, formatted);
      changed += 1;
      io.stdout(`${relative(io.cwd, file)}\n`);
    }
    io.stdout(`Muotoiltu ${changed} / ${files.length} MDX-tiedostoa.\n`);
    return 0;
  },
};
