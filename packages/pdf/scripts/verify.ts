/**
 * Reads PDFs back and prints, per file, what a screen reader finds (`@valmistelu/pdf/verify`).
 * With a folder, checks every PDF under it; without, builds the PDFs of the repository's
 * `content/` into a temporary folder first. Exits 1 when a file lacks something checked.
 * Run: pnpm --filter @valmistelu/pdf verify [folder]
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { buildAllPdfs } from '../src/index.ts';
import { accessibilityProblems, formatAccessibilityReport, verifyPdf } from '../src/verify/index.ts';

const given = process.argv[2];
let root: string;
if (given) {
  root = resolve(process.env.INIT_CWD ?? process.cwd(), given);
} else {
  root = mkdtempSync(join(tmpdir(), 'valmistelu-verify-'));
  const loaded = await loadContent(join(import.meta.dirname, '..', '..', '..', 'content'));
  await buildAllPdfs({ loaded, outDir: root });
}
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.pdf'))
  .sort()
  .map((name) => join(root, name));
const checks = [];
for (const file of files) checks.push(await verifyPdf(file));
process.stdout.write(formatAccessibilityReport(checks, root));
process.exitCode = checks.some((check) => accessibilityProblems(check).length > 0) ? 1 : 0;
