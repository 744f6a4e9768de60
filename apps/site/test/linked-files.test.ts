/**
 * Small files written as hard links to a store kept between builds (`linked-files.ts`), as the
 * 6Aika objects' files are: the same bytes as files written one by one, only new bytes stored,
 * a stored file written into since not reused, and plain files across file systems.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchRoot } from '../src/lib/search/scratch-folder.ts';
import { type FilesToWrite, writeFilesHere } from '../src/lib/write-files-in-background.ts';

const scratch = await mkdtemp(join(tmpdir(), 'valmistelu-linked-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const files = (count: number, edited?: number): FilesToWrite['files'] =>
  Array.from({ length: count }, (_, at) => [
    `data/${at % 2 === 0 ? 'cases' : 'actions'}/${at}.json`,
    JSON.stringify({ id: at, title: at === edited ? `Muokattu ${at}` : `Asia ${at}` }),
  ]);

/** Every file under `dir` with its text. */
async function textsOf(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = join(entry.parentPath, entry.name);
    texts[relative(dir, file)] = await readFile(file, 'utf8');
  }
  return texts;
}

/** The stored files, by name (each the digest of its bytes). */
async function storedOf(storeDir: string): Promise<string[]> {
  const entries = await readdir(storeDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name !== 'stamps.json')
    .map((entry) => entry.name)
    .sort();
}

describe('files linked to a store', () => {
  it('writes the same files as one by one, linking each to its bytes, and stores only new bytes', async () => {
    const storeDir = join(scratch, 'store');
    const plain = join(scratch, 'plain');
    writeFilesHere({ dir: plain, files: files(40) });

    const first = join(scratch, 'first');
    writeFilesHere({ dir: first, files: files(40), storeDir });
    expect(await textsOf(first)).toEqual(await textsOf(plain));
    const stored = await storedOf(storeDir);
    expect(stored).toHaveLength(40);
    expect((await stat(join(first, 'data/cases/0.json'))).nlink).toBe(2);

    // One file edited: its new bytes stored, its old ones no longer kept, every other one linked.
    const second = join(scratch, 'second');
    writeFilesHere({ dir: second, files: files(40, 7), storeDir });
    const edited = join(scratch, 'edited');
    writeFilesHere({ dir: edited, files: files(40, 7) });
    expect(await textsOf(second)).toEqual(await textsOf(edited));
    const storedNow = await storedOf(storeDir);
    expect(storedNow).toHaveLength(40);
    expect(storedNow.filter((name) => !stored.includes(name))).toHaveLength(1);
    const unchanged = await stat(join(second, 'data/cases/0.json'));
    expect(unchanged.ino).toBe((await stat(join(first, 'data/cases/0.json'))).ino);
    expect((await stat(join(second, 'data/actions/7.json'))).ino).not.toBe(
      (await stat(join(first, 'data/actions/7.json'))).ino,
    );
    // The first build's output keeps its bytes: no stored file was written again.
    expect(await textsOf(first)).toEqual(await textsOf(plain));
  });

  it('stores afresh a file written into through an output that shares it', async () => {
    const storeDir = join(scratch, 'store-written');
    const first = join(scratch, 'written-first');
    writeFilesHere({ dir: first, files: files(6), storeDir });
    // Someone edits the published file in place, and so the stored one.
    await writeFile(join(first, 'data/cases/2.json'), '{"id":2,"title":"käsin muutettu"}');
    const second = join(scratch, 'written-second');
    writeFilesHere({ dir: second, files: files(6), storeDir });
    const plain = join(scratch, 'written-plain');
    writeFilesHere({ dir: plain, files: files(6) });
    expect(await textsOf(second)).toEqual(await textsOf(plain));
  });

  it('writes plain files where the store lies on another file system than the output', async () => {
    // The output in memory (/dev/shm where there is one), the store in the temporary folder.
    const output = await mkdtemp(join(scratchRoot(), 'valmistelu-linked-out-'));
    try {
      const storeDir = join(scratch, 'store-across');
      writeFilesHere({ dir: output, files: files(10), storeDir });
      const plain = join(scratch, 'across-plain');
      writeFilesHere({ dir: plain, files: files(10) });
      expect(await textsOf(output)).toEqual(await textsOf(plain));
      if (scratchRoot() !== tmpdir()) expect((await stat(join(output, 'data/cases/0.json'))).nlink).toBe(1);
    } finally {
      await rm(output, { recursive: true, force: true });
    }
  });
});
