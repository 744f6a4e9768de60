/**
 * One meeting's documents: its pack as published, and the members' edition (the pack and the
 * minutes with confidential items, every page marked not public).
 */
import { join } from 'node:path';
import type { LoadedContent } from '@valmistelu/content';
import type { Meeting } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import { actionsOf, loadReportInputs, meetingPackDocument, minutesDocument } from '@valmistelu/pdf';
import { type BuildPdfsOptions, type BuildPdfsResult, dedupe, renderAndWrite } from './pdf-output.ts';

export interface BuildMeetingPackOptions extends BuildPdfsOptions {
  meetingId: string;
}

function unknownMeeting(loaded: LoadedContent, meetingId: string): BuildPdfsResult {
  const known = loaded.content.meetings.map((candidate) => candidate.id).join(', ') || 'ei kokouksia';
  return {
    files: [],
    messages: [
      {
        file: join(loaded.contentDir, 'meetings'),
        line: 1,
        column: 1,
        message: `tuntematon kokous "${meetingId}" (kokoukset: ${known})`,
        severity: 'error',
        ruleId: 'pdf/meeting',
      },
    ],
  };
}

interface MeetingSources {
  meeting: Meeting;
  /** The reports on its agenda. */
  inputs: Awaited<ReturnType<typeof loadReportInputs>>;
  /** Its file, where a problem in its documents points. */
  source: string;
}

/** The meeting `meetingId` and what its documents read; an unknown id is the result to give instead. */
async function meetingSources(
  loaded: LoadedContent,
  meetingId: string,
): Promise<MeetingSources | BuildPdfsResult> {
  const meeting = loaded.content.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) return unknownMeeting(loaded, meetingId);
  const inputs = await loadReportInputs(
    loaded,
    meeting.agenda.flatMap((item) => item.reports),
  );
  return { meeting, inputs, source: join(loaded.contentDir, 'meetings', `${meeting.id}.yaml`) };
}

/** The members' edition's file names: flat, so the folder is easy to hand over as it is. */
export const membersEditionFiles = {
  pack: (meetingId: string) => `${meetingId}-kokousaineisto-ei-julkinen.pdf`,
  minutes: (meetingId: string) => `${meetingId}-poytakirja-ei-julkinen.pdf`,
};

/**
 * The members' edition of a meeting: the pack and, when they are recorded, the minutes, from the
 * content given (the whole content, confidential items included), every page marked not public.
 * The caller chooses a folder outside the public output.
 */
export async function buildMembersEdition({
  loaded,
  meetingId,
  outDir,
}: BuildMeetingPackOptions): Promise<BuildPdfsResult> {
  const sources = await meetingSources(loaded, meetingId);
  if (!('meeting' in sources)) return sources;
  const { meeting, inputs, source } = sources;
  const pack = await renderAndWrite(
    loaded,
    outDir,
    { sitePath: membersEditionFiles.pack(meeting.id), source },
    () =>
      meetingPackDocument(loaded.content, meeting, inputs, {
        edition: 'members',
        actions: actionsOf(loaded),
      }),
  );
  if (!meeting.minutes) return pack;
  const minutes = await renderAndWrite(
    loaded,
    outDir,
    { sitePath: membersEditionFiles.minutes(meeting.id), source },
    () => minutesDocument(loaded.content, meeting, { edition: 'members' }),
  );
  return {
    files: [...pack.files, ...minutes.files],
    messages: dedupe([...pack.messages, ...minutes.messages]),
  };
}

/** One meeting's pack; an unknown meeting id is a message, with no file written. */
export async function buildMeetingPack({
  loaded,
  meetingId,
  outDir,
}: BuildMeetingPackOptions): Promise<BuildPdfsResult> {
  const sources = await meetingSources(loaded, meetingId);
  if (!('meeting' in sources)) return sources;
  const { meeting, inputs, source } = sources;
  return renderAndWrite(loaded, outDir, { sitePath: urls.meetingPackPdf(meeting.id), source }, () =>
    meetingPackDocument(loaded.content, meeting, inputs, { actions: actionsOf(loaded) }),
  );
}
