/**
 * References in a translated body, as the loader stores it (`translation-entries.ts`), on a copy
 * of the repository's content whose Swedish report body names a translated report, an
 * untranslated one and a group: a translated item is linked to its Swedish page by its Swedish
 * name; the others to their Finnish page by their Finnish name, marked `lang="fi"`.
 */
import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedContent, loadContent } from '@valmistelu/content';
import { localizedUrls, urls } from '@valmistelu/domain/urls';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { translationEntries } from '../src/loaders/translation-entries.ts';

/** The example content's report with a translated body (`reports/<id>.sv.mdx`). */
const reportId = 'henkilosto-valiraportti';
/** A report given a Swedish title here, so that it has a Swedish page. */
const translatedId = 'talous-valiraportti';
const translatedTitle = 'Mellanrapport om ekonomin';
const untranslatedId = 'sopimusten-hallinta-valiraportti';
const groupId = 'talous';

let work: string;
let loaded: LoadedContent;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-sv-references-'));
  await cp(defaultContentDir, work, { recursive: true });
  await writeFile(join(work, 'reports', `${translatedId}.sv.mdx`), `---\ntitle: ${translatedTitle}\n---\n`);
  await appendFile(
    join(work, 'reports', `${reportId}.sv.mdx`),
    `\nSe även <ReportRef id="${translatedId}" />, <ReportRef id="${untranslatedId}" /> och gruppen <GroupRef id="${groupId}" />.\n`,
  );
  loaded = await loadContent(work);
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The links of the stored Swedish body of a report, as a reader's browser parses them. */
function swedishLinks(id: string): { href: string | null; text: string | null; lang: string | null }[] {
  const entry = translationEntries(loaded).find((candidate) => candidate.id === `sv/reports/${id}`);
  const html = entry?.rendered?.html;
  if (html === undefined) throw new Error(`no Swedish body for ${id}`);
  const document = new DOMParser().parseFromString(
    `<body>${html}</body>`,
    'text/html',
  ) as unknown as Document;
  return Array.from(document.querySelectorAll('a[href]')).map((link) => ({
    href: link.getAttribute('href'),
    text: link.textContent,
    lang: link.getAttribute('lang'),
  }));
}

describe('references in a Swedish body', () => {
  test('link a translated report’s Swedish page by its Swedish title, unmarked', () => {
    expect(swedishLinks(reportId)).toContainEqual({
      href: localizedUrls.sv.report(translatedId),
      text: translatedTitle,
      lang: null,
    });
  });

  test('link an untranslated report and a group to their Finnish page by the Finnish name, marked lang="fi"', () => {
    const links = swedishLinks(reportId);
    const report = loaded.content.reports.find((candidate) => candidate.id === untranslatedId);
    const group = loaded.content.groups.find((candidate) => candidate.id === groupId);
    expect(links).toContainEqual({ href: urls.report(untranslatedId), text: report?.title, lang: 'fi' });
    expect(links).toContainEqual({ href: urls.group(groupId), text: group?.name, lang: 'fi' });
    expect(links.map((link) => link.href)).not.toContain(urls.report(translatedId));
  });
});
