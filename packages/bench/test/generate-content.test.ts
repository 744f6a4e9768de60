import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedContent, loadContent, translationFileOf } from '@valmistelu/content';
import type { CollectionName, ContentModel } from '@valmistelu/domain/schema';
import type { Nodes, Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type ContentFiles,
  copyId,
  generateContent,
  readContentFolder,
  writeContentFolder,
} from '../src/index.ts';

const defaultContentDir = join(import.meta.dirname, '../../../content');

let source: ContentFiles;
beforeAll(async () => {
  source = await readContentFolder(defaultContentDir);
});

describe('determinism', () => {
  it('gives byte-identical files for the same seed', () => {
    const first = generateContent(source, { scale: 3, seed: 7 });
    const second = generateContent(source, { scale: 3, seed: 7 });
    expect([...second]).toEqual([...first]);
  });

  it('varies with the seed', () => {
    const first = generateContent(source, { scale: 3, seed: 7 });
    const other = generateContent(source, { scale: 3, seed: 8 });
    expect([...other.keys()]).toEqual([...first.keys()]);
    expect([...other]).not.toEqual([...first]);
  });
});

describe('counts', () => {
  const listLength = (files: ContentFiles, path: string) =>
    (parse(files.get(path) ?? '') as unknown[]).length;
  const inFolder = (files: ContentFiles, folder: string) =>
    [...files.keys()].filter(
      (path) => path.startsWith(`${folder}/`) && /\.(mdx|ya?ml)$/.test(path) && !translationFileOf(path),
    ).length;

  it.each([1, 2, 5])('copies people, lines, groups, reports, meetings and news %i times', (scale) => {
    const files = generateContent(source, { scale, seed: 1 });
    for (const list of ['people.yaml', 'lines.yaml']) {
      expect(listLength(files, list), list).toBe(scale * listLength(source, list));
    }
    for (const folder of ['groups', 'reports', 'meetings', 'news']) {
      expect(inFolder(files, folder), folder).toBe(scale * inFolder(source, folder));
    }
  });

  it('keeps the news pictures byte for byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'valmistelu-bench-'));
    try {
      const pictures = [...source.keys()].filter((path) => /^news\/kuvat\/.+\.jpg$/.test(path));
      expect(pictures.length).toBeGreaterThan(0);
      await writeContentFolder(dir, generateContent(source, { scale: 2, seed: 1 }));
      for (const path of pictures)
        expect(
          (await readFile(join(dir, path))).equals(await readFile(join(defaultContentDir, path))),
          path,
        ).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps bodies, channels, timelines, the site and the template single and unchanged', () => {
    const files = generateContent(source, { scale: 4, seed: 1 });
    const single = [...source.keys()].filter((path) =>
      /^(bodies|channels|site|report-template)\.yaml$|^timelines\//.test(path),
    );
    expect(single.length).toBeGreaterThan(4);
    for (const path of single) expect(files.get(path), path).toBe(source.get(path));
  });
});

/** Every reference an item holds, as [collection, id], including those in its MDX body. */
function referencesOf(
  content: ContentModel,
  loaded: LoadedContent,
  collection: CollectionName,
  index: number,
) {
  const refs: [CollectionName, string | undefined][] = [];
  const mdxRefs = (tree: Root | undefined) => {
    const visit = (node: Nodes) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const target = { GroupRef: 'groups', ReportRef: 'reports', Action: 'people' } as const;
        const name = node.name as keyof typeof target;
        const attribute = node.attributes.find(
          (candidate) =>
            candidate.type === 'mdxJsxAttribute' && candidate.name === (name === 'Action' ? 'owner' : 'id'),
        );
        if (Object.hasOwn(target, name) && typeof attribute?.value === 'string') {
          refs.push([target[name], attribute.value]);
        }
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    if (tree) visit(tree);
  };
  if (collection === 'lines') {
    const line = content.lines[index];
    if (line?.kind === 'line') refs.push(['people', line.changeDirector]);
  }
  if (collection === 'groups') {
    const group = content.groups[index];
    if (group)
      refs.push(
        ['lines', group.line],
        ['groups', group.parent],
        ['people', group.responsible],
        ['people', group.chair],
      );
    for (const member of group?.members ?? []) refs.push(['people', member.person]);
    for (const action of group?.actions ?? []) refs.push(['people', action.owner]);
  }
  if (collection === 'reports') {
    const report = content.reports[index];
    if (report) refs.push(['groups', report.group], ['people', report.author], ['reports', report.answers]);
    mdxRefs(loaded.sources.reports[index]?.tree);
  }
  if (collection === 'meetings') {
    const meeting = content.meetings[index];
    if (meeting) refs.push(['people', meeting.chair], ['people', meeting.secretary]);
    for (const item of meeting?.agenda ?? []) {
      refs.push(['people', item.presenter]);
      for (const report of item.reports) refs.push(['reports', report]);
    }
  }
  if (collection === 'news') {
    refs.push(['people', content.news[index]?.author]);
    mdxRefs(loaded.sources.news[index]?.tree);
  }
  return refs.filter((ref): ref is [CollectionName, string] => ref[1] !== undefined);
}

describe('at 2×, loaded with the real loader', () => {
  let dir: string;
  let loaded: LoadedContent;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'valmistelu-bench-'));
    await writeContentFolder(dir, generateContent(source, { scale: 2, seed: 3 }));
    loaded = await loadContent(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has no messages at all', () => {
    expect(loaded.messages).toEqual([]);
  });

  const copied = ['people', 'lines', 'groups', 'reports', 'meetings', 'news'] as const;

  it.each(copied)('points every reference of copy 1 of %s at copy 1', (collection) => {
    const { content } = loaded;
    const items: readonly { id: string }[] = content[collection];
    const position = new Map(items.map((item, index) => [item.id, index]));
    const isCopied = (target: CollectionName) => (copied as readonly string[]).includes(target);
    const originals = items.filter((item) => !item.id.endsWith('-k1'));
    expect(originals.length * 2).toBe(items.length);
    let references = 0;
    for (const original of originals) {
      const copy = position.get(copyId(original.id, 1));
      expect(copy, `${collection} ${original.id} has a copy`).toBeDefined();
      const expected = referencesOf(content, loaded, collection, position.get(original.id) ?? -1).map(
        ([target, id]) => [target, isCopied(target) ? copyId(id, 1) : id],
      );
      expect(referencesOf(content, loaded, collection, copy ?? -1)).toEqual(expected);
      references += expected.length;
    }
    if (collection !== 'people') expect(references).toBeGreaterThan(0);
  });
});
