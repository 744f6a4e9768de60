/** A file to create, or why it cannot be created: scaffolds are pure and the command writes. */
export type ScaffoldResult = { ok: true; path: string; text: string } | { ok: false; message: string };

export { freeId } from '@valmistelu/domain/free-id';

export function frontmatterFile(frontmatter: string, body: string): string {
  return `---\n${frontmatter.trimEnd()}\n---\n\n${body.trimEnd()}\n`;
}
