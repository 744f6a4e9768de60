/**
 * qpdf, pdffonts and pdftoppm (packages qpdf and poppler-utils). CI installs them; on a machine
 * without them the checks that need them are skipped, never faked.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** `qpdf --check`: exit 0 and no warnings means the file's structure is sound. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return {
    ok: run.status === 0 && !/WARNING/i.test(run.stdout + run.stderr),
    output: run.stdout + run.stderr,
  };
}

/** Fonts as pdffonts lists them, with whether each is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const output = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type [encoding…] emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
    });
}

/** Renders the first page to `<prefix>.png` for a person to look at. */
export function renderFirstPage(file: string, prefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
}
