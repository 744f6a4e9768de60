/**
 * Measures the PDF generator on the test fixture content: the one-off cost of loading fonts,
 * milliseconds per small PDF once they are loaded, and pages per second for a long report.
 * Run: pnpm --filter @valmistelu/pdf bench
 */
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { parseMdx } from '@valmistelu/markdown/parse';

const started = performance.now();
const { renderPdf, reportDocument, loadReportInputs, loadImages } = await import('../src/index.ts');
const importMs = performance.now() - started;

const loaded = await loadContent(join(import.meta.dirname, '..', 'test', 'fixtures', 'content'));
const inputs = await loadReportInputs(loaded);
const small = inputs.get('talous-valiraportti');
if (!small) throw new Error('fixture report missing');

const time = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};
const pageCount = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

const firstMs = await time(() => renderPdf(reportDocument(loaded.content, small).doc));
// The median after a warm-up, as the benchmark package's small-PDF probe measures it.
for (let warm = 0; warm < 5; warm += 1) await renderPdf(reportDocument(loaded.content, small).doc);
const rounds = 50;
const smallTimes: number[] = [];
for (let round = 0; round < rounds; round += 1)
  smallTimes.push(await time(() => renderPdf(reportDocument(loaded.content, small).doc)));
const smallMs = smallTimes.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? Number.NaN;

const section = (number: number) => `## ${number}. Osio ${number}

${'Valmisteluryhmä käsitteli palveluketjuja, henkilöstön kuulemista ja yhteistyötä muiden palvelualueiden kanssa. '.repeat(6)}

- Ensimmäinen kohta, jossa on **lihavoitua** ja *kursiivia*
- Toinen kohta
  - Alakohta

| Tehtävä | Vastuu | Määräaika |
| :-- | :-- | --: |
${Array.from({ length: 12 }, (_, row) => `| Tehtävä ${row + 1} | Mari Niemi | 31.5.2018 |`).join('\n')}

<Note title="Huomio">Tämä osio on koeaineistoa.</Note>
`;
const body = Array.from({ length: 40 }, (_, index) => section(index + 1)).join('\n');
const tree = parseMdx(body).tree;
if (!tree) throw new Error('long report did not parse');
const file = join(loaded.contentDir, 'reports', 'pitka.mdx');
const long = {
  ...small,
  tree,
  file,
  images: await loadImages(tree, { file, contentDir: loaded.contentDir }),
};
let longBytes: Buffer = Buffer.alloc(0);
// The median of several renders: one render on a shared two-core machine varies by half.
const longRounds = 7;
const longTimes: number[] = [];
for (let round = 0; round < longRounds; round += 1)
  longTimes.push(
    await time(async () => {
      longBytes = await renderPdf(reportDocument(loaded.content, long).doc);
    }),
  );
const longMs = longTimes.sort((a, b) => a - b)[Math.floor(longRounds / 2)] ?? Number.NaN;
const longPages = pageCount(longBytes);

console.log(`import incl. fonts: ${importMs.toFixed(0)} ms`);
console.log(`first small PDF: ${firstMs.toFixed(0)} ms`);
console.log(`small PDF, fonts loaded: ${smallMs.toFixed(1)} ms median of ${rounds}`);
console.log(
  `long report: ${longPages} pages in ${longMs.toFixed(0)} ms (median of ${longRounds}) = ${((longPages / longMs) * 1000).toFixed(1)} pages/s`,
);

// What tagging costs: the same long report with and without it, rendered in turns so that a
// busy machine slows both alike; and the fallback-font pass over its definition on its own.
const { withFallbackFonts } = await import('../src/fallback-fonts.ts');
const longDoc = reportDocument(loaded.content, long).doc;
// CPU time rather than wall time: on a shared machine other processes' load inflates wall time.
const cpuTime = async (run: () => Promise<unknown>) => {
  const start = process.cpuUsage();
  await run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};
const tagged: number[] = [];
const untagged: number[] = [];
for (let round = 0; round < 2 * longRounds; round += 1) {
  tagged.push(await cpuTime(() => renderPdf(longDoc)));
  untagged.push(await cpuTime(() => renderPdf({ ...longDoc, tagged: false })));
}
const median = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const untaggedBytes = await renderPdf({ ...longDoc, tagged: false });
const fallbackMs = await time(async () => withFallbackFonts(longDoc));
console.log(
  `tagging: long report ${median(tagged).toFixed(0)} ms CPU tagged, ${median(untagged).toFixed(0)} ms untagged (${(
    (median(tagged) / median(untagged) - 1) * 100
  ).toFixed(
    0,
  )} %), ${(longBytes.length / 1024).toFixed(0)} kB vs ${(untaggedBytes.length / 1024).toFixed(0)} kB; fallback-font pass ${fallbackMs.toFixed(1)} ms`,
);

// One paragraph of 1 MB and one word of 30,000 characters: text pdfmake alone lays out in time
// growing with the square of its length (`linear-text-layout.ts`).
const words = [
  'valmistelu',
  '*sote*',
  'maakunta',
  'palvelu',
  'asiakas',
  'hyvinvointi',
  'kunta',
  'johtoryhmä',
];
const megabyte = Array.from({ length: 111_112 }, (_, index) => words[index % words.length]).join(' ');
const wordOf30k = 'palvelurakenneuudistus'.repeat(1364).slice(0, 30_000);
for (const [name, source] of [
  ['1 MB paragraph', megabyte],
  ['30,000-character word', `Alku.\n\n${wordOf30k}\n`],
] as const) {
  const parsed = parseMdx(source).tree;
  if (!parsed) throw new Error(`${name} did not parse`);
  const input = { ...small, tree: parsed, file };
  let bytes: Buffer = Buffer.alloc(0);
  const ms = await time(async () => {
    bytes = await renderPdf(reportDocument(loaded.content, input).doc);
  });
  console.log(`${name}: ${pageCount(bytes)} pages in ${ms.toFixed(0)} ms (parsed beforehand)`);
}
