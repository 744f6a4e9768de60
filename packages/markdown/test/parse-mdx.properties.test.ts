/**
 * The MDX front never throws, whatever preparers paste: every input gives a tree or messages.
 * The test timeouts are the time bound; nothing asserts a wall-clock figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../src/parse-mdx.ts';

const tricky = fc.constantFrom(
  '{',
  '}',
  '<',
  '>',
  '</',
  '/>',
  '<Note>',
  '</Note>',
  '<script>',
  '{/*',
  '*/}',
  'import ',
  'export ',
  '\0',
  '\uD800',
  '\uFEFF',
  '\r\n',
  '\n\n',
  '`',
  '```',
  '|',
  '-',
  '#',
  ' ',
  'ä',
  '[',
  ']',
  '(',
  ')',
  '!',
);
const mdxLike = fc
  .array(fc.oneof(tricky, fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

function expectResult(source: string) {
  const result = parseMdx(source);
  expect(result.tree !== undefined || result.messages.length > 0).toBe(true);
  for (const message of result.messages) {
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.column).toBeGreaterThanOrEqual(1);
  }
}

describe('parseMdx on arbitrary input', () => {
  it('never throws on random text with braces, tags and control characters', { timeout: 30_000 }, () => {
    fc.assert(fc.property(mdxLike, expectResult), { numRuns: 400 });
  });

  it('never throws on arbitrary unicode, including lone surrogates', { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectResult), { numRuns: 300 });
  });

  it('handles 5,000-deep nesting of quotes, lists and tags', { timeout: 30_000 }, () => {
    expectResult(`${'> '.repeat(5000)}syvä lainaus`);
    expectResult(`${'- '.repeat(5000)}lista`);
    expectResult(`${'<Note>'.repeat(5000)}x${'</Note>'.repeat(5000)}`);
    expectResult('{'.repeat(5000));
    expectResult('['.repeat(5000) + ']'.repeat(5000));
  });
});
