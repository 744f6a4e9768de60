import { relative } from 'node:path';
import { type Command, contentDirOf, outDirOf } from '../cli-io.ts';
import { loadChecked } from '../load-checked.ts';
import { checkOutput } from '../output-guard.ts';
import { claimOutputFolder } from '../output-marker.ts';
import { reportMessages } from '../publishers.ts';

export const pdfCommand: Command = {
  summary: 'kokoaa kaikki PDF:t: organisaatiokaavion, aikajanat, raportit ja kokouspaketit',
  async run(context) {
    const { io } = context;
    // PDFs are added to the folder, nothing in it is removed: only the location rules apply.
    const output = await checkOutput(context, { replaces: false });
    if (!output) return 2;
    const { loaded, errors } = await loadChecked(contentDirOf(context), io, false);
    if (errors > 0) return 1;
    const { buildAllPdfs } = await import('@valmistelu/pdf');
    await claimOutputFolder(output.outDir, output.state);
    const { files, messages } = await buildAllPdfs({ loaded, outDir: output.outDir });
    const ok = reportMessages(messages, io);
    io.stdout(`${files.length} PDF-tiedostoa kansioon ${relative(io.cwd, outDirOf(context)) || '.'}.\n`);
    return ok ? 0 : 1;
  },
};
