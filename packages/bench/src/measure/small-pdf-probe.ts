/**
 * Run as its own process by the benchmark: renders a one-page document N times in-process after a
 * warm-up, with `renderPdf` from `@valmistelu/pdf` (fonts load once, at import). Prints one JSON
 * line: `{available, msPerPdf?, reason?}`. The package is imported by a computed name so that
 * the benchmark still type-checks and runs while the PDF package is being written.
 */
import { median } from './statistics.ts';

const specifier = '@valmistelu/pdf';
const count = Number(process.argv[2] ?? 50);

type RenderPdf = (doc: unknown) => Promise<Uint8Array>;

const smallDocument = {
  info: { title: 'Kokouskutsu' },
  content: [
    { text: 'Kokouskutsu', fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
    'Väliaikainen valmistelutoimielin kokoontuu torstaina 14.6.2018 klo 13.00 Satakuntaliitossa, Porissa.',
    { ul: ['Kokouksen avaus', 'Väliraportit', 'Tiedottaminen'] },
  ],
};

async function probe(): Promise<{ available: boolean; msPerPdf?: number; reason?: string }> {
  let renderPdf: RenderPdf | undefined;
  try {
    const pdf = (await import(specifier)) as { renderPdf?: RenderPdf };
    renderPdf = pdf.renderPdf;
  } catch (problem) {
    return {
      available: false,
      reason: `${specifier} cannot be imported (${(problem as Error).message.split('\n')[0]})`,
    };
  }
  if (typeof renderPdf !== 'function')
    return { available: false, reason: `${specifier} exports no renderPdf` };
  for (let warm = 0; warm < 5; warm++) await renderPdf(smallDocument);
  const times: number[] = [];
  for (let at = 0; at < count; at++) {
    const started = performance.now();
    await renderPdf(smallDocument);
    times.push(performance.now() - started);
  }
  return { available: true, msPerPdf: median(times) };
}

process.stdout.write(`${JSON.stringify(await probe())}\n`);
