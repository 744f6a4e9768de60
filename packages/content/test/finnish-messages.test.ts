/**
 * Every kind of schema issue zod raises comes out in Finnish: each case provokes one, and the
 * message must share no word with what zod's English locale says about the same issue.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { finnishIssueMessage, parseInFinnish } from '../src/zod-messages.ts';

const english = z.locales.en().localeError;

const cases: { name: string; schema: z.ZodType; data: unknown }[] = [
  { name: 'text expected, number given', schema: z.strictObject({ nimi: z.string() }), data: { nimi: 5 } },
  { name: 'required field missing', schema: z.strictObject({ nimi: z.string() }), data: {} },
  { name: 'list expected', schema: z.strictObject({ lista: z.array(z.string()) }), data: { lista: 'yksi' } },
  { name: 'fields expected', schema: z.strictObject({ osa: z.strictObject({}) }), data: { osa: 'yksi' } },
  { name: 'whole number expected', schema: z.strictObject({ luku: z.int() }), data: { luku: 2.5 } },
  {
    name: 'true or false expected',
    schema: z.strictObject({ totuus: z.boolean() }),
    data: { totuus: 'joo' },
  },
  { name: 'date expected', schema: z.strictObject({ pvm: z.date() }), data: { pvm: 'tänään' } },
  { name: 'field that must be absent', schema: z.strictObject({ pois: z.never() }), data: { pois: 1 } },
  {
    name: 'invalid enum',
    schema: z.strictObject({ laji: z.enum(['interim', 'final']) }),
    data: { laji: 'väli' },
  },
  { name: 'invalid literal', schema: z.strictObject({ laji: z.literal('final') }), data: { laji: 'väli' } },
  { name: 'text too short', schema: z.strictObject({ nimi: z.string().min(3) }), data: { nimi: 'ab' } },
  { name: 'empty text', schema: z.strictObject({ nimi: z.string().trim().min(1) }), data: { nimi: ' ' } },
  {
    name: 'list too short',
    schema: z.strictObject({ lista: z.array(z.string()).min(2) }),
    data: { lista: [] },
  },
  { name: 'number too small', schema: z.strictObject({ luku: z.number().min(0) }), data: { luku: -1 } },
  { name: 'text too long', schema: z.strictObject({ nimi: z.string().max(2) }), data: { nimi: 'abc' } },
  {
    name: 'list too long',
    schema: z.strictObject({ lista: z.array(z.string()).max(1) }),
    data: { lista: ['a', 'b'] },
  },
  { name: 'number too big', schema: z.strictObject({ luku: z.number().max(10) }), data: { luku: 11 } },
  { name: 'unknown field', schema: z.strictObject({ nimi: z.string() }), data: { nimi: 'a', ylim: 1 } },
  {
    name: 'no union member',
    schema: z.strictObject({ arvo: z.union([z.number(), z.boolean()]) }),
    data: { arvo: 'a' },
  },
  {
    name: 'no discriminated union member',
    schema: z.discriminatedUnion('laji', [z.strictObject({ laji: z.literal('a') })]),
    data: { laji: 'b' },
  },
  {
    name: 'invalid e-mail',
    schema: z.strictObject({ posti: z.email() }),
    data: { posti: 'palaute(at)example.fi' },
  },
  { name: 'invalid URL', schema: z.strictObject({ osoite: z.url() }), data: { osoite: 'ei osoite' } },
  {
    name: 'URL with a refused protocol',
    schema: z.strictObject({ osoite: z.url({ protocol: /^https?$/ }) }),
    data: { osoite: 'ftp://palvelin.fi' },
  },
  {
    name: 'pattern without a message',
    schema: z.strictObject({ koodi: z.string().regex(/^a+$/) }),
    data: { koodi: 'b' },
  },
  {
    name: 'wrong start',
    schema: z.strictObject({ koodi: z.string().startsWith('ab') }),
    data: { koodi: 'b' },
  },
  { name: 'wrong end', schema: z.strictObject({ koodi: z.string().endsWith('ab') }), data: { koodi: 'b' } },
  {
    name: 'missing part',
    schema: z.strictObject({ koodi: z.string().includes('ab') }),
    data: { koodi: 'b' },
  },
  { name: 'invalid UUID', schema: z.strictObject({ koodi: z.uuid() }), data: { koodi: 'b' } },
  { name: 'invalid timestamp', schema: z.strictObject({ aika: z.iso.datetime() }), data: { aika: 'b' } },
  { name: 'not a multiple', schema: z.strictObject({ luku: z.number().multipleOf(3) }), data: { luku: 4 } },
  {
    name: 'invalid record key',
    schema: z.strictObject({ kartta: z.record(z.string().regex(/^a/), z.string()) }),
    data: { kartta: { b: 'x' } },
  },
  { name: 'refinement without a message', schema: z.string().refine(() => false), data: 'x' },
  {
    name: 'custom issue without a message',
    schema: z.string().superRefine((_, context) => context.addIssue({ code: 'custom' })),
    data: 'x',
  },
];

/** Words of a message, without acronyms (UUID, URL) that read the same in both languages. */
function words(text: string): string[] {
  return text.split(/[^\p{L}]+/u).filter((word) => word.length >= 3 && word !== word.toUpperCase());
}

