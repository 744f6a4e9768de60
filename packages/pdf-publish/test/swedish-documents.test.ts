/**
 * The Swedish minutes and pack of the repository's translated meeting (`vate-2018-04.sv.yaml`),
 * the Swedish organisation chart (bodies and a line translated), translated timeline and report,
 * read back from the PDFs the build publishes: Swedish fixed wording from `@valmistelu/domain/document-words`,
 * the translation's texts, Swedish dates, `/Lang (sv)` and the same tagging as the Finnish PDFs.
 * The pack's untranslated parts (reports, status, charts) are marked Finnish. The Finnish
 * documents of the same meeting stay Finnish; an untranslated meeting, or a site with Finnish
 * only, gets no Swedish PDF.
 */
import { mkdtempSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadedContent, loadContent } from '@valmistelu/content';
import { absoluteUrl, localizedUrls, urls } from '@valmistelu/domain/urls';
import { pdfSourcesOf } from '@valmistelu/pdf';
import { accessibilityProblems, type PdfAccessibility, verifyPdf } from '@valmistelu/pdf-verify';
import { asDictionary, textOf as qpdfText, readQpdfObjects } from '@valmistelu/pdf-verify/qpdf-objects';
import { type ReadPdf, readPdf } from '@valmistelu/pdf-verify/read-pdf';
import { allElements, readStructureTree } from '@valmistelu/pdf-verify/structure-tree';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAllPdfs } from '../src/index.ts';
import { listPdfJobs, renderJob } from '../src/pdf-jobs.ts';

const contentDir = join(import.meta.dirname, '../../../content');
const meetingId = 'vate-2018-04';
/** The example content's translated timeline (`timelines/<id>.sv.yaml`). */
const timelineId = 'maakuntastrategian-vuosikello';
/** The example content's report with a translated body (`reports/<id>.sv.mdx`). */
const reportId = 'henkilosto-valiraportti';

let loaded: LoadedContent;
let outDir: string;
const read = new Map<
  string,
  { pdf: ReadPdf; check: PdfAccessibility; lang: string | undefined; elementLangs: Set<string> }
>();

/** The whole text on one line, so that a phrase broken over lines still matches. */
const textOf = (pdf: ReadPdf | undefined) => (pdf?.pages.flat() ?? []).join(' ').replace(/\s+/g, ' ');

/** The catalog's `/Lang`, as qpdf reads it. */
function catalogLanguage(file: string): string | undefined {
  const objects = readQpdfObjects(file);
  return qpdfText(asDictionary(objects.resolve(objects.trailer['/Root']))?.['/Lang']);
}

beforeAll(async () => {
  loaded = await loadContent(contentDir);
  outDir = mkdtempSync(join(tmpdir(), 'valmistelu-sv-pdf-'));
  const result = await buildAllPdfs({ loaded, outDir, threads: 1 });
  expect(result.messages.filter((message) => message.severity === 'error')).toEqual([]);
  const paths = [
    urls.minutesPdf(meetingId, 'sv'),
    urls.minutesPdf(meetingId),
    urls.meetingPackPdf(meetingId, 'sv'),
    urls.meetingPackPdf(meetingId),
    urls.organisationChartPdf('sv'),
    urls.organisationChartPdf(),
    urls.timelinePdf(timelineId, 'sv'),
    urls.timelinePdf(timelineId),
    urls.reportPdf(reportId, 'sv'),
    urls.reportPdf(reportId),
  ];
  for (const sitePath of paths) {
    const file = join(outDir, sitePath);
    const tree = readStructureTree(readQpdfObjects(file)) ?? [];
    read.set(sitePath, {
      pdf: await readPdf(new Uint8Array(await readFile(file))),
      check: await verifyPdf(file),
      lang: catalogLanguage(file),
      elementLangs: new Set([...allElements(tree)].flatMap((element) => element.lang ?? [])),
    });
  }
}, 180_000);

