/**
 * One folder per kind of content mistake (and `valid-…` folders for look-alikes that must pass): the base content with the case's files laid over it,
 * and the exact messages `check` must print. `UPDATE=1 pnpm test` rewrites the expected files.
 */
import { readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/load-content.ts';
import { formatMessage, sortMessages } from '../src/messages.ts';
import { contentWithCase, fixturesDir } from './copy-fixture.ts';

const cases = readdirSync(fixturesDir).filter((name) => !name.startsWith('_'));

async function messagesFor(caseName: string): Promise<string> {
  const dir = await contentWithCase(caseName);
  try {
    const { messages } = await loadContent(dir);
    return sortMessages(messages)
      .map((message) => formatMessage(message, dir))
      .join('\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('content error fixtures', () => {
  it('the base fixture is valid', async () => {
    expect(await messagesFor('')).toBe('');
  });

  it.each(cases)('%s', async (caseName) => {
    const actual = await messagesFor(caseName);
    const expectedFile = join(fixturesDir, caseName, 'expected.txt');
    if (process.env.UPDATE) await writeFile(expectedFile, `${actual}\n`);
    const expected = (await readFile(expectedFile, 'utf8')).trimEnd();
    // Cases named valid-… show what must pass; every other case must produce its messages.
    if (!caseName.startsWith('valid-')) expect(actual).not.toBe('');
    expect(actual).toBe(expected);
  });
});
