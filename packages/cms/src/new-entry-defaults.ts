/**
 * What a new report or meeting starts with in the editor, from the same plans as
 * `valmistelu new report|meeting`. Sveltia fills a new entry from the configuration's defaults and
 * from the query of its address (`#/collections/reports/new?group=lape`), but neither can depend
 * on a value chosen in the form: a report therefore starts with the template's sections, and a
 * page next to the editor lists a link per open scheduled report that fills in its group, kind,
 * title, due date and author. Sveltia fills only top-level fields from the address, so the
 * suggested period is shown in the link's text for the writer to pick.
 */
import { formatFinnishDate, formatFinnishSpan } from '@valmistelu/domain/dates';
import { reportKindLabels } from '@valmistelu/domain/labels';
import { planMeeting } from '@valmistelu/domain/meeting-scaffold';
import { planReport, reportSectionsMarkdown } from '@valmistelu/domain/report-scaffold';
import { groupScheduleItems } from '@valmistelu/domain/schedule';
import type { Content } from '@valmistelu/domain/schema';

/**
 * A new report as `valmistelu new report` starts it: the template's sections, and in state
 * `draft` (written, as the plan writes it), so that its `Ohje:` prompts are warnings, not errors.
 */
export function reportDefaults(content: Pick<Content, 'reportTemplate'>): { body: string; state: 'draft' } {
  return { body: reportSectionsMarkdown(content.reportTemplate), state: 'draft' };
}

/** The steering body's next meeting as `valmistelu new meeting` would start it on `today`. */
export function meetingDefaults(content: Content, today: string): Record<string, unknown> {
  const plan = planMeeting(content, content.site.steeringBody, today);
  if (!plan.ok) return {};
  const { body, time, place, agenda } = plan.data;
  return { body, time, place, agenda };
}

/** The editor address that opens a new report with the plan's top-level values filled in. */
export function newReportAddress(values: Readonly<Record<string, string | undefined>>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) query.set(key, value);
  return `#/collections/reports/new?${query.toString()}`;
}

export interface ReportStart {
  group: string;
  text: string;
  /** Relative to /admin/. */
  address: string;
}

/** A start for every report in a group's schedule that is not yet written. */
export function reportStarts(content: Content): ReportStart[] {
  const starts: ReportStart[] = [];
  // Each group's own reports, found once: a group's schedule and plan read only those, and
  // searching all reports for every group is quadratic in the organisation.
  const reportsOf = new Map<string, Content['reports']>();
  for (const report of content.reports) {
    const own = reportsOf.get(report.group);
    if (own) own.push(report);
    else reportsOf.set(report.group, [report]);
  }
  for (const group of content.groups) {
    const own = { groups: [group], reports: reportsOf.get(group.id) ?? [] };
    const open = groupScheduleItems(group, own.reports).filter((item) => !item.report);
    for (const item of open) {
      const plan = planReport(own, group.id, item.kind);
      if (!plan.ok) continue;
      const { frontmatter } = plan;
      starts.push({
        group: group.name,
        text: `${reportKindLabels[item.kind]}, määräpäivä ${formatFinnishDate(frontmatter.due)}, raportointijakso ${formatFinnishSpan(frontmatter.period.start, frontmatter.period.end)}`,
        address: newReportAddress({
          title: frontmatter.title,
          group: frontmatter.group,
          kind: frontmatter.kind,
          due: frontmatter.due,
          state: frontmatter.state,
          author: frontmatter.author,
        }),
      });
    }
  }
  return starts;
}

/** The page of report starts, next to the editor's index.html. */
export const reportStartsPage = 'uusi-raportti.html';

export const reportsDescription = `Aikataulun mukaisen raportin voi aloittaa [ryhmän aikataulusta](${reportStartsPage}): ryhmä, laji, otsikko, määräpäivä ja kirjoittaja täyttyvät valmiiksi.`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function reportStartsHtml(starts: readonly ReportStart[]): string {
  const items = starts
    .map(
      (start) =>
        `      <li><a href="./${escapeHtml(start.address)}">${escapeHtml(start.group)}: ${escapeHtml(start.text)}</a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Aloita raportti – Sisällönhallinta</title>
  </head>
  <body>
    <main>
      <h1>Aloita raportti ryhmän aikataulusta</h1>
      <p>Linkki avaa uuden raportin, jossa ryhmä, laji, otsikko, määräpäivä ja kirjoittaja ovat valmiina ja tekstissä raporttipohjan osiot. Valitse raportointijakso linkin tekstin mukaan.</p>
${starts.length ? `      <ul>\n${items}\n      </ul>` : '      <p>Kaikkien ryhmien aikataulun mukaiset raportit on jo aloitettu.</p>'}
      <p><a href="./#/collections/reports">Takaisin raportteihin</a></p>
    </main>
  </body>
</html>
`;
}
