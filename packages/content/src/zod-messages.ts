/**
 * Finnish messages for schema problems, worded for preparers rather than programmers.
 *
 * Parsing goes through `parseInFinnish`, which hands zod an error map (as Starlight's
 * `utils/error-map.ts` does): issues without a message of their own get one in Finnish, from our
 * wording where we have it and otherwise from zod's own Finnish locale. No issue ever carries
 * zod's English default, so nothing below can leak English through a fallback.
 */
import { countOf } from '@valmistelu/domain/finnish-count';
import { z } from 'zod';

const finnishLocale = z.locales.fi().localeError;

/** Every type zod can expect, so that an expected type is never printed as zod's English name. */
const typeNames: Record<string, string> = {
  string: 'tekstiä',
  number: 'luku',
  int: 'kokonaisluku',
  bigint: 'kokonaisluku',
  boolean: 'true tai false',
  array: 'luettelo (- alkioita)',
  tuple: 'luettelo (- alkioita)',
  set: 'luettelo (- alkioita)',
  object: 'kenttiä (avain: arvo)',
  record: 'kenttiä (avain: arvo)',
  map: 'kenttiä (avain: arvo)',
  date: 'päivämäärä',
  null: 'tyhjä',
  undefined: 'tyhjä',
  void: 'tyhjä',
  nonoptional: 'arvo',
  nan: 'luku',
  symbol: 'symboli',
  function: 'funktio',
  file: 'tiedosto',
};

/** Formats whose Finnish name in zod's locale reads oddly after "pitää olla". */
const formatNames: Record<string, string> = {
  email: 'sähköpostiosoite',
  url: 'verkko-osoite (https://…)',
};

function describeInput(input: unknown): string {
  if (input === null || input === undefined) return 'tyhjä';
  if (Array.isArray(input)) return 'luettelo';
  if (typeof input === 'object') return 'kenttiä';
  if (typeof input === 'string') return `"${input}"`;
  return String(input);
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.filter((part) => typeof part === 'string').join('.') || 'arvo';
}

/**
 * The message of an issue that its schema left without one: ours where zod's Finnish is stiff,
 * otherwise zod's Finnish locale. Field names are added when the issue is shown.
 */
export const finnishErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_format' && formatNames[issue.format]) {
    return `pitää olla ${formatNames[issue.format]}, nyt ${describeInput(issue.input)}`;
  }
  return finnishLocale(issue);
};

/** `schema.safeParse` with Finnish messages and the offending input on every issue. */
export function parseInFinnish<T>(schema: z.ZodType<T>, data: unknown): z.ZodSafeParseResult<T> {
  return schema.safeParse(data, { error: finnishErrorMap, reportInput: true });
}

/**
 * The line shown for an issue from `parseInFinnish`. The commonest problems get a whole sentence
 * naming the field; the rest show the field and the issue's own (always Finnish) message.
 */
export function finnishIssueMessage(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return `pakollinen kenttä "${field}" puuttuu`;
      if (issue.expected === 'never') return `kenttä "${field}" ei kuulu tähän`;
      const expected = typeNames[issue.expected];
      if (expected) return `kentän "${field}" pitää olla ${expected}, nyt ${describeInput(input)}`;
      break;
    }
    case 'invalid_value':
      return `kentän "${field}" arvo ${describeInput(input)} ei käy; sallitut: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `tuntematon kenttä ${issue.keys.map((key) => `"${key}"`).join(', ')}: tarkista kirjoitusasu`;
    case 'invalid_union':
      return `kentän "${field}" arvo ei vastaa mitään sallittua muotoa`;
    case 'too_small':
      if (issue.origin === 'array')
        return `kentässä "${field}" pitää olla vähintään ${countOf(Number(issue.minimum), 'kohta', 'kohtaa')}`;
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? `kenttä "${field}" on tyhjä`
          : `kentässä "${field}" pitää olla vähintään ${countOf(Number(issue.minimum), 'merkki', 'merkkiä')}`;
      return `kentän "${field}" pitää olla vähintään ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `kentässä "${field}" saa olla enintään ${countOf(Number(issue.maximum), 'kohta', 'kohtaa')}`;
      if (issue.origin === 'string')
        return `kentässä "${field}" saa olla enintään ${countOf(Number(issue.maximum), 'merkki', 'merkkiä')}`;
      return `kentän "${field}" pitää olla enintään ${issue.maximum}`;
  }
  return `kenttä "${field}": ${issue.message}`;
}
