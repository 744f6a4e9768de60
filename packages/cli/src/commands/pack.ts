import { relative } from 'node:path';
import { type Command, contentDirOf } from '../cli-io.ts';
import { loadPublished } from '../load-published.ts';
import { checkOutput } from '../output-guard.ts';
import { claimOutputFolder } from '../output-marker.ts';
import { reportMessages } from '../publishers.ts';
import { asOfOption } from '../run-date.ts';

export const packCommand: Command = {
  summary: 'kokoaa yhden kokouksen kokouspaketin: valmistelu pack <kokous>',
  options: { 'as-of': { type: 'string' } },
  async run(context) {
    const { io, positionals } = context;
    const asOf = asOfOption(context);
    if (asOf === false) return 2;
    const [meetingId] = positionals;
    if (!meetingId) {
      io.stderr('Käyttö: valmistelu pack <kokouksen tunniste>, esim. valmistelu pack vate-2018-05\n');
      return 2;
    }
    // The pack is added to the folder, nothing in it is removed: only the location rules apply.
    const output = await checkOutput(context, { replaces: false });
    if (!output) return 2;
    const published = await loadPublished(contentDirOf(context), io, asOf, false);
    if (!published) return 1;
    const { loaded, all } = published;
    const isMeeting = (content: typeof loaded) =>
      content.content.meetings.some((meeting) => meeting.id === meetingId);
    if (!isMeeting(loaded) && isMeeting(all)) {
      io.stderr(`Kokous "${meetingId}" on julkaisematon luonnos (draft: true): kokouspakettia ei tehdä.\n`);
      return 1;
    }
    if (!isMeeting(loaded)) {
      const known = loaded.content.meetings.map((meeting) => meeting.id).join(', ');
      io.stderr(`Tuntematon kokous "${meetingId}". Kokoukset: ${known}\n`);
      return 1;
    }
    const { buildMeetingPack } = await import('@valmistelu/pdf');
    await claimOutputFolder(output.outDir, output.state);
    const { files, messages } = await buildMeetingPack({ loaded, meetingId, outDir: output.outDir });
    const ok = reportMessages(messages, io);
    for (const file of files) io.stdout(`${relative(io.cwd, file)}\n`);
    return ok && files.length > 0 ? 0 : 1;
  },
};