describe('the Swedish minutes of the translated meeting', () => {
  const swedish = () => read.get(urls.minutesPdf(meetingId, 'sv'));

  test('are published under /sv/pdf/protokoll/', () => {
    expect(urls.minutesPdf(meetingId, 'sv')).toBe(`/sv/pdf/protokoll/${meetingId}.pdf`);
    expect(swedish()).toBeDefined();
  });

  test('say Protokoll, with Swedish headings, fixed texts and dates', () => {
    const text = textOf(swedish()?.pdf);
    // The kicker is letter-spaced, which pdf.js reads as gaps.
    expect(text.replace(/ /g, '')).toContain('PROTOKOLL');
    expect(text).toContain('VATE protokoll 4/2018');
    expect(text).toContain('Temporärt beredningsorgan');
    expect(text).toContain('Möte 4/2018 · 23 april 2018 kl. 13.00–15.40');
    for (const heading of ['Närvaro', 'Laglighet och beslutförhet', 'Behandlade ärenden', 'Underskrifter'])
      expect(text).toContain(heading);
    expect(text).toContain('Mötet konstaterades vara lagligen sammankallat och beslutfört.');
    expect(text).toContain('Förslag: Mellanrapporten antecknas för kännedom.');
    expect(text).toContain('Beslut: Antecknades för kännedom.');
    expect(text).toContain('sida 1 /');
    expect(text).not.toMatch(/Pöytäkirja|Päätös|Läsnäolo|sivu \d/);
  });

  test('carry the translated § titles and the proceedings in Swedish', () => {
    const text = textOf(swedish()?.pdf);
    expect(text).toContain('§ 19 Mötets öppnande, laglighet och beslutförhet');
    expect(text).toContain('§ 21 Mellanrapport om tillväxttjänsterna');
    expect(text).toContain('Ordföranden framställde följande omröstningsproposition:');
    expect(text).toContain('Ändringsförslaget vann med rösterna 9–5.');
  });

  test('attach the appeal instructions in Swedish, from the translated template', () => {
    const text = textOf(swedish()?.pdf);
    expect(text).toContain('Anvisningar om sökande av ändring');
    expect(text).toContain('Bilaga till protokollet enligt 140 § i kommunallagen.');
    expect(text).toContain('Ingen rätt att söka ändring');
    expect(text).toContain('I detta beslut får ändring inte sökas genom omprövningsbegäran');
  });

  test('link the Swedish minutes page', () => {
    const text = textOf(swedish()?.pdf);
    expect(text).toContain('satakunta2019.fi/sv/moten/vate-2018-04/protokoll/');
    expect(text).not.toContain('/kokoukset/vate-2018-04/poytakirja');
  });

  test('have /Lang (sv) and are tagged as the Finnish PDFs are', () => {
    const entry = swedish();
    expect(entry?.lang).toBe('sv');
    expect(entry?.check.language).toBe('sv');
    expect(accessibilityProblems(entry?.check as PdfAccessibility)).toEqual([]);
    expect(entry?.check.coverage).toBe(1);
    expect(entry?.check.headings.map((heading) => heading.text)).toContain('Behandlade ärenden');
  });
});

describe('the Swedish pack of the translated meeting', () => {
  const swedish = () => read.get(urls.meetingPackPdf(meetingId, 'sv'));

  test('is published under /sv/pdf/moten/ and says Föredragningslista, with Swedish headings', () => {
    expect(urls.meetingPackPdf(meetingId, 'sv')).toBe(`/sv/pdf/moten/${meetingId}.pdf`);
    const text = textOf(swedish()?.pdf);
    expect(text.replace(/ /g, '')).toContain('MÖTESHANDLINGAR');
    for (const heading of ['Innehåll', 'Föredragningslista', 'Mötets ärenden', 'Bilagor', 'Öppna åtgärder'])
      expect(text).toContain(heading);
    expect(text).toContain('Möte 4/2018 · 23 april 2018 kl. 13.00');
    expect(text).toContain('§ 21 Mellanrapport om tillväxttjänsterna');
    expect(text).toContain('Beslut: Godkändes.');
    expect(text).toMatch(/Bilaga 1: Lasten ja perheiden muutosohjelman \(LAPE\) väliraportti, s\. \d+/);
    expect(text).not.toMatch(/Esityslista|Päätösehdotus|Kokouksen asiat|sivu \d/);
  });

  test('has /Lang (sv), marks the untranslated reports, status and charts Finnish, and is tagged', () => {
    const entry = swedish();
    expect(entry?.lang).toBe('sv');
    expect(entry?.elementLangs).toEqual(new Set(['fi']));
    expect(accessibilityProblems(entry?.check as PdfAccessibility)).toEqual([]);
    expect(entry?.check.coverage).toBe(1);
    expect(entry?.check.headings.map((heading) => heading.text)).toContain('Föredragningslista');
  });

  test('the Finnish pack stays Finnish, with no element marked in another language', () => {
    const finnish = read.get(urls.meetingPackPdf(meetingId));
    expect(finnish?.lang).toBe('fi');
    expect(finnish?.elementLangs.size).toBe(0);
    expect(textOf(finnish?.pdf)).toContain('Esityslista');
  });
});

