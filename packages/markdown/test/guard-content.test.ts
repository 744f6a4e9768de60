/**
 * The content guard, one folder per case: `input.mdx` and the exact messages in `expected.txt`
 * (empty for content that must pass). `UPDATE=1` rewrites the expected files.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../src/parse-mdx.ts';

const fixtures = join(import.meta.dirname, 'guard-fixtures');
const cases = readdirSync(fixtures);

describe('content guard', () => {
  it.each(cases)('%s', async (caseName) => {
    const input = await readFile(join(fixtures, caseName, 'input.mdx'), 'utf8');
    const { tree, messages } = parseMdx(input);
    const actual = messages
      .map((message) => `${message.line}:${message.column}  ${message.message}`)
      .join('\n');
    const expectedFile = join(fixtures, caseName, 'expected.txt');
    if (process.env.UPDATE) await writeFile(expectedFile, actual ? `${actual}\n` : '');
    expect(actual).toBe((await readFile(expectedFile, 'utf8')).trimEnd());
    // A refused file never yields a tree to render; an allowed one always does.
    expect(tree === undefined).toBe(messages.length > 0);
  });
});