const issues = cases.map(({ name, schema, data }) => {
  const result = parseInFinnish(schema, data);
  return { name, data, issues: result.success ? [] : result.error.issues };
});

describe('schema messages in Finnish', () => {
  it.each(issues)('$name', ({ data, issues: found }) => {
    expect(found.length).toBeGreaterThan(0);
    for (const issue of found) {
      // Words that the content or the schema put there (field names, values, allowed values) may appear in both.
      const ownWords = new Set(words(JSON.stringify([data, 'values' in issue ? issue.values : []])));
      const message = finnishIssueMessage(issue);
      const englishWords = words(english(issue as Parameters<typeof english>[0]) as string).filter(
        (word) => !ownWords.has(word),
      );
      expect(englishWords.length).toBeGreaterThan(0);
      expect(words(message).filter((word) => englishWords.includes(word))).toEqual([]);
      expect(message).not.toMatch(/\b(Invalid|Expected|expected|received|Too|Unrecognized|must)\b/);
    }
  });

  it('covers every kind of issue a content file can provoke', () => {
    const codes = new Set(issues.flatMap(({ issues: found }) => found.map((issue) => issue.code)));
    expect([...codes].sort()).toEqual([
      'custom',
      'invalid_format',
      'invalid_key',
      'invalid_type',
      'invalid_union',
      'invalid_value',
      'not_multiple_of',
      'too_big',
      'too_small',
      'unrecognized_keys',
    ]);
  });

  it('counts items and characters in Finnish: the singular after 1', () => {
    const schema = z.strictObject({
      lista: z.array(z.string()).min(1),
      toinen: z.array(z.string()).max(1),
      kolmas: z.array(z.string()).min(2),
      nimi: z.string().max(1),
    });
    const result = parseInFinnish(schema, { lista: [], toinen: ['a', 'b'], kolmas: ['a'], nimi: 'ab' });
    expect(result.error?.issues.map(finnishIssueMessage)).toEqual([
      'kentässä "lista" pitää olla vähintään 1 kohta',
      'kentässä "toinen" saa olla enintään 1 kohta',
      'kentässä "kolmas" pitää olla vähintään 2 kohtaa',
      'kentässä "nimi" saa olla enintään 1 merkki',
    ]);
  });

  it('keeps the schema’s own Finnish message', () => {
    const schema = z.strictObject({ osoite: z.url({ error: 'osoitteen pitää alkaa http:// tai https://' }) });
    const result = parseInFinnish(schema, { osoite: 'ei osoite' });
    expect(result.error?.issues.map(finnishIssueMessage)).toEqual([
      'kenttä "osoite": osoitteen pitää alkaa http:// tai https://',
    ]);
  });
});
