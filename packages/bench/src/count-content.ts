/** How much content a folder holds, from its files. */
import { parse } from 'yaml';
import type { ContentFiles } from './generate-content.ts';
import type { ContentCounts } from './results.ts';

export function countContent(files: ContentFiles): ContentCounts {
  const listLength = (path: string) => ((parse(files.get(path) ?? '') as unknown[] | null) ?? []).length;
  // Items only: a folder's images (news/kuvat/…) are not news items.
  const inFolder = (folder: string) =>
    [...files.keys()].filter((path) => path.startsWith(`${folder}/`) && /\.(mdx|ya?ml)$/.test(path)).length;
  return {
    files: files.size,
    people: listLength('people.yaml'),
    lines: listLength('lines.yaml'),
    groups: inFolder('groups'),
    reports: inFolder('reports'),
    meetings: inFolder('meetings'),
    news: inFolder('news'),
  };
}
