/**
 * `valmistelu pdf --verify` reads every PDF it wrote back and says, per file, what a screen reader
 * finds; a real process on the minimal content.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requireSystemTools } from '../../../scripts/system-tools.ts';
import { runProcess } from './run-process.ts';

let work: string;
let content: string;

beforeAll(async () => {
  // The verifier reads each PDF with qpdf and pdffonts; `pnpm system-tools` installs them.
  requireSystemTools(['qpdf', 'pdffonts']);
  work = await mkdtemp(join(tmpdir(), 'valmistelu-pdf-verify-'));
  content = await contentWithOverlay();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(content, { recursive: true, force: true });
});

it('prints, per PDF, tagging, text coverage, headings, tables, figures, language and title, and exits 0 when all hold', () => {
  const run = runProcess(work, ['pdf', '--content', content, '--out', 'julkaisu', '--verify']);
  expect(run.code, run.stderr).toBe(0);
  const blocks = run.stdout.split('\n\n').filter((block) => /^pdf\/.*\.pdf \(\d+ s\.\)/.test(block));
  const written = Number(/(\d+) PDF-tiedostoa kansioon/.exec(run.stdout)?.[1]);
  expect(written).toBeGreaterThan(0);
  expect(blocks).toHaveLength(written);
  for (const block of blocks) {
    expect(block).toContain('rakennemerkinnät: kyllä');
    expect(block).toContain('teksti rakenteessa tai artefakteissa: 100.0 %');
    expect(block).toMatch(/otsikot: H1( H[1-6])*/);
    expect(block).toContain('kieli: fi');
    expect(block).toContain('otsikko näytetään: kyllä');
    expect(block).toContain('kaikki tarkistukset kunnossa');
  }
  expect(run.stdout).toContain(`${written} PDF-tiedostoa, 0 puutteellista.`);
}, 120_000);

it('without --verify prints no such report', () => {
  const run = runProcess(work, ['pdf', '--content', content, '--out', 'julkaisu']);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).not.toContain('rakennemerkinnät');
}, 120_000);
