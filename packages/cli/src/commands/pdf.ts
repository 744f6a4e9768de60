import { relative } from 'node:path';
import { type Command, contentDirOf, outDirOf } from '../cli-io.ts';
import { loadChecked } from '../load-checked.ts';
import { reportMessages } from '../publishers.ts';

export const pdfCommand: Command = {
  summary: 'kokoaa kaikki PDF:t: organisaatiokaavion, aikajanat, raportit ja kokouspaketit',
  async run(context) {
    const { io } = context;
    const { loaded, errors } = await loadChecked(contentDirOf(context), io, false);
    if (errors > 0) return 1;
    const { buildAllPdfs } = await import('@valmistelu/pdf');
    const outDir = outDirOf(context);
    const { files, messages } = await buildAllPdfs({ loaded, outDir });
    const ok = reportMessages(messages, io);
    io.stdout(`${files.length} PDF-tiedostoa kansioon ${relative(io.cwd, outDir) || '.'}.\n`);
    return ok ? 0 : 1;
  },
};
