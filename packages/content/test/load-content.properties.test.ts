/**
 * The loader never throws on what a file may contain: random frontmatter, broken YAML, deep
 * nesting, aliases, NUL, BOM and CRLF all come back as located messages.
 * The test timeouts are the time bound; nothing asserts a wall-clock figure.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../src/load-content.ts';
import { sortMessages } from '../src/messages.ts';
import { parseYamlSource } from '../src/yaml-source.ts';
import { contentWithOverlay } from './copy-fixture.ts';

const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'title: ',
        'group: ',
        'kind: ',
        'period:',
        '  start: ',
        '- ',
        '&a ',
        '*a',
        '<<: ',
        '[',
        ']',
        '{',
        '}',
        '"',
        "'",
        '\n',
        '\r\n',
        '\t',
        ': ',
        '---',
        '\uFEFF',
        '\0',
        '\uDC00',
        '2018-02-31',
        'lape',
        '!!js/function',
      ),
      fc.string({ maxLength: 10 }),
    ),
    { maxLength: 50 },
  )
  .map((parts) => parts.join(''));

let dir: string;
beforeAll(async () => {
  dir = await contentWithOverlay();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('YAML front on arbitrary input', () => {
  it('never throws and always positions its errors', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const source = parseYamlSource(text);
        for (const error of source.errors) {
          expect(error.position.line).toBeGreaterThanOrEqual(1);
          // The yaml library's own (English) wording never reaches the preparer.
          expect(error.message).not.toMatch(
            /\b(Unexpected|Missing|Implicit|Invalid|Maximum|token|must|expected)\b/,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses 5,000-deep nesting at once', { timeout: 10_000 }, () => {
    expect(parseYamlSource(`${'['.repeat(5000)}${']'.repeat(5000)}`).errors[0]?.message).toBe(
      'YAML on sisäkkäistetty yli 64 tasoa',
    );
    expect(parseYamlSource(`${'- '.repeat(5000)}x`).errors).toEqual([
      { message: 'YAML on sisäkkäistetty yli 64 tasoa', position: { line: 1, column: 129 } },
    ]);
  });

  it('refuses 5,000 levels of block lists and maps at the first level too deep', { timeout: 10_000 }, () => {
    const lists = Array.from({ length: 5000 }, (_, level) => `${' '.repeat(level)}-`).join('\n');
    expect(parseYamlSource(`${lists} x`, 1).errors).toEqual([
      { message: 'YAML on sisäkkäistetty yli 64 tasoa', position: { line: 66, column: 65 } },
    ]);
    const maps = Array.from({ length: 5000 }, (_, level) => `${'  '.repeat(level)}k${level}:`).join('\n');
    expect(parseYamlSource(`${maps} x`).errors).toEqual([
      { message: 'YAML on sisäkkäistetty yli 64 tasoa', position: { line: 65, column: 129 } },
    ]);
    // 64 levels are still read.
    const allowed = parseYamlSource(`${'- '.repeat(64)}x`);
    expect(allowed.errors).toEqual([]);
    expect(JSON.stringify(allowed.data)).toBe(`${'['.repeat(64)}"x"${']'.repeat(64)}`);
  });

  it('counts only real nesting, not brackets inside text', () => {
    const source = parseYamlSource(`title: "${'['.repeat(100)}"`);
    expect(source.errors).toEqual([]);
    expect(source.data).toEqual({ title: '['.repeat(100) });
  });

  it('refuses "billion laughs" alias expansion without expanding it', { timeout: 10_000 }, () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const { data, errors } = parseYamlSource(levels.join('\n'));
    expect(data).toBeUndefined();
    expect(errors[0]?.message).toBe('YAML-viittauksia (&ankkuri, *alias) ei sallita sisällössä');
  });
});

describe('loadContent on arbitrary report files', () => {
  it('returns messages, never throws, for random frontmatter and bodies', { timeout: 60_000 }, async () => {
    try {
      await fc.assert(
        fc.asyncProperty(yamlish, fc.string({ maxLength: 80 }), async (frontmatter, body) => {
          await writeFile(join(dir, 'reports/satunnainen.mdx'), `---\n${frontmatter}\n---\n${body}`);
          const loaded = await loadContent(dir);
          for (const message of loaded.messages) {
            expect(message.file.startsWith(dir)).toBe(true);
            expect(message.line).toBeGreaterThanOrEqual(1);
          }
        }),
        { numRuns: 60 },
      );
    } finally {
      // The last random file must not leak into the next test.
      await rm(join(dir, 'reports/satunnainen.mdx'), { force: true });
    }
  });

  it('refuses a file over the size limit before reading it, and binary files', {
    timeout: 5_000,
  }, async () => {
    await writeFile(join(dir, 'reports/suuri.mdx'), Buffer.alloc(3 * 1024 * 1024, 'a'));
    await writeFile(join(dir, 'reports/kuva.mdx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
    try {
      const messages = sortMessages((await loadContent(dir)).messages).filter(
        (message) => message.ruleId === 'file',
      );
      expect(messages.map((message) => `${message.file.slice(dir.length + 1)}: ${message.message}`)).toEqual([
        'reports/kuva.mdx: tiedosto ei ole tekstiä (siinä on NUL-tavuja)',
        'reports/suuri.mdx: tiedosto on liian suuri (3.0 Mt, enintään 2 Mt)',
      ]);
    } finally {
      await rm(join(dir, 'reports/suuri.mdx'));
      await rm(join(dir, 'reports/kuva.mdx'));
    }
  });

  it('accepts a BOM and Windows line endings', async () => {
    const crlf = `\uFEFF---\r\ntitle: Uutinen\r\ndate: 2018-01-15\r\nsummary: Lyhyesti.\r\n---\r\n\r\nTeksti.\r\n`;
    await writeFile(join(dir, 'news/crlf.mdx'), crlf);
    const loaded = await loadContent(dir);
    expect(loaded.messages).toEqual([]);
    expect(loaded.content.news.map((item) => item.id)).toContain('crlf');
  });
});
