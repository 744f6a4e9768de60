import { mkdir } from 'node:fs/promises';
import { type LoadedContent, publicationOf } from '@valmistelu/content';
import { cacheDirOf } from '../cache-folder.ts';
import {
  type CliIo,
  type Command,
  type CommandContext,
  contentDirOf,
  type OptionDeclarations,
} from '../cli-io.ts';
import { loadPublished } from '../load-published.ts';
import { checkMembersOutput } from '../members-output.ts';
import { checkOutput } from '../output-guard.ts';
import { claimOutputFolder } from '../output-marker.ts';
import { reportMessages } from '../publishers.ts';
import { asOfDeclaration, asOfOption } from '../run-date.ts';
import { shownFile, shownOutDir } from '../shown-path.ts';

/**
 * True when `loaded` has the meeting; else false after saying why: a draft (in `all` only) is
 * unpublished work that goes into no edition, any other id is unknown.
 */
function hasMeeting(loaded: LoadedContent, all: LoadedContent, meetingId: string, io: CliIo): boolean {
  const isMeeting = (folder: LoadedContent) =>
    folder.content.meetings.some((meeting) => meeting.id === meetingId);
  if (isMeeting(loaded)) return true;
  if (isMeeting(all)) {
    io.stderr(`Kokous "${meetingId}" on julkaisematon luonnos (draft: true): kokouspakettia ei tehdä.\n`);
    return false;
  }
  const known = loaded.content.meetings.map((meeting) => meeting.id).join(', ');
  io.stderr(`Tuntematon kokous "${meetingId}". Kokoukset: ${known}\n`);
  return false;
}

/**
 * The members' edition: pack and minutes with confidential items and private persons' names,
 * into a folder outside the public output. Drafts are left out as from every edition.
 */
async function packMembersEdition(context: CommandContext, meetingId: string, asOf: string | undefined) {
  const { io } = context;
  const output = await checkMembersOutput(context);
  if (!output) return 2;
  const { outDir } = output;
  const published = await loadPublished(contentDirOf(context), await cacheDirOf(context), io, asOf, false);
  if (!published) return 1;
  const { date, all } = published;
  const members = publicationOf(all, { asOf: date.asOf, moment: date.moment, edition: 'members' });
  if (!hasMeeting(members, all, meetingId, io)) return 1;
  const { buildMembersEdition } = await import('@valmistelu/pdf-publish');
  await mkdir(outDir, { recursive: true });
  const { files, messages } = await buildMembersEdition({ loaded: members, meetingId, outDir });
  const ok = reportMessages(messages, io);
  for (const file of files) io.stdout(`${shownFile(output.shown, outDir, file)}\n`);
  if (ok && files.length > 0) io.stdout('Jäsenten versio: EI JULKINEN. Älä julkaise näitä tiedostoja.\n');
  return ok && files.length > 0 ? 0 : 1;
}

const options = {
  'as-of': asOfDeclaration,
  edition: {
    type: 'string',
    choices: ['public', 'members'],
    description:
      'public (oletus): julkinen kokouspaketti; members: jäsenten versio, kokouspaketti ja pöytäkirja kaikkine tietoineen kansioon jasenversio (tai --out) julkisen tuloskansion ulkopuolelle',
  },
} as const satisfies OptionDeclarations;

export const packCommand: Command<typeof options> = {
  summary: 'kokoaa yhden kokouksen kokouspaketin',
  arguments: [{ name: 'kokous', description: 'kokouksen tunniste, esim. vate-2018-05' }],
  options,
  async run(context) {
    const { io, positionals, values } = context;
    const asOf = asOfOption(context);
    if (asOf === false) return 2;
    // Declared as required: the parser has refused a command line without it.
    const [meetingId = ''] = positionals;
    const edition = values.edition ?? 'public';
    if (edition === 'members') return packMembersEdition(context, meetingId, asOf);
    // The pack is added to the folder, nothing in it is removed: only the location rules apply.
    const output = await checkOutput(context, { replaces: false });
    if (!output) return 2;
    const published = await loadPublished(contentDirOf(context), await cacheDirOf(context), io, asOf, false);
    if (!published) return 1;
    const { loaded, all } = published;
    if (!hasMeeting(loaded, all, meetingId, io)) return 1;
    const { buildMeetingPack } = await import('@valmistelu/pdf-publish');
    await claimOutputFolder(output.outDir, output.state);
    const { files, messages } = await buildMeetingPack({ loaded, meetingId, outDir: output.outDir });
    const ok = reportMessages(messages, io);
    for (const file of files) io.stdout(`${shownFile(shownOutDir(context), output.outDir, file)}\n`);
    return ok && files.length > 0 ? 0 : 1;
  },
};
