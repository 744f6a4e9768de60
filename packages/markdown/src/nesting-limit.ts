/**
 * A cheap look at how deeply a source nests block containers (quotes, lists) and tags, before the
 * parser recurses into them: thousands of levels would exhaust the stack or take seconds, and no
 * report needs more than a handful.
 */
export const maxNesting = 32;

const containerPrefix = /^ {0,3}(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const tag = /<(\/?)([A-Za-z][\w.-]*)[^<>]*?(\/?)>/g;

/** Returns the 1-based line where nesting first exceeds the limit, or undefined. */
export function excessiveNestingLine(source: string): number | undefined {
  let tagDepth = 0;
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    let rest = lines[index] ?? '';
    let depth = 0;
    for (let match = containerPrefix.exec(rest); match; match = containerPrefix.exec(rest)) {
      depth += 1;
      if (depth > maxNesting) return index + 1;
      rest = rest.slice(match[0].length);
    }
    for (const [, closing, , selfClosing] of rest.matchAll(tag)) {
      if (selfClosing) continue;
      tagDepth += closing ? -1 : 1;
      if (tagDepth > maxNesting) return index + 1;
    }
  }
  return undefined;
}
