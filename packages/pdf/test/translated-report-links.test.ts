/**
 * The links of a report's Swedish PDF, read back with pdf.js, on a copy of the repository's
 * content whose Swedish report body names a translated report, an untranslated one and a group
 * and has a relative link: a translated report's reference goes to its Swedish page, the others
 * to their Finnish pages, and the relative link resolves against the Swedish page the PDF says
 * it is on the web.
 */
import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { absoluteUrl, localizedUrls, urls } from '@valmistelu/domain/urls';
import { type ReadPdf, readPdf } from '@valmistelu/pdf-verify/read-pdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reportDocument } from '../src/documents/report-document.ts';
import { renderPdf } from '../src/render-pdf.ts';
import { loadReportInputs, pdfSourcesOf, translatedReportKey } from '../src/report-inputs.ts';

const contentDir = join(import.meta.dirname, '../../../content');
/** The example content's report with a translated body (`reports/<id>.sv.mdx`). */
const reportId = 'henkilosto-valiraportti';
/** A report given a Swedish title here, so that it has a Swedish page. */
const translatedId = 'talous-valiraportti';
const translatedTitle = 'Mellanrapport om ekonomin';
const untranslatedId = 'sopimusten-hallinta-valiraportti';
const groupId = 'talous';

let work: string;
let site: string;
let swedish: ReadPdf;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-sv-pdf-links-'));
  await cp(contentDir, work, { recursive: true });
  await writeFile(join(work, 'reports', `${translatedId}.sv.mdx`), `---\ntitle: ${translatedTitle}\n---\n`);
  await appendFile(
    join(work, 'reports', `${reportId}.sv.mdx`),
    [
      '',
      `Se även <ReportRef id="${translatedId}" />, <ReportRef id="${untranslatedId}" /> och gruppen <GroupRef id="${groupId}" />.`,
      '',
      'Tidtabellen finns i [bilagan](bilaga/).',
      '',
    ].join('\n'),
  );
  const sources = pdfSourcesOf(await loadContent(work));
  site = sources.content.site.url;
  const translation = sources.translations?.sv;
  if (!translation) throw new Error('the content has no Swedish translation');
  const inputs = await loadReportInputs(sources, [reportId]);
  const input = inputs.get(translatedReportKey('sv', reportId));
  if (!input) throw new Error(`${reportId} has no Swedish body`);
  const built = reportDocument(translation.content, input, 'sv', translation.translated);
  expect(built.messages).toEqual([]);
  swedish = await readPdf(await renderPdf(built.doc));
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("a Swedish report PDF's body links", () => {
  test('a translated report to its Swedish page, by its Swedish title', () => {
    const links = swedish.links.flat();
    expect(links).toContain(absoluteUrl(site, localizedUrls.sv.report(translatedId)));
    expect(links).not.toContain(absoluteUrl(site, urls.report(translatedId)));
    expect(swedish.pages.flat().join(' ').replace(/\s+/g, ' ')).toContain(translatedTitle);
  });

  test('an untranslated report and a group to their Finnish pages', () => {
    const links = swedish.links.flat();
    expect(links).toContain(absoluteUrl(site, urls.report(untranslatedId)));
    expect(links).toContain(absoluteUrl(site, urls.group(groupId)));
  });

  test('a relative address against the Swedish page of the report', () => {
    const links = swedish.links.flat();
    expect(links).toContain(absoluteUrl(site, `${localizedUrls.sv.report(reportId)}bilaga/`));
    expect(links).not.toContain(absoluteUrl(site, `${urls.report(reportId)}bilaga/`));
  });
});
