/**
 * Reads PDFs back and prints, per file, what a screen reader finds (`@valmistelu/pdf-verify`):
 * every PDF under the given folder. Exits 1 when a file lacks something checked. To build the
 * PDFs of a content folder and check them in one step: `pnpm valmistelu pdf --verify`.
 * Run: pnpm --filter @valmistelu/pdf-verify verify <folder>
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { accessibilityProblems, formatAccessibilityReport, verifyPdf } from '../src/index.ts';

const given = process.argv[2];
if (!given) {
  process.stderr.write('Käyttö: pnpm --filter @valmistelu/pdf-verify verify <kansio>\n');
  process.exit(2);
}
const root = resolve(process.env.INIT_CWD ?? process.cwd(), given);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.pdf'))
  .sort()
  .map((name) => `${root}/${name}`);
const checks = [];
for (const file of files) checks.push(await verifyPdf(file));
process.stdout.write(formatAccessibilityReport(checks, root));
process.exitCode = checks.some((check) => accessibilityProblems(check).length > 0) ? 1 : 0;
