/**
 * A preparation group's page: people, mandate, goals, actions, reporting schedule with status,
 * its reports and the meetings that handled them.
 */
import { formatFinnishDate, formatFinnishSpan } from '@valmistelu/domain/dates';
import { actionStateLabels, reportKindLabels } from '@valmistelu/domain/labels';
import type { Group } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import { type Badge, groupStateBadge, type Link, memberLabel, personLabel } from './links.ts';
import { type MeetingCard, meetingCard } from './meeting-cards.ts';
import { type ReportRow, reportRow } from './report-rows.ts';

export interface GroupPage {
  title: string;
  description: string | undefined;
  line: Link | undefined;
  parent: Link | undefined;
  subGroups: Link[];
  responsible: string | undefined;
  chair: string | undefined;
  /** Each member's name, title and role in the group, without repeating the title. */
  members: string[];
  mandate: string;
  goals: string[];
  actions: { title: string; owner: string; due: string; state: string }[];
  partners: string[];
  outputs: string[];
  schedule: { kind: string; due: string; report: Link | undefined }[];
  status: Badge;
  reports: ReportRow[];
  meetings: MeetingCard[];
  example: boolean;
}

export function groupPage(model: SiteModel, group: Group): GroupPage {
  const line = model.line(group.line);
  const parent = group.parent ? model.group(group.parent) : undefined;
  const ownReports = model.reportsOfGroup(group.id);
  const meetings = [
    ...new Set(
      ownReports.flatMap((report) => model.handlings(report.id).map((handling) => handling.meeting)),
    ),
  ];
  const responsible = personLabel(model.person(group.responsible));
  return {
    title: group.name,
    description: group.description,
    line: line && {
      href: urls.line(line.id),
      text: line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name,
    },
    parent: parent && { href: urls.group(parent.id), text: parent.name },
    subGroups: model.subGroups(group.id).map((child) => ({ href: urls.group(child.id), text: child.name })),
    responsible:
      responsible && group.responsibleAllocation
        ? `${responsible}, ${group.responsibleAllocation} % työajasta`
        : responsible,
    chair: personLabel(model.person(group.chair)),
    members: group.members.map((member) =>
      memberLabel(model.person(member.person), member.person, member.role),
    ),
    mandate: formatFinnishSpan(group.mandate.start, group.mandate.end),
    goals: group.goals,
    actions: group.actions.map((action) => ({
      title: action.title,
      owner: model.person(action.owner)?.name ?? action.ownerText ?? '–',
      due: action.due ? formatFinnishDate(action.due) : '–',
      state: actionStateLabels[action.state],
    })),
    partners: group.partners,
    outputs: group.outputs,
    schedule: model.scheduleOfGroup(group).map((item) => ({
      kind: reportKindLabels[item.kind],
      due: formatFinnishDate(item.due),
      report: item.report && { href: urls.report(item.report.id), text: item.report.title },
    })),
    status: groupStateBadge(model.statusOfGroup(group).state),
    reports: ownReports.map((report) => reportRow(model, report)),
    meetings: meetings.map((meeting) => meetingCard(model, meeting)),
    example: group.example,
  };
}
