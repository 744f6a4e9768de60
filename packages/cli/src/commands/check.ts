import { type Command, contentDirOf } from '../cli-io.ts';
import { loadChecked } from '../load-checked.ts';

export const checkCommand: Command = {
  summary: 'tarkistaa sisällön ja tulostaa kaikki virheet kerralla',
  async run(context) {
    const { loaded, errors, warnings } = await loadChecked(contentDirOf(context), context.io);
    if (errors > 0) return 1;
    const { content } = loaded;
    context.io.stdout(
      `Sisältö kunnossa: ${loaded.files.length} tiedostoa, ${content.groups.length} ryhmää, ${content.reports.length} raporttia, ${content.meetings.length} kokousta, ${warnings} varoitusta.\n`,
    );
    return 0;
  },
};
