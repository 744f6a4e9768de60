import { countOf } from '@valmistelu/domain/finnish-count';
import { cacheDirOf } from '../cache-folder.ts';
import { type Command, contentDirOf, type OptionDeclarations } from '../cli-io.ts';
import { loadPublished } from '../load-published.ts';
import { checkOutput } from '../output-guard.ts';
import { claimOutputFolder } from '../output-marker.ts';
import { pdfProgress } from '../progress/publish-progress.ts';
import { reportMessages } from '../publishers.ts';
import { cacheUrlDeclaration, remoteCacheOption, reportRemoteCache } from '../remote-pdf-cache.ts';
import { asOfDeclaration, asOfOption } from '../run-date.ts';
import { shownOutDir } from '../shown-path.ts';

const options = {
  'as-of': asOfDeclaration,
  'cache-url': cacheUrlDeclaration,
  verify: {
    type: 'boolean',
    description:
      'lukee jokaisen PDF:n takaisin ja kertoo, mitä ruudunlukija siitä löytää (rakennemerkinnät, otsikot, taulukot, kuvat, kieli, otsikko)',
  },
} as const satisfies OptionDeclarations;

export const pdfCommand: Command<typeof options> = {
  summary: 'kokoaa kaikki PDF:t: organisaatiokaavion, aikajanat, raportit ja kokouspaketit',
  options,
  async run(context) {
    const { io } = context;
    const asOf = asOfOption(context);
    if (asOf === false) return 2;
    // PDFs are added to the folder, nothing in it is removed: only the location rules apply.
    const output = await checkOutput(context, { replaces: false });
    if (!output) return 2;
    io.progress?.step('Sisältö: tarkistus');
    const published = await loadPublished(contentDirOf(context), await cacheDirOf(context), io, asOf, false);
    if (!published) return 1;
    const { loaded } = published;
    const { buildAllPdfs, openRemotePdfCache } = await import('@valmistelu/pdf-publish');
    await claimOutputFolder(output.outDir, output.state);
    const location = remoteCacheOption(context);
    const remote = location && (await openRemotePdfCache(location));
    const { files, messages, rendered } = await buildAllPdfs({
      loaded,
      outDir: output.outDir,
      ...(remote && { remote }),
      ...(io.progress && { onProgress: pdfProgress(io.progress) }),
    });
    if (remote) reportRemoteCache(remote, rendered, io);
    const ok = reportMessages(messages, io);
    io.stdout(
      `${countOf(files.length, 'PDF-tiedosto', 'PDF-tiedostoa')} kansioon ${shownOutDir(context)}.\n`,
    );
    // --verify reads each PDF back as a screen reader would (@valmistelu/pdf-verify).
    if (context.values.verify !== true) return ok ? 0 : 1;
    const { accessibilityProblems, formatAccessibilityReport, verifyPdf } = await import(
      '@valmistelu/pdf-verify'
    );
    const checks = [];
    for (const file of files) checks.push(await verifyPdf(file));
    io.stdout(`\n${formatAccessibilityReport(checks, output.outDir)}`);
    return ok && checks.every((check) => accessibilityProblems(check).length === 0) ? 0 : 1;
  },
};
