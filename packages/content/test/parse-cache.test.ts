/**
 * Parsed files kept between runs: a load that reads them from the cache gives what a load that
 * parses every file gives (the same messages at the same positions, the same model and trees, and
 * the same YAML strings, which the lint and the PDFs' glyph check read), for every content mistake
 * of the error fixtures, and an edited file is parsed again.
 */
import { readdirSync } from 'node:fs';
import { appendFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LoadedContent, loadContent } from '../src/load-content.ts';
import { formatMessage, sortMessages } from '../src/messages.ts';
import { contentWithCase, fixturesDir } from './copy-fixture.ts';

const cases = readdirSync(fixturesDir).filter((name) => !name.startsWith('_'));
const scratch: string[] = [];

afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function cacheFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'valmistelu-parse-cache-'));
  scratch.push(dir);
  return join(dir, 'cache', 'content.v8');
}

/** What a load shows: its messages as printed, its model and every item's tree and images. */
function shown(loaded: LoadedContent, dir: string) {
  const trees = Object.fromEntries(
    Object.entries(loaded.sources).map(([name, sources]) => [
      name,
      sources.map(({ file, basePath, tree, bodyLineOffset, images, yaml }) => ({
        file,
        basePath,
        tree,
        bodyLineOffset,
        images,
        // Each with its path and position, as a placeholder's or a missing glyph's message shows them.
        strings: yaml.strings
          .map(({ path, value, position }) => ({ path: [...path], value, position: { ...position } }))
          .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column),
      })),
    ]),
  );
  return {
    messages: sortMessages(loaded.messages).map((message) => formatMessage(message, dir)),
    content: loaded.content,
    trees,
    files: [...loaded.files].sort(),
  };
}

describe('parse cache', () => {
  it.each(['', ...cases])('gives what parsing gives: %s', async (caseName) => {
    const dir = await contentWithCase(caseName);
    scratch.push(dir);
    const file = await cacheFile();
    const parsed = shown(await loadContent(dir), dir);
    const cold = shown(await loadContent(dir, { cacheFile: file }), dir);
    expect((await stat(file)).size).toBeGreaterThan(0);
    const warm = shown(await loadContent(dir, { cacheFile: file }), dir);
    expect(cold).toEqual(parsed);
    expect(warm).toEqual(parsed);
  });

  it('parses an edited file again, and keeps working with a broken cache file', async () => {
    const dir = await contentWithCase('');
    scratch.push(dir);
    const file = await cacheFile();
    await loadContent(dir, { cacheFile: file });
    const report = readdirSync(join(dir, 'reports')).sort()[0] ?? '';
    await appendFile(join(dir, 'reports', report), '\nLisätty kappale raportin loppuun.\n');
    const edited = await loadContent(dir, { cacheFile: file });
    const index = edited.sources.reports.findIndex((source) => source.file.endsWith(report));
    expect(JSON.stringify(edited.sources.reports[index]?.tree)).toContain(
      'Lisätty kappale raportin loppuun.',
    );
    expect(shown(edited, dir)).toEqual(shown(await loadContent(dir), dir));

    await writeFile(file, 'ei välimuistitiedosto');
    expect(shown(await loadContent(dir, { cacheFile: file }), dir)).toEqual(
      shown(await loadContent(dir), dir),
    );
  });
});
