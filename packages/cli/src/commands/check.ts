import { countBySeverity, formatMessage, loadContent, sortMessages } from '@valmistelu/content';
import { type Command, contentDirOf } from '../cli-io.ts';

export const checkCommand: Command = {
  summary: 'tarkistaa sisällön ja tulostaa kaikki virheet kerralla',
  async run(context) {
    const { io } = context;
    const loaded = await loadContent(contentDirOf(context));
    const messages = sortMessages(loaded.messages);
    for (const message of messages) io.stdout(`${formatMessage(message, io.cwd)}\n`);
    const counts = countBySeverity(messages);
    if (counts.error > 0) {
      io.stdout(`\n${counts.error} virhettä, ${counts.warning} varoitusta ${loaded.files.length} tiedostossa.\n`);
      return 1;
    }
    const { content } = loaded;
    io.stdout(
      `Sisältö kunnossa: ${loaded.files.length} tiedostoa, ${content.groups.length} ryhmää, ${content.reports.length} raporttia, ${content.meetings.length} kokousta, ${counts.warning} varoitusta.\n`,
    );
    return 0;
  },
};
