import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, sep } from 'node:path';
import type { LoadedContent } from '@valmistelu/content';
import { cacheDirOf } from '../cache-folder.ts';
import { type Command, contentDirOf, type OptionDeclarations } from '../cli-io.ts';
import { helsinkiNow } from '../helsinki-now.ts';
import { loadChecked } from '../load-checked.ts';
import { reportMessages } from '../publishers.ts';

/**
 * Regenerates what a saved file changes: its own PDF for a report or a meeting, everything for
 * organisation files (the chart and every pack show them).
 */
async function refreshPdfs(loaded: LoadedContent, file: string, pdfDir: string): Promise<string[]> {
  const pdf = await import('@valmistelu/pdf-publish');
  const [folder] = relative(loaded.contentDir, file).split(sep);
  const id = basename(file, extname(file));
  if (folder === 'reports') return (await pdf.buildReportPdf({ loaded, reportId: id, outDir: pdfDir })).files;
  if (folder === 'meetings')
    return (await pdf.buildMeetingPack({ loaded, meetingId: id, outDir: pdfDir })).files;
  if (folder === 'news') return [];
  return (await pdf.buildAllPdfs({ loaded, outDir: pdfDir })).files;
}

const options = {
  port: { type: 'string', valueName: 'PORTTI', description: 'esikatselupalvelimen portti' },
} as const satisfies OptionDeclarations;

export const devCommand: Command<typeof options> = {
  summary: 'esikatselu kirjoittaessa: sivu päivittyy ja PDF luodaan uudelleen, kun tiedosto tallennetaan',
  options,
  async run(context) {
    const { io, values } = context;
    const contentDir = contentDirOf(context);
    const pdfDir = await mkdtemp(join(tmpdir(), 'valmistelu-preview-'));
    const cacheDir = await cacheDirOf(context);
    const initial = await loadChecked(contentDir, cacheDir, io);
    if (initial.errors === 0) {
      const { buildAllPdfs } = await import('@valmistelu/pdf-publish');
      reportMessages((await buildAllPdfs({ loaded: initial.loaded, outDir: pdfDir })).messages, io);
    }
    const { startDevServer } = await import('@valmistelu/site/dev');
    // Drafts and scheduled news stay in: the preview shows writers what they are writing.
    const server = await startDevServer({
      contentDir,
      pdfDir,
      today: helsinkiNow().day,
      parseCacheFile: (await import('@valmistelu/content')).contentCacheFile(cacheDir, contentDir),
      ...(typeof values.port === 'string' && { port: Number(values.port) }),
      onContentChange: async (file) => {
        const started = performance.now();
        io.stdout(`\n${relative(io.cwd, file)} tallennettu\n`);
        const { loaded, errors } = await loadChecked(contentDir, cacheDir, io);
        if (errors > 0) return;
        const files = await refreshPdfs(loaded, file, pdfDir);
        const milliseconds = Math.round(performance.now() - started);
        io.stdout(`Esikatselu päivitetty (${files.length} PDF, ${milliseconds} ms).\n`);
      },
    });
    io.stdout(`Esikatselu: ${server.url}  (lopeta: Ctrl+C)\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.stop();
    await rm(pdfDir, { recursive: true, force: true });
    return 0;
  },
};
