/**
 * Splits an MDX file into its YAML frontmatter and body, remembering where each starts so that
 * positions inside either map back to the file.
 */
export interface SplitFile {
  frontmatter: string;
  /** Lines before the frontmatter's first line (the opening `---`). */
  frontmatterLineOffset: number;
  body: string;
  /** Lines before the body's first line. */
  bodyLineOffset: number;
}

export type SplitResult = { ok: true; value: SplitFile } | { ok: false; message: string; line: number };

export function splitFrontmatter(text: string): SplitResult {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      ok: false,
      line: 1,
      message: 'tiedoston pitää alkaa otsaketiedoilla: ensimmäisellä rivillä ---',
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) return { ok: false, line: 1, message: 'otsaketiedoista puuttuu loppumerkki --- ' };
  return {
    ok: true,
    value: {
      frontmatter: lines.slice(1, close).join('\n'),
      frontmatterLineOffset: 1,
      body: lines.slice(close + 1).join('\n'),
      bodyLineOffset: close + 1,
    },
  };
}