describe('the Swedish organisation chart', () => {
  const swedish = () => read.get(urls.organisationChartPdf('sv'));

  test('is published under /sv/pdf/ with a Swedish title, as-of date and listing, the translated names in Swedish', () => {
    expect(urls.organisationChartPdf('sv')).toBe('/sv/pdf/organisationsschema.pdf');
    const text = textOf(swedish()?.pdf);
    expect(text).toContain('Beredningsorganisationen');
    expect(text).toContain('Läget 31 maj 2018');
    for (const heading of ['Organ', 'Verksamhetslinjer och beredningsgrupper'])
      expect(text).toContain(heading);
    // The translated body and line, in the chart and in the listing.
    expect(text).toContain('Temporärt beredningsorgan');
    expect(text).toContain('TL3 Landskapets livskraftstjänster');
    expect(text).toContain('Förändringsdirektör');
    expect(text).toContain('sida 1 /');
    expect(text).not.toMatch(/Valmisteluorganisaatio|Tilanne \d|Muutosjohtaja|sivu \d/);
  });

  test('has /Lang (sv), marks the untranslated lines and groups Finnish, and is tagged', () => {
    const entry = swedish();
    expect(entry?.lang).toBe('sv');
    expect(entry?.elementLangs).toEqual(new Set(['fi']));
    expect(accessibilityProblems(entry?.check as PdfAccessibility)).toEqual([]);
    expect(entry?.check.coverage).toBe(1);
    const finnish = read.get(urls.organisationChartPdf());
    expect(finnish?.lang).toBe('fi');
    expect(finnish?.elementLangs.size).toBe(0);
    expect(textOf(finnish?.pdf)).toContain('Valmisteluorganisaatio');
  });
});

describe('the Swedish timeline', () => {
  const swedish = () => read.get(urls.timelinePdf(timelineId, 'sv'));

  test('is published under /sv/pdf/tidtabeller/ with the translated title and rows, and Swedish fixed texts', () => {
    expect(urls.timelinePdf(timelineId, 'sv')).toBe(`/sv/pdf/tidtabeller/${timelineId}.pdf`);
    const text = textOf(swedish()?.pdf);
    expect(text).toContain('Årshjulet för beredningen av landskapsstrategin (utkast)');
    expect(text).toContain('som tabell');
    expect(text).toContain('Skede eller uppgift');
    expect(text).toContain('Workshop om vision och värderingar');
    expect(text).toContain('Läget 31 maj 2018');
    for (const legend of ['Bekräftat', 'Uppskattning']) expect(text).toContain(legend);
    expect(text).not.toMatch(/Vuosikello|taulukkona|Visio- ja arvopaja|Vahvistettu|sivu \d/);
  });

  test('has /Lang (sv) and is tagged; the Finnish one stays Finnish', () => {
    const entry = swedish();
    expect(entry?.lang).toBe('sv');
    expect(accessibilityProblems(entry?.check as PdfAccessibility)).toEqual([]);
    expect(entry?.check.coverage).toBe(1);
    const finnish = read.get(urls.timelinePdf(timelineId));
    expect(finnish?.lang).toBe('fi');
    expect(textOf(finnish?.pdf)).toContain('Visio- ja arvopaja');
  });
});

describe('the Swedish report', () => {
  const swedish = () => read.get(urls.reportPdf(reportId, 'sv'));

  test('is published under /sv/pdf/rapporter/ with the translated title, summary and body, and Swedish fixed texts', () => {
    expect(urls.reportPdf(reportId, 'sv')).toBe(`/sv/pdf/rapporter/${reportId}.pdf`);
    const text = textOf(swedish()?.pdf);
    expect(text.replace(/ /g, '')).toContain('MELLANRAPPORT');
    expect(text).toContain('Mellanrapport om personaladministrationen och personalöverföringarna');
    for (const words of ['Beredningsgrupp', 'Rapporteringsperiod', '1 juli 2017–15 maj 2018', 'Sammandrag'])
      expect(text).toContain(words);
    expect(text).toContain('Innehåll');
    expect(text).toContain('1. Beredningsgruppens organisering');
    // The building blocks' own words: <Action>, the open items' heading.
    expect(text).toContain('Åtgärd');
    expect(text).toContain('Tidsfrist: 31 maj 2018');
    expect(text).toContain('Status: Pågår');
    expect(text).toContain('Öppna frågor');
    expect(text).toContain('sida 1 /');
    // "På webben" is the report's Swedish page, not the Finnish one.
    const site = loaded.content.site.url;
    expect(text).toContain(absoluteUrl(site, localizedUrls.sv.report(reportId)));
    expect(text).not.toContain(absoluteUrl(site, urls.report(reportId)));
    expect(text).not.toMatch(
      /Sisällys|Tiivistelmä|Valmisteluryhmä|Toimenpide|Määräaika|Organisoituminen|sivu \d/i,
    );
  });

  test('has /Lang (sv), marks the untranslated group, line and open items Finnish, and is tagged', () => {
    const entry = swedish();
    expect(entry?.lang).toBe('sv');
    expect(entry?.elementLangs).toEqual(new Set(['fi']));
    expect(accessibilityProblems(entry?.check as PdfAccessibility)).toEqual([]);
    expect(entry?.check.coverage).toBe(1);
    expect(entry?.check.headings.map((heading) => heading.text)).toContain('Öppna frågor');
    const finnish = read.get(urls.reportPdf(reportId));
    expect(finnish?.lang).toBe('fi');
    expect(finnish?.elementLangs.size).toBe(0);
    expect(textOf(finnish?.pdf)).toContain('1. Valmisteluryhmän organisoituminen');
  });
});

