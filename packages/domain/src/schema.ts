/**
 * The content model: every schema in one place, and the types derived from them.
 * The site, the PDF generator and the CLI all import from here.
 */
import type { z } from 'zod';
import type { bodySchema } from './schemas/body.ts';
import type { channelSchema } from './schemas/channel.ts';
import type { actionSchema, groupSchema, memberSchema, scheduledReportSchema } from './schemas/group.ts';
import type { contactSchema, identitySchema } from './schemas/identity.ts';
import type { languageSchema } from './schemas/language.ts';
import type { crossCuttingLineSchema, lineSchema, preparationLineSchema } from './schemas/line.ts';
import type { agendaItemSchema, meetingSchema } from './schemas/meeting.ts';
import type { newsItemSchema } from './schemas/news.ts';
import type { personSchema } from './schemas/person.ts';
import type { reportSchema, reportStateSchema } from './schemas/report.ts';
import type { reportKindSchema } from './schemas/report-kind.ts';
import type { reportTaskSchema, reportTemplateSchema } from './schemas/report-template.ts';
import type { siteSchema } from './schemas/site.ts';
import type { timelineMilestoneSchema, timelineSchema, timelineSpanSchema } from './schemas/timeline.ts';

export { bodyKindSchema, bodySchema, compositionPartSchema } from './schemas/body.ts';
export { channelSchema } from './schemas/channel.ts';
export {
  actionSchema,
  actionStateSchema,
  groupSchema,
  memberSchema,
  scheduledReportSchema,
} from './schemas/group.ts';
export { contactSchema, defaultColors, identitySchema } from './schemas/identity.ts';
export { languageCodes, languageListSchema, languageSchema } from './schemas/language.ts';
export { crossCuttingLineSchema, lineSchema, preparationLineSchema } from './schemas/line.ts';
export { agendaItemSchema, meetingFrontmatterSchema, meetingSchema } from './schemas/meeting.ts';
export { newsFrontmatterSchema, newsItemSchema } from './schemas/news.ts';
export { personSchema } from './schemas/person.ts';
export { daySchema, idSchema, momentSchema, partialDateSchema } from './schemas/primitives.ts';
export { reportFrontmatterSchema, reportSchema, reportStateSchema } from './schemas/report.ts';
export { reportKindSchema } from './schemas/report-kind.ts';
export { reportTaskSchema, reportTemplateSchema } from './schemas/report-template.ts';
export { siteFileSchema, siteSchema } from './schemas/site.ts';
export { timelineMilestoneSchema, timelineSchema, timelineSpanSchema } from './schemas/timeline.ts';

export type Person = z.output<typeof personSchema>;
export type Body = z.output<typeof bodySchema>;
export type Line = z.output<typeof lineSchema>;
export type PreparationLine = z.output<typeof preparationLineSchema>;
export type CrossCuttingLine = z.output<typeof crossCuttingLineSchema>;
export type Group = z.output<typeof groupSchema>;
export type Action = z.output<typeof actionSchema>;
export type Member = z.output<typeof memberSchema>;
export type ScheduledReport = z.output<typeof scheduledReportSchema>;
export type ReportKind = z.output<typeof reportKindSchema>;
export type ReportState = z.output<typeof reportStateSchema>;
export type Report = z.output<typeof reportSchema>;
export type Meeting = z.output<typeof meetingSchema>;
export type AgendaItem = z.output<typeof agendaItemSchema>;
export type Timeline = z.output<typeof timelineSchema>;
export type TimelineSpan = z.output<typeof timelineSpanSchema>;
export type TimelineMilestone = z.output<typeof timelineMilestoneSchema>;
export type NewsItem = z.output<typeof newsItemSchema>;
export type Channel = z.output<typeof channelSchema>;
export type ReportTask = z.output<typeof reportTaskSchema>;
export type ReportTemplate = z.output<typeof reportTemplateSchema>;
export type Site = z.output<typeof siteSchema>;
export type Identity = z.output<typeof identitySchema>;
export type Contact = z.output<typeof contactSchema>;
export type Language = z.output<typeof languageSchema>;

/**
 * Everything a content folder holds, validated and normalised: the organisation's model, not the
 * folder, the `@valmistelu/content` package or a pdfmake document's `content` (`PdfContent`).
 */
export interface ContentModel {
  site: Site;
  reportTemplate: ReportTemplate;
  people: Person[];
  bodies: Body[];
  lines: Line[];
  groups: Group[];
  reports: Report[];
  meetings: Meeting[];
  timelines: Timeline[];
  news: NewsItem[];
  channels: Channel[];
}

/** @deprecated The former name of `ContentModel`, until the site and the editor use the new one. */
export type Content = ContentModel;

/** The collections whose items have ids, in the order they are reported. */
export const collectionNames = [
  'people',
  'bodies',
  'lines',
  'groups',
  'reports',
  'meetings',
  'timelines',
  'news',
  'channels',
] as const;
export type CollectionName = (typeof collectionNames)[number];
