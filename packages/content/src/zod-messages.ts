/**
 * Finnish messages for schema problems, worded for preparers rather than programmers.
 */
import type { z } from 'zod';

const typeNames: Record<string, string> = {
  string: 'tekstiä',
  number: 'luku',
  int: 'kokonaisluku',
  boolean: 'true tai false',
  array: 'luettelo (- alkioita)',
  object: 'kenttiä (avain: arvo)',
};

function describeInput(input: unknown): string {
  if (input === null) return 'tyhjä';
  if (Array.isArray(input)) return 'luettelo';
  if (typeof input === 'object') return 'kenttiä';
  if (typeof input === 'string') return `"${input}"`;
  return String(input);
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.filter((part) => typeof part === 'string').join('.') || 'arvo';
}

export function finnishIssueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `pakollinen kenttä "${field}" puuttuu`;
      return `kentän "${field}" pitää olla ${typeNames[issue.expected] ?? issue.expected}, nyt ${describeInput(input)}`;
    case 'invalid_value':
      return `kentän "${field}" arvo ${describeInput(input)} ei käy; sallitut: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `tuntematon kenttä ${issue.keys.map((key) => `"${key}"`).join(', ')}: tarkista kirjoitusasu`;
    case 'invalid_union':
      return `kentän "${field}" arvo ei vastaa mitään sallittua muotoa`;
    case 'too_small':
      if (issue.origin === 'array')
        return `kentässä "${field}" pitää olla vähintään ${issue.minimum} kohta(a)`;
      if (issue.origin === 'string') return `kenttä "${field}" on tyhjä`;
      return `kentän "${field}" pitää olla vähintään ${issue.minimum}`;
    case 'too_big':
      return `kentän "${field}" pitää olla enintään ${issue.maximum}`;
    default:
      return `kenttä "${field}": ${issue.message}`;
  }
}

/** Reads the value at a zod issue path, to say what was written instead. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