describe('Swedish minutes of an incompletely translated meeting', () => {
  test('mark the texts the translation leaves out Finnish, the label beside them staying Swedish', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'valmistelu-sv-partial-'));
    await cp(contentDir, copy, { recursive: true });
    const file = join(copy, 'meetings', `${meetingId}.sv.yaml`);
    const yaml = await readFile(file, 'utf8');
    // § 22's decision and § 20's description are left to the original.
    const partial = yaml
      .replace(/\n {4}decision: Om mötets ärenden informeras på webbplatsen satakunta2019\.fi\./, '')
      .replace(/\n {4}description: >-\n {6}Social- och hälsovårdsarbetsgrupperna[^\n]*\n[^\n]*VATE\./, '');
    expect(partial).not.toBe(yaml);
    expect(partial.length).toBeLessThan(yaml.length - 150);
    await writeFile(file, partial);
    const partialLoaded = await loadContent(copy);
    const sources = pdfSourcesOf(partialLoaded);
    expect(sources.translations?.sv?.untranslatedMeetingTexts?.[meetingId]).toEqual([
      ['agenda', 1, 'description'],
      ['agenda', 3, 'decision'],
    ]);
    const rendered = await renderJob(sources, new Map(), { kind: 'minutes', id: meetingId, language: 'sv' });
    const out = join(copy, 'partial.pdf');
    await writeFile(out, rendered?.bytes as Uint8Array);
    const text = textOf(await readPdf(new Uint8Array(await readFile(out))));
    const original = loaded.content.meetings.find((meeting) => meeting.id === meetingId);
    const decision = original?.agenda[3]?.decision ?? '';
    expect(text).toContain(`Beslut: ${decision}`);
    const tree = readStructureTree(readQpdfObjects(out)) ?? [];
    const marked = [...allElements(tree)].filter((element) => element.lang === 'fi');
    expect(marked.map((element) => element.role).sort()).toEqual(['P', 'P']);
    expect(accessibilityProblems(await verifyPdf(out))).toEqual([]);
  }, 60_000);
});

test('the Finnish minutes of the same meeting stay Finnish', () => {
  const finnish = read.get(urls.minutesPdf(meetingId));
  const text = textOf(finnish?.pdf);
  expect(finnish?.lang).toBe('fi');
  expect(text).toContain('§ 19 Kokouksen avaus');
  expect(text).toContain('Päätös:');
  expect(text).not.toMatch(/Protokoll|Beslut:/);
});

test('only translated meetings and timelines, and the partly translated organisation, get Swedish PDFs, and only when the site has Swedish', () => {
  const sources = pdfSourcesOf(loaded);
  const swedishJobs = listPdfJobs(sources.content, sources.translations).filter(
    (job) => 'language' in job && job.language === 'sv',
  );
  expect(swedishJobs).toEqual([
    { kind: 'organisation-chart', language: 'sv' },
    { kind: 'report', id: reportId, language: 'sv' },
    { kind: 'timeline', id: timelineId, language: 'sv' },
    { kind: 'meeting-pack', id: meetingId, language: 'sv' },
    { kind: 'minutes', id: meetingId, language: 'sv' },
  ]);
  const finnishOnly = pdfSourcesOf({ ...loaded, translations: {} });
  expect(
    listPdfJobs(finnishOnly.content, finnishOnly.translations).filter((job) => 'language' in job),
  ).toEqual([]);
});
