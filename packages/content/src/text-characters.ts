/**
 * Characters that must not be published as they are, found in any text of a content file.
 *
 * Control characters (C0 except tab, line feed and carriage return, and DEL) are not allowed in
 * XML 1.0, so a single one in a title breaks the RSS feed; they are errors. Bidirectional
 * overrides and isolates change the order in which text is shown, so a name can display as
 * something other than what it says ("Trojan Source"); they have rare honest uses in
 * right-to-left names, so they are warnings.
 */
import type { Severity } from './messages.ts';

export interface CharacterProblem {
  /** UTF-16 index of the character in the text. */
  index: number;
  severity: Severity;
  message: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point.
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/g;

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const kinds = [
  {
    pattern: controlCharacter,
    severity: 'error',
    message: (character: string) =>
      `ohjausmerkki ${codePoint(character)} ei kelpaa julkaistavaan tekstiin (se rikkoo esimerkiksi RSS-syötteen): poista merkki`,
  },
  {
    pattern: bidiControl,
    severity: 'warning',
    message: (character: string) =>
      `tekstin suuntaa muuttava merkki ${codePoint(character)} voi näyttää tekstin eri järjestyksessä kuin se on kirjoitettu: poista merkki, ellei sitä tarvita oikealta vasemmalle kirjoitetussa nimessä`,
  },
] as const;

/** The first character of each kind in `text`; one message per kind keeps a pasted blob readable. */
export function firstCharacterProblems(text: string): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  for (const kind of kinds) {
    kind.pattern.lastIndex = 0;
    const match = kind.pattern.exec(text);
    if (match)
      problems.push({ index: match.index, severity: kind.severity, message: kind.message(match[0]) });
  }
  return problems;
}

/** The first character of each kind on every line of `text`, for bodies located character by character. */
export function characterProblemsByLine(
  text: string,
): (CharacterProblem & { line: number; column: number })[] {
  const problems: (CharacterProblem & { line: number; column: number })[] = [];
  // Nearly every body is clean: one pass over the whole text settles it without splitting lines.
  if (firstCharacterProblems(text).length === 0) return problems;
  text.split('\n').forEach((line, lineIndex) => {
    for (const problem of firstCharacterProblems(line))
      problems.push({ ...problem, line: lineIndex + 1, column: problem.index + 1 });
  });
  return problems;
}
