/** A file to create, or why it cannot be created: scaffolds are pure and the command writes. */
export type ScaffoldResult = { ok: true; path: string; text: string } | { ok: false; message: string };

/** `base`, or `base-2`, `base-3`… when taken: scaffolding never overwrites a file. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function frontmatterFile(frontmatter: string, body: string): string {
  return `---\n${frontmatter.trimEnd()}\n---\n\n${body.trimEnd()}\n`;
}
