/**
 * What the public may see at a moment: items marked `draft` and news whose `publishAt` is still
 * ahead are left out of the model once, before it is handed to the site, the feeds and the PDFs,
 * so that no page, feed, index or document has to remember to skip them. References from public
 * items to what is left out are dropped with it, so that nothing links to a missing page.
 */
import { momentKey } from './dates.ts';
import { confidentialReportIds, publicMeeting } from './public-meeting.ts';
import type { AgendaItem, ContentModel, Meeting, Report } from './schema.ts';
import type { IssuePath, ModelIssue } from './validate.ts';

/**
 * `YYYY-MM-DD`, the start of that day, or `YYYY-MM-DDTHH:MM`, Finnish local time. A build for a
 * given date publishes what is due by the start of that day, so that it is the same whenever it runs.
 */
export type PublicationMoment = string;

export function isPublic(
  item: { draft: boolean; publishAt?: string | undefined },
  moment: PublicationMoment,
): boolean {
  if (item.draft) return false;
  return item.publishAt === undefined || momentKey(item.publishAt) <= momentKey(moment);
}

function withoutAnswers(report: Report, kept: ReadonlySet<string>): Report {
  if (report.answers === undefined || kept.has(report.answers)) return report;
  const { answers: _withheld, ...rest } = report;
  return rest;
}

function withPublicReports(meeting: Meeting, kept: ReadonlySet<string>): Meeting {
  const listsWithheld = (item: AgendaItem) => item.reports.some((id) => !kept.has(id));
  if (!meeting.agenda.some(listsWithheld)) return meeting;
  return {
    ...meeting,
    agenda: meeting.agenda.map((item) =>
      listsWithheld(item) ? { ...item, reports: item.reports.filter((id) => kept.has(id)) } : item,
    ),
  };
}

/**
 * The content every edition is made from, the members' edition included: drafts are unpublished
 * work and news scheduled after `moment` is not out yet, so they are left out, with the references
 * to them. Confidential § and private persons' names stay: what the public may not read is
 * `publicContent`'s business. Unchanged items keep their identity.
 */
export function releasedContent(content: ContentModel, moment: PublicationMoment): ContentModel {
  return withoutUnreleased(content, moment, new Set());
}

/**
 * The content as published at `moment`. Unchanged items keep their identity. Confidential § and
 * attachments, and private persons' names after the appeal period, are left out here too
 * (`public-meeting.ts`), as are the reports on a confidential §.
 */
export function publicContent(content: ContentModel, moment: PublicationMoment): ContentModel {
  // Of every meeting, drafts too: a report listed on a confidential § is confidential anyway.
  const released = withoutUnreleased(content, moment, confidentialReportIds(content));
  const day = momentKey(moment).slice(0, 10);
  return { ...released, meetings: released.meetings.map((meeting) => publicMeeting(meeting, day)) };
}

/** `releasedContent`, leaving out the reports in `withheld` too. */
function withoutUnreleased(
  content: ContentModel,
  moment: PublicationMoment,
  withheld: ReadonlySet<string>,
): ContentModel {
  const reports = content.reports.filter((report) => isPublic(report, moment) && !withheld.has(report.id));
  const kept = new Set(reports.map((report) => report.id));
  return {
    ...content,
    reports: reports.map((report) => withoutAnswers(report, kept)),
    meetings: content.meetings
      .filter((meeting) => isPublic(meeting, moment))
      .map((meeting) => withPublicReports(meeting, kept)),
    news: content.news.filter((item) => isPublic(item, moment)),
  };
}

/**
 * Warnings for published items that name an unpublished report: the published version drops the
 * reference, which the writer should know before it happens. Drafts only, because no item can
 * refer to a news item, the only kind that is scheduled.
 */
export function unpublishedReferenceIssues(content: ContentModel): ModelIssue[] {
  const drafts = new Set(content.reports.filter((report) => report.draft).map((report) => report.id));
  if (drafts.size === 0) return [];
  const issues: ModelIssue[] = [];
  const warn = (
    collection: 'reports' | 'meetings',
    index: number,
    path: IssuePath,
    id: string,
    what: string,
  ) =>
    issues.push({
      collection,
      index,
      path,
      severity: 'warning',
      ruleId: 'unpublished-reference',
      message: `raportti "${id}" on julkaisematon luonnos (draft: true): ${what}`,
    });
  content.reports.forEach((report, index) => {
    if (!report.draft && report.answers !== undefined && drafts.has(report.answers))
      warn('reports', index, ['answers'], report.answers, 'julkaistusta raportista ei viitata siihen');
  });
  content.meetings.forEach((meeting, index) => {
    if (meeting.draft) return;
    meeting.agenda.forEach((item, at) => {
      item.reports.forEach((id, position) => {
        if (drafts.has(id))
          warn(
            'meetings',
            index,
            ['agenda', at, 'reports', position],
            id,
            'julkaistu esityslista ei mainitse sitä',
          );
      });
    });
  });
  return issues;
}
